// Runs the GraphQL-over-HTTP audit suite of graphql-http (the reference server passes every audit) against a live
// endpoint and prints one JSON object: { total, ok, warn, error, results: [{ id, name, status, reason }] }.
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// Exit code: 0 when every audit is "ok", 1 when any warns or fails, 2 on misuse or a fatal error.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url })) {
  // One audit at a time, so a failure's reason belongs to one request in the server's log.
  const result = await audit.fn();
  results.push({
    id: result.id,
    name: result.name,
    status: result.status,
    reason: result.status === 'ok' ? undefined : result.reason,
  });
}

const count = (status) => results.filter((r) => r.status === status).length;
const summary = { total: results.length, ok: count('ok'), warn: count('warn'), error: count('error'), results };
console.log(JSON.stringify(summary, null, 2));
process.exit(summary.ok === summary.total ? 0 : 1);
