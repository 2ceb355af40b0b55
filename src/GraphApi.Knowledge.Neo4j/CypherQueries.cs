using GraphApi.Knowledge.Model;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// Every query the store sends, for one <see cref="CypherDialect"/>. Texts are built once, here, from fixed fragments
/// and from the fixed names of <see cref="GraphModel"/>; values always travel as parameters, so no name, quote or filter
/// value can change a query's meaning. <see cref="All"/> lists every text, for the Cypher 5 lint and the injection test.
/// The model these queries follow is docs/graph-model.md: one node per entity, source and claim with real properties,
/// and relationships for mentions, roles in claims, evidence, conflicts and typed links between entities; candidates
/// (names extraction found, waiting for review) are nodes of their own with an <c>OCCURS_IN</c> per occurrence. Every
/// node carries <c>partition</c>, and entities, sources, claims and candidates carry <c>key</c> (partition + id, unique
/// per label).
/// </summary>
internal sealed partial class CypherQueries
{
    private readonly List<string> all = [];

    private CypherQueries(CypherDialect dialect)
    {
        Dialect = dialect;
        Schema = dialect == CypherDialect.Neo4j3 ? SchemaV3 : SchemaV4;
        foreach (var statement in Schema)
        {
            all.Add(statement);
        }

        SchemaDigest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", Schema))))[..16];

        Writes = new WriteQueries(this);
        Reads = new ReadQueries(this);
        Imports = new ImportQueries(this);
        RelationshipOrder = new RelationshipOrderQueries(this);
    }

    // Built at first use, after every static fragment of the partial files is initialised.
    private static readonly Lazy<CypherQueries> V3 = new(() => new(CypherDialect.Neo4j3));
    private static readonly Lazy<CypherQueries> V4 = new(() => new(CypherDialect.Neo4j4));
    private static readonly Lazy<CypherQueries> V5 = new(() => new(CypherDialect.Neo4j5));

    public static CypherQueries Neo4j3 => V3.Value;

    public static CypherQueries Neo4j4 => V4.Value;

    public static CypherQueries Neo4j5 => V5.Value;

    public CypherDialect Dialect { get; }

    /// <summary>Constraints and indexes, one statement each (schema and data cannot share a transaction).</summary>
    public IReadOnlyList<string> Schema { get; }

    /// <summary>Names <see cref="Schema"/>'s statements: a database marked with it has them all (<see cref="ImportQueries.SchemaMarked"/>).</summary>
    public string SchemaDigest { get; }

    public WriteQueries Writes { get; }

    public ReadQueries Reads { get; }

    /// <summary>Import runs, the import lock and the document layout of earlier versions.</summary>
    public ImportQueries Imports { get; }

    /// <summary>Each entity's relationship order: written with the typed links, walked by a forward page of them.</summary>
    public RelationshipOrderQueries RelationshipOrder { get; }

    /// <summary>Every text this dialect may send.</summary>
    public IReadOnlyList<string> All => all;

