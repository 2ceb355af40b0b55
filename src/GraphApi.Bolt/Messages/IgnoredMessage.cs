namespace GraphApi.Bolt.Messages;

/// <summary>IGNORED: the server skipped the request because the connection is in the FAILED state.</summary>
internal sealed class IgnoredMessage : ResponseMessage
{
    public static readonly IgnoredMessage Instance = new();

    public override string Name => "IGNORED";
}
