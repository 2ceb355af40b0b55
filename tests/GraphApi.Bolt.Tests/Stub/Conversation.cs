namespace GraphApi.Bolt.Tests.Stub;

/// <summary>
/// Script pieces that differ by version, from the Bolt message specification: INIT (1), HELLO with auth
/// (3-5.0), HELLO + LOGON (5.1+), bolt_agent in HELLO (5.3+), and GOODBYE on close (3+).
/// </summary>
internal static class Conversation
{
    public const string User = "neo4j";
    public const string Password = "secret";

    /// <summary>The versions every stub conversation is played for.</summary>
    public static TheoryData<string> ModernVersions => new() { "4.4", "5.0", "5.4", "5.8" };

    public static TheoryData<string> AllVersions => new() { "1", "4.4", "5.0", "5.4", "5.8" };

    public static BoltVersion Parse(string version)
    {
        var parts = version.Split('.');
        return new BoltVersion(int.Parse(parts[0]), parts.Length > 1 ? int.Parse(parts[1]) : 0);
    }

    /// <summary>
    /// Handshake and authentication. A routing driver (<paramref name="routing"/>) also sends its routing context in
    /// HELLO from 4.1 (the URI's address plus its query string).
    /// </summary>
    public static string Open(string version, string server = "Neo4j/5.26.0", bool routing = false)
    {
        var v = Parse(version);
        var context = routing && v >= BoltVersion.V4_1 ? ", \"routing\": \"*\"" : string.Empty;
        const string auth = "\"scheme\": \"basic\", \"principal\": \"neo4j\", \"credentials\": \"secret\"";
        var header = $"!: BOLT {version}\n";
        if (v.Major < 3)
        {
            return header + $"C: INIT \"*\" {{{auth}}}\nS: SUCCESS {{\"server\": \"{server}\"}}\n";
        }

        if (v < BoltVersion.V5_1)
        {
            // 4.3 and 4.4 offer the UTC date-time patch in HELLO.
            var patch = v >= BoltVersion.V4_3 && v < BoltVersion.V5_0 ? ", \"patch_bolt\": [\"utc\"]" : string.Empty;
            return header + $"C: HELLO {{\"user_agent\": \"*\", {auth}{context}{patch}}}\nS: SUCCESS {{\"server\": \"{server}\", \"connection_id\": \"bolt-7\"}}\n";
        }

        var boltAgent = v >= BoltVersion.V5_3 ? ", \"bolt_agent\": \"*\"" : string.Empty;
        return header
            + $"C: HELLO {{\"user_agent\": \"*\"{context}{boltAgent}}}\n"
            + $"C: LOGON {{{auth}}}\n"
            + $"S: SUCCESS {{\"server\": \"{server}\", \"connection_id\": \"bolt-7\"}}\n"
            + "S: SUCCESS {}\n";
    }

    /// <summary>
    /// A ROUTE request (4.3+) for <paramref name="database"/> (null: the home database) and the routing table the
    /// router answers: one router, and readers and writers by port on 127.0.0.1.
    /// </summary>
    public static string Route(int router, int[] readers, int[] writers, string? database = null, string resolvedAs = "neo4j", long ttl = 300)
    {
        static string Addresses(IEnumerable<int> ports) => string.Join(", ", ports.Select(p => $"\"127.0.0.1:{p}\""));
        var extra = database is null ? "{}" : $"{{\"db\": \"{database}\"}}";
        return $"C: ROUTE \"*\" [] {extra}\n"
            + $"S: SUCCESS {{\"rt\": {{\"ttl\": {ttl}, \"db\": \"{database ?? resolvedAs}\", \"servers\": ["
            + $"{{\"addresses\": [{Addresses([router])}], \"role\": \"ROUTE\"}}, "
            + $"{{\"addresses\": [{Addresses(readers)}], \"role\": \"READ\"}}, "
            + $"{{\"addresses\": [{Addresses(writers)}], \"role\": \"WRITE\"}}]}}}}\n";
    }

    public static string Close(string version) => Parse(version).Major < 3 ? string.Empty : "C: GOODBYE\n";

    /// <summary>PULL {n} from 4.0, PULL_ALL before.</summary>
    public static string Pull(string version, long n) => Parse(version).Major < 4 ? "C: PULL_ALL" : $"C: PULL {{\"n\": {n}}}";

    /// <summary>The RUN line: two fields on Bolt 1, three (with extra) from 3.0.</summary>
    public static string Run(string version, string query, string parameters = "{}", string extra = "{}") =>
        Parse(version).Major < 3 ? $"C: RUN \"{query}\" {parameters}" : $"C: RUN \"{query}\" {parameters} {extra}";

    /// <summary>FAILURE keeps the code in "code" before 5.7 and in "neo4j_code" (beside gql_status) from 5.7.</summary>
    public static string Failure(string version, string code, string message) =>
        Parse(version) >= BoltVersion.V5_7
            ? $"S: FAILURE {{\"neo4j_code\": \"{code}\", \"message\": \"{message}\", \"gql_status\": \"50N42\", \"description\": \"error: general processing exception\"}}"
            : $"S: FAILURE {{\"code\": \"{code}\", \"message\": \"{message}\"}}";

    /// <summary>
    /// A driver for a stub: retries start at once, and the acquisition timeout and retry budget are generous bounds that
    /// no conversation is meant to reach (on a loaded machine opening a connection, or a first attempt, can take
    /// seconds, and must not cost a test its retry). A test about those limits sets its own.
    /// </summary>
    public static BoltDriver Driver(StubServer server, Action<DriverOptions>? configure = null) =>
        BoltDriver.Create(server.Uri, AuthTokens.Basic(User, Password), Options(configure));

    public static DriverOptions Options(Action<DriverOptions>? configure = null)
    {
        var options = new DriverOptions
        {
            ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(30),
            RetryInitialDelay = TimeSpan.FromMilliseconds(10),
            MaxTransactionRetryTime = TimeSpan.FromSeconds(60),
        };
        configure?.Invoke(options);
        return options;
    }
}
