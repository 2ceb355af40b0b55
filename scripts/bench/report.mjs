// Summarises load.sh results (TSV: case target connections round rps p50us p99us requests errors) as markdown:
// medians over the alternating rounds, then the ratios of ours to each peer (graphql-js, GraphQL.NET) and to raw Kestrel.
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1).map((line) => {
  const [kase, target, connections, round, rps, p50, p99, requests, errors] = line.split('\t');
  return { kase, target, connections: Number(connections), round: Number(round), rps: Number(rps), p50: Number(p50), p99: Number(p99), requests: Number(requests), errors: Number(errors) };
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const groups = new Map();
for (const r of rows) {
  const key = `${r.kase}|${r.target}|${r.connections}`;
  (groups.get(key) ?? groups.set(key, []).get(key)).push(r);
}
const summary = (kase, target, c) => {
  const g = groups.get(`${kase}|${target}|${c}`);
  if (!g) return null;
  return { rps: median(g.map((r) => r.rps)), p50: median(g.map((r) => r.p50)), p99: median(g.map((r) => r.p99)), errors: g.reduce((n, r) => n + r.errors, 0), rounds: g.length };
};
const ms = (us) => (us / 1000).toFixed(2);
const cases = [...new Set(rows.map((r) => r.kase))];
const targets = [...new Set(rows.map((r) => r.target))];
const conns = [...new Set(rows.map((r) => r.connections))].sort((a, b) => a - b);

console.log('| case | target | connections | req/s | p50 ms | p99 ms | errors | rounds |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const k of cases) for (const t of targets) for (const c of conns) {
  const s = summary(k, t, c);
  if (s) console.log(`| ${k} | ${t} | ${c} | ${s.rps.toFixed(0)} | ${ms(s.p50)} | ${ms(s.p99)} | ${s.errors} | ${s.rounds} |`);
}
console.log('\n| case | connections | ours/graphql-js req/s | ours/GraphQL.NET req/s | ours/raw req/s | p50 ours/graphql-js |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const k of cases) for (const c of conns) {
  const ours = summary(k, 'ours', c);
  const peer = summary(k, 'graphql-js', c);
  const raw = summary(k, 'raw', c);
  const net = summary(k, 'graphql-net', c);
  if (!ours) continue;
  const ratio = (a, b) => (b ? (a / b).toFixed(2) : '–');
  console.log(`| ${k} | ${c} | ${ratio(ours.rps, peer?.rps)} | ${ratio(ours.rps, net?.rps)} | ${ratio(ours.rps, raw?.rps)} | ${peer ? ratio(ours.p50, peer.p50) : '–'} |`);
}
