using System.Net.Security;

namespace GraphApi.Bolt;

/// <summary>Driver settings, named and defaulted like the official Neo4j drivers' configuration.</summary>
public sealed class DriverOptions
{
    /// <summary>The most connections to one server (with routing: to each cluster member).</summary>
    public int MaxConnectionPoolSize { get; set; } = 100;

    /// <summary>Bounds getting a connection: waiting for a free one, checking an idle one, or opening a new one.</summary>
    public TimeSpan ConnectionAcquisitionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Bounds opening a connection: TCP, TLS, the Bolt handshake and authentication.</summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long to wait for a reply on an open connection before closing it as dead (a frozen or cut-off server). The
    /// server's <c>connection.recv_timeout_seconds</c> hint (Bolt 4.3+) takes precedence; null waits indefinitely
    /// when the server gives no hint.
    /// </summary>
    public TimeSpan? ConnectionReadTimeout { get; set; }

    /// <summary>Pooled connections older than this are closed instead of reused.</summary>
    public TimeSpan MaxConnectionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// A pooled connection idle for longer than this is checked with RESET before reuse; null (the default, as in the
    /// official drivers) never checks: a dead connection then fails its next use, which a managed transaction retries.
    /// </summary>
    public TimeSpan? ConnectionLivenessCheckTimeout { get; set; }

    /// <summary>Records per PULL (Bolt 4+); -1 pulls everything at once.</summary>
    public long FetchSize { get; set; } = 1000;

    public TimeSpan MaxTransactionRetryTime { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    public double RetryDelayMultiplier { get; set; } = 2.0;

    /// <summary>Each retry delay is spread by ± this fraction so that clients do not retry in lockstep.</summary>
    public double RetryDelayJitter { get; set; } = 0.2;

    public string UserAgent { get; set; } = BoltAgent.Product;

    /// <summary>Overrides certificate validation for bolt+s (for a private CA); bolt+ssc accepts any certificate.</summary>
    public RemoteCertificateValidationCallback? ServerCertificateValidation { get; set; }

    /// <summary>
    /// Expands the router named in a neo4j:// URI into the addresses to try (for example every member of a cluster
    /// behind one DNS name); used whenever the driver falls back to the initial router.
    /// </summary>
    public Func<ServerAddress, CancellationToken, ValueTask<IReadOnlyList<ServerAddress>>>? Resolver { get; set; }

    /// <summary>Notification filters for every session (Bolt 5.2+); a session may set its own.</summary>
    public NotificationConfig? Notifications { get; set; }

    /// <summary>Never send TELEMETRY, even when the server asks for it.</summary>
    public bool TelemetryDisabled { get; set; }

    /// <summary>The clock behind connection lifetimes, idle times and routing TTLs (replaceable in tests).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Resolves a host name to the IP addresses to connect to (a test hook; the system resolver otherwise).</summary>
    internal Func<string, CancellationToken, ValueTask<IReadOnlyList<string>>>? DomainNameResolver { get; set; }

    internal void Validate()
    {
        if (MaxConnectionPoolSize < 1)
        {
            throw new ArgumentException($"MaxConnectionPoolSize must be at least 1; got {MaxConnectionPoolSize}.");
        }

        if (FetchSize == 0 || FetchSize < -1)
        {
            throw new ArgumentException($"FetchSize must be positive or -1 (all); got {FetchSize}.");
        }

        if (ConnectionReadTimeout is { } read && read <= TimeSpan.Zero)
        {
            throw new ArgumentException($"ConnectionReadTimeout must be positive (or null for none); got {read}.");
        }
    }
}