    public static CypherQueries For(CypherDialect dialect) => dialect switch
    {
        CypherDialect.Neo4j3 => Neo4j3,
        CypherDialect.Neo4j4 => Neo4j4,
        CypherDialect.Neo4j5 => Neo4j5,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "not a Cypher dialect"),
    };

    /// <summary>The number of relationships of one type and direction at a node: its degree, read from the node's counts.</summary>
    private string Degree(string pattern) => Dialect == CypherDialect.Neo4j5 ? "COUNT { " + pattern + " }" : "size(" + pattern + ")";

    /// <summary>Registers a text in <see cref="All"/> and returns it.</summary>
    private string Add(string text)
    {
        all.Add(text);
        return text;
    }

    private static IReadOnlyDictionary<TKey, TValue> Each<TKey, TValue>(IEnumerable<TKey> keys, Func<TKey, TValue> value)
        where TKey : notnull => keys.ToDictionary(k => k, value);

    /// <summary>Uniqueness and lookup indexes in the syntax of Neo4j 3.x (no names, no IF NOT EXISTS; re-creating is a no-op).</summary>
    private static readonly string[] SchemaV3 =
    [
        "CREATE CONSTRAINT ON (n:Entity) ASSERT n.key IS UNIQUE",
        "CREATE CONSTRAINT ON (n:Source) ASSERT n.key IS UNIQUE",
        "CREATE CONSTRAINT ON (n:Claim) ASSERT n.key IS UNIQUE",
        "CREATE CONSTRAINT ON (n:ImportRun) ASSERT n.partition IS UNIQUE",
        "CREATE CONSTRAINT ON (n:ImportLock) ASSERT n.partition IS UNIQUE",
        "CREATE CONSTRAINT ON (n:MentionBlock) ASSERT n.key IS UNIQUE",
        "CREATE CONSTRAINT ON (n:Candidate) ASSERT n.key IS UNIQUE",
        "CREATE CONSTRAINT ON (n:RelationshipBlock) ASSERT n.key IS UNIQUE",
        "CREATE INDEX ON :Entity(partition)",
        "CREATE INDEX ON :Source(partition)",
        "CREATE INDEX ON :Claim(partition)",
        "CREATE INDEX ON :Claim(reviewed)",
        "CREATE INDEX ON :Claim(attributionKind)",
        "CREATE INDEX ON :Claim(modality)",
        "CREATE INDEX ON :Claim(kindKey)",
        "CREATE INDEX ON :Claim(metricKey)",
        "CREATE INDEX ON :Candidate(partition)",
        "CREATE INDEX ON :RelationshipBlock(partition)",
    ];

    /// <summary>The same in the syntax of Neo4j 4.x and 5.x.</summary>
    private static readonly string[] SchemaV4 =
    [
        "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE",
        "CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.key IS UNIQUE",
        "CREATE CONSTRAINT claim_key IF NOT EXISTS FOR (n:Claim) REQUIRE n.key IS UNIQUE",
        "CREATE CONSTRAINT import_run_partition IF NOT EXISTS FOR (n:ImportRun) REQUIRE n.partition IS UNIQUE",
        "CREATE CONSTRAINT import_lock_partition IF NOT EXISTS FOR (n:ImportLock) REQUIRE n.partition IS UNIQUE",
        "CREATE CONSTRAINT mention_block_key IF NOT EXISTS FOR (n:MentionBlock) REQUIRE n.key IS UNIQUE",
        "CREATE CONSTRAINT candidate_key IF NOT EXISTS FOR (n:Candidate) REQUIRE n.key IS UNIQUE",
        "CREATE CONSTRAINT relationship_block_key IF NOT EXISTS FOR (n:RelationshipBlock) REQUIRE n.key IS UNIQUE",
        "CREATE INDEX entity_partition IF NOT EXISTS FOR (n:Entity) ON (n.partition)",
        "CREATE INDEX source_partition IF NOT EXISTS FOR (n:Source) ON (n.partition)",
        "CREATE INDEX claim_partition IF NOT EXISTS FOR (n:Claim) ON (n.partition)",
        "CREATE INDEX claim_reviewed IF NOT EXISTS FOR (n:Claim) ON (n.reviewed)",
        "CREATE INDEX claim_attribution_kind IF NOT EXISTS FOR (n:Claim) ON (n.attributionKind)",
        "CREATE INDEX claim_modality IF NOT EXISTS FOR (n:Claim) ON (n.modality)",
        "CREATE INDEX claim_kind_key IF NOT EXISTS FOR (n:Claim) ON (n.kindKey)",
        "CREATE INDEX claim_metric_key IF NOT EXISTS FOR (n:Claim) ON (n.metricKey)",
        "CREATE INDEX candidate_partition IF NOT EXISTS FOR (n:Candidate) ON (n.partition)",
        "CREATE INDEX relationship_block_partition IF NOT EXISTS FOR (n:RelationshipBlock) ON (n.partition)",
    ];

    /// <summary>The relationship types from a claim to the entities it names.</summary>
    private const string AnyRole = "SUBJECT|OBJECT|ABOUT|SPEAKER";

    /// <summary>The relationship types from a claim to the entities playing <paramref name="role"/> (about: counts as object).</summary>
    public static List<string> RoleTypes(ClaimRole role) => role switch
    {
        ClaimRole.Any => ["SUBJECT", "OBJECT", "ABOUT", "SPEAKER"],
        ClaimRole.Subject => ["SUBJECT"],
        ClaimRole.Object => ["OBJECT", "ABOUT"],
        ClaimRole.Speaker => ["SPEAKER"],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a claim role"),
    };
}
