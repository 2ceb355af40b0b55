namespace GraphApi.Server.Hosting;

/// <summary>
/// Transport-level protection, bound from <c>GraphApi:Protection</c>: how long and how slowly a client may send,
/// which browser origins may call the API (CORS), which proxies may say who the client is, and an optional
/// per-client rate limit.
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

    /// <summary>Origins allowed to call the API from a browser (<c>https://newsroom.example</c>); empty means same-origin only.</summary>
    public IList<string> CorsOrigins { get; } = [];

    /// <summary>
    /// Reverse proxies (addresses, or networks in CIDR form such as <c>10.0.0.0/8</c>) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> are believed. Empty (the default) believes no one: those headers change the client
    /// address that rate limiting keys on, so only a proxy you run may set them.
    /// </summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Requests per client address per minute; 0 (the default) turns rate limiting off.</summary>
    public int RateLimitPerMinute { get; set; }
}
