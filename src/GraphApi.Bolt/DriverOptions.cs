using System.Net.Security;

namespace GraphApi.Bolt;

/// <summary>Driver settings, named and defaulted like the official Neo4j drivers' configuration.</summary>
public sealed class DriverOptions
{
    public int MaxConnectionPoolSize { get; set; } = 100;

    public TimeSpan ConnectionAcquisitionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Pooled connections older than this are closed instead of reused.</summary>
    public TimeSpan MaxConnectionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A pooled connection idle for longer than this is checked with RESET before reuse.</summary>
    public TimeSpan ConnectionLivenessCheckTimeout { get; set; } = TimeSpan.FromMinutes(5);

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
    }
}
