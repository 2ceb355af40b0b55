namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// The import's own nodes: the <c>:ImportRun</c> of each partition (the run, its counts, the graph's digest and the
/// stamp replicas poll), the <c>:ImportLock</c> of each partition (owner and lease end, in the server's clock), and the
/// queries that find and remove a partition still in the document layout of earlier versions (<c>:KgNode</c>).
/// </summary>
internal sealed partial class CypherQueries
{
    internal sealed class ImportQueries
    {
        private const string RunSummary = ".id, .startedAt, .importerVersion, .stamp, .digest, .candidatesDigest, .layout, .importedBy, .entities, .sources, .claims, .mentions, .conflicts";

        public ImportQueries(CypherQueries q)
        {
            UpsertRun = q.Add("MERGE (r:ImportRun {partition: $partition}) SET r = $props");
            Run = q.Add("MATCH (r:ImportRun {partition: $partition}) WHERE NOT r:KgNode RETURN r {" + RunSummary + "} AS run");
            RunById = q.Add(
                "MATCH (r:ImportRun {partition: $partition}) WHERE r.id = $id AND NOT r:KgNode " +
                "OPTIONAL MATCH (hidden:Source) WHERE hidden.partition = $partition AND NOT hidden.visibleFrom <= $horizon " +
                "WITH r, collect(hidden.fileName) AS hidden " +
                "WITH r, hidden, [p_i IN range(0, size(coalesce(r.sourceFiles, [])) - 1) WHERE NOT r.sourceFiles[p_i] IN hidden] AS kept " +
                "RETURN r {.id, .startedAt, .importerVersion, sourceFiles: [p_i IN kept | r.sourceFiles[p_i]], sourceHashes: [p_i IN kept | r.sourceHashes[p_i]]} AS run");
            RunForExport = q.Add(
                "MATCH (r:ImportRun {partition: $partition}) WHERE NOT r:KgNode " +
                "RETURN r {.id, .startedAt, .importerVersion, .sourceFiles, .sourceHashes, .warnings} AS run");

            TouchLock = q.Add("MERGE (l:ImportLock {partition: $partition}) SET l.touchedAt = timestamp()");
            AcquireLock = q.Add(
                "MATCH (l:ImportLock {partition: $partition}) " +
                "WITH l, l.owner IS NULL OR l.owner = $owner OR l.expires < timestamp() AS free " +
                "SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END, " +
                "l.expires = CASE WHEN free THEN timestamp() + $leaseMs ELSE l.expires END, " +
                "l.acquiredAt = CASE WHEN free THEN timestamp() ELSE l.acquiredAt END " +
                "RETURN free AS acquired, l.owner AS owner, l.expires - timestamp() AS remainingMs");
            RenewLock = q.Add(
                "MATCH (l:ImportLock {partition: $partition}) WHERE l.owner = $owner SET l.expires = timestamp() + $leaseMs RETURN l.owner AS owner");
            ReleaseLock = q.Add(
                "MATCH (l:ImportLock {partition: $partition}) WHERE l.owner = $owner SET l.owner = null, l.expires = 0 RETURN l.partition AS partition");

            SchemaMarked = q.Add("MATCH (s:SchemaVersion {digest: $digest}) RETURN s.digest AS digest LIMIT 1");
            MarkSchema = q.Add("MERGE (s:SchemaVersion {digest: $digest}) ON CREATE SET s.createdAt = timestamp()");

            LegacyCount = q.Add("MATCH (n:KgNode) WHERE n.partition = $partition RETURN count(n) AS count");
            DeleteLegacyRun = q.Add("MATCH (n:KgNode) WHERE n.partition = $partition AND n.kind = 'ImportRun' DETACH DELETE n");
            DeleteLegacyBatch = q.Add(
                "MATCH (n:KgNode) WHERE n.partition = $partition WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted");
        }

        public string UpsertRun { get; }

        /// <summary>The run's summary: id, counts, digest and stamp (health, polling, "already current").</summary>
        public string Run { get; }

        public string RunById { get; }

        public string RunForExport { get; }

        /// <summary>MERGEs the lock node and writes to it, so that the transaction holds the node's write lock before it reads the owner.</summary>
        public string TouchLock { get; }

        /// <summary>Takes the lock when it is free, expired or already ours; returns whether it did, the owner and the lease left.</summary>
        public string AcquireLock { get; }

        /// <summary>Extends our lease; no row when another owner holds the lock (the guard of every import transaction).</summary>
        public string RenewLock { get; }

        public string ReleaseLock { get; }

        /// <summary>A row when this database already has the schema statements whose digest is <c>$digest</c> (a plain read: no schema lock).</summary>
        public string SchemaMarked { get; }

        /// <summary>Records that the schema statements of <c>$digest</c> have all run.</summary>
        public string MarkSchema { get; }

        public string LegacyCount { get; }

        /// <summary>Deletes a legacy partition's run first, so it stops counting as imported before anything else goes.</summary>
        public string DeleteLegacyRun { get; }

        public string DeleteLegacyBatch { get; }
    }
}
