namespace GraphApi.Bolt.Testkit;

/// <summary>
/// What the backend tells TestKit the client supports (nutkit/protocol/feature.py). Every feature listed here has its
/// TestKit tests run; a feature left out makes TestKit skip its tests, so the list claims nothing the client lacks.
/// </summary>
internal static class Features
{
    public static IReadOnlyList<string> Declared { get; } =
    [
        // Bolt versions (the handshake proposes 5.8-5.0, 4.4-4.1, 3 and 1; 5.5 is left out as the official drivers do).
        "Feature:Bolt:3.0",
        "Feature:Bolt:4.1",
        "Feature:Bolt:4.2",
        "Feature:Bolt:4.3",
        "Feature:Bolt:4.4",
        "Feature:Bolt:5.0",
        "Feature:Bolt:5.1",
        "Feature:Bolt:5.2",
        "Feature:Bolt:5.3",
        "Feature:Bolt:5.4",
        "Feature:Bolt:5.6",
        "Feature:Bolt:5.7",
        "Feature:Bolt:Patch:UTC",
    ];
}
