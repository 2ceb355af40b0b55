using System.Collections.Concurrent;
using System.Net.Security;

namespace GraphApi.Bolt.Connections;

/// <summary>What every connection of one driver is opened with: the same TLS, timeouts, agent and routing context.</summary>
internal sealed record ConnectionSettings(
    string UserAgent,
    EncryptionMode Encryption,
    RemoteCertificateValidationCallback? CertificateValidation,
    TimeSpan ConnectionTimeout,
    TimeSpan? DefaultReadTimeout,
    IReadOnlyDictionary<string, object?>? RoutingContext,
    NotificationConfig? Notifications,
    bool TelemetryDisabled,
    TimeProvider Time,
    DriverMetrics Metrics,
    Func<string, CancellationToken, ValueTask<IReadOnlyList<string>>>? DomainNameResolver)
{
    /// <summary>Servers that answered only the Bolt 1 offer; the next connection offers Bolt 1 first.</summary>
    public ConcurrentDictionary<ServerAddress, bool> LegacyServers { get; } = new();
}
