// Lints Cypher queries with Neo4j's language support (the Cypher 5 grammar and the semantic analysis of Neo4j's own
// front end, which reports removed syntax and deprecations).
// Input on stdin: [{ "query": "...", "parameters": { "name": value, ... } }, ...]
// Output on stdout, in input order: [{ "query": "...", "diagnostics": [{ "severity": 1 | 2, "message": "..." }] }, ...]
// Severity 1 is an error, 2 a warning. The semantic analysis is slow (seconds per long query), so queries are shared
// out over one worker thread per core.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

function lint({ query, parameters }) {
  const { diagnostics } = lintCypherQuery(query, { parameters });
  return { query, diagnostics: diagnostics.map((d) => ({ severity: d.severity, message: d.message })) };
}

if (isMainThread) {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const queries = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const workers = Math.max(1, Math.min(availableParallelism(), queries.length));
  const shares = Array.from({ length: workers }, (_, w) => queries.map((q, i) => [i, q]).filter(([i]) => i % workers === w));
  const results = new Array(queries.length);
  await Promise.all(shares.map((share) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: share });
    worker.on('message', (done) => { for (const [i, result] of done) results[i] = result; });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a lint worker exited with ${code}`))));
  })));
  process.stdout.write(JSON.stringify(results));
} else {
  parentPort.postMessage(workerData.map(([i, q]) => [i, lint(q)]));
}
