namespace GraphApi.Server.Hosting;

/// <summary>
/// Transport-level protection, bound from <c>GraphApi:Protection</c>: how long and how slowly a client may send,
/// which browser origins may call the API (CORS), and an optional per-client rate limit.
/// </summary>
public sealed class RequestProtectionOptions
{
    public const string SectionName = "GraphApi:Protection";

    /// <summary>A request that has not been answered after this long gets 408 and its work is cancelled.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a client may take to send its request headers.</summary>
    public TimeSpan HeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The slowest body upload accepted, in bytes per second, after a grace period; a stalled body is cut off.</summary>
    public double MinBodyBytesPerSecond { get; set; } = 240;

    public TimeSpan MinBodyRateGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Origins allowed to call the API from a browser; empty means no CORS headers (same-origin only).</summary>
    public IList<string> CorsOrigins { get; } = [];

    /// <summary>Requests per client address per minute; 0 (the default) turns rate limiting off.</summary>
    public int RateLimitPerMinute { get; set; }
}
