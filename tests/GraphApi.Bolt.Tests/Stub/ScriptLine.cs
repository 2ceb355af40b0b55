namespace GraphApi.Bolt.Tests.Stub;

/// <summary>
/// One line of a stub script. <c>C:</c> lines are messages the client must send, <c>S:</c> lines are what
/// the server answers, <c>!:</c> lines steer the handshake or the socket.
/// </summary>
internal sealed record ScriptLine(int Number, char Direction, string Name, IReadOnlyList<object?> Fields, string Text);
