namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// The Cypher a server accepts, chosen from its agent string at the first call. The store's texts differ only where
/// the versions do: schema statements (3.x has no named or <c>IF NOT EXISTS</c> schema commands) and degree counts
/// (<c>size(pattern)</c> until 4.x, <c>COUNT { pattern }</c> from 5, which removed the former).
/// </summary>
public enum CypherDialect
{
    /// <summary>Neo4j 3.x (Bolt v1): the server the test command runs.</summary>
    Neo4j3,

    /// <summary>Neo4j 4.x.</summary>
    Neo4j4,

    /// <summary>Neo4j 5.x and later (5.3+ for <c>COUNT { }</c>); the texts are checked offline by the Cypher 5 linter.</summary>
    Neo4j5,
}

/// <summary>Reads the dialect off a server agent such as <c>Neo4j/3.1.1</c> or <c>Neo4j/5.26.0</c>.</summary>
public static class CypherDialects
{
    public static CypherDialect FromAgent(string agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var version = agent.Split('/').ElementAtOrDefault(1) ?? string.Empty;
        if (!int.TryParse(version.Split('.')[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major))
        {
            throw new NotSupportedException($"The server's agent '{agent}' names no Neo4j version; the store supports Neo4j 3.1 and later.");
        }

        return major switch
        {
            < 3 => throw new NotSupportedException($"The server is {agent}; the store supports Neo4j 3.1 and later."),
            3 => CypherDialect.Neo4j3,
            4 => CypherDialect.Neo4j4,
            _ => CypherDialect.Neo4j5,
        };
    }
}
