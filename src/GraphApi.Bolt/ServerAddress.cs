using System.Globalization;

namespace GraphApi.Bolt;

/// <summary>A Bolt server's host and port, as routing tables and resolvers name cluster members ("host:port").</summary>
public sealed record ServerAddress(string Host, int Port)
{
    public const int DefaultPort = 7687;

    /// <summary>Parses "host", "host:port" or "[v6-address]:port"; the port defaults to 7687.</summary>
    public static ServerAddress Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var value = text.Trim();
        if (value.StartsWith('['))
        {
            var close = value.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"'{text}' is not a server address: the IPv6 address lacks its closing ']'.");
            }

            var host = value[1..close];
            var rest = value[(close + 1)..];
            return new ServerAddress(host, rest.StartsWith(':') ? PortOf(rest[1..], text) : DefaultPort);
        }

        var colon = value.LastIndexOf(':');
        if (colon < 0 || value.IndexOf(':', StringComparison.Ordinal) != colon)
        {
            return new ServerAddress(value, DefaultPort);
        }

        return new ServerAddress(value[..colon], PortOf(value[(colon + 1)..], text));
    }

    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    private static int PortOf(string port, string text) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 65535
            ? value
            : throw new FormatException($"'{text}' is not a server address: '{port}' is not a port number.");
}
