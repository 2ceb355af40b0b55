namespace GraphApi.Bolt.Testkit;

/// <summary>
/// What the backend tells TestKit the client supports (nutkit/protocol/feature.py). Every feature listed here has its
/// TestKit tests run; a feature left out makes TestKit skip its tests, so the list claims nothing the client lacks.
/// </summary>
internal static class Features
{
    public static IReadOnlyList<string> Declared { get; } =
    [
        // Bolt versions: the handshake offers 5.8-5.0, 4.4-4.2, 4.1 and 3 (and Bolt 1 on a second connection).
        // 5.5 is not claimed: its notification statuses were specified wrongly, and the official drivers skip it too.
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

        // API
        "Feature:API:BookmarkManager",
        "Feature:API:ConnectionAcquisitionTimeout",
        "Feature:API:Driver.ExecuteQuery",
        "Feature:API:Driver.ExecuteQuery:WithAuth",
        "Feature:API:Driver:GetServerInfo",
        "Feature:API:Driver.IsEncrypted",
        "Feature:API:Driver:NotificationsConfig",
        "Feature:API:Driver.VerifyAuthentication",
        "Feature:API:Driver.VerifyConnectivity",
        "Feature:API:Driver.SupportsSessionAuth",
        "Feature:API:Liveness.Check",
        "Feature:API:Result.List",
        "Feature:API:Result.Peek",
        "Feature:API:Result.Single",
        "Feature:API:Result.SingleOptional",
        "Feature:API:RetryableExceptions",
        "Feature:API:Session:AuthConfig",
        "Feature:API:Session:NotificationsConfig",
        "Feature:API:SSLSchemes",
        "Feature:API:Summary:GqlStatusObjects",
        "Feature:API:Type.Spatial",
        "Feature:API:Type.Temporal",
        "Feature:Auth:Bearer",
        "Feature:Auth:Custom",
        "Feature:Auth:Kerberos",
        "Feature:Auth:Managed",
        "Feature:Impersonation",

        // Optimizations the client makes.
        "AuthorizationExpiredTreatment",
        "Optimization:AuthPipelining",
        "Optimization:ConnectionReuse",
        "Optimization:ExecuteQueryPipelining",
        "Optimization:ImplicitDefaultArguments",
        "Optimization:MinimalBookmarksSet",
        "Optimization:MinimalResets",
        "Optimization:MinimalVerifyAuthentication",
        "Optimization:PullPipelining",
        "Optimization:ResultListFetchAll",

        // Configuration hints and the backend's test hooks.
        "ConfHint:connection.recv_timeout_seconds",
        "Backend:MockTime",
        "Backend:RTFetch",
        "Backend:RTForceUpdate",
    ];
}
