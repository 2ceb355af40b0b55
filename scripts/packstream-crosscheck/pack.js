// Packs a table of values with the official Neo4j JavaScript driver's PackStream Packer and prints each
// packing as hex, so the C# Packer can be compared byte for byte (GraphApi.PackStream.Tests).
//
// stdin:  [{"name": "...", "value": V}, ...] where V is one of
//         {"n":0} null, {"t":bool}, {"i":"decimal"} integer, {"f":number|"Infinity"|"-Infinity"} float,
//         {"s":string}, {"b":"hex"} bytes, {"l":[V...]} list, {"m":[[key,V]...]} map, {"S":tag,"fields":[V...]} structure
// stdout: {"name": "HEX", ...}
'use strict';

const path = require('path');
const modules = process.argv[2];
const load = (p) => require(path.join(modules, p));
const { int } = load('neo4j-driver-core');
const { v1 } = load('neo4j-driver-bolt-connection/lib/packstream');
const { Structure } = load('neo4j-driver-bolt-connection/lib/packstream/structure');
const { alloc } = load('neo4j-driver-bolt-connection/lib/channel');

function toJs(v) {
  if ('n' in v) return null;
  if ('t' in v) return v.t;
  if ('i' in v) return int(v.i);
  if ('f' in v) return typeof v.f === 'string' ? Number(v.f) : v.f;
  if ('s' in v) return v.s;
  if ('b' in v) return Int8Array.from(Buffer.from(v.b, 'hex'));
  if ('l' in v) return v.l.map(toJs);
  if ('m' in v) {
    const o = {};
    for (const [k, item] of v.m) o[k] = toJs(item);
    return o;
  }
  if ('S' in v) return new Structure(v.S, v.fields.map(toJs));
  throw new Error('unknown value description ' + JSON.stringify(v));
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', () => {
  const out = {};
  for (const { name, value } of JSON.parse(input)) {
    const buffer = alloc(8 * 1024 * 1024);
    new v1.Packer(buffer).packable(toJs(value))();
    const bytes = Buffer.alloc(buffer.position);
    for (let i = 0; i < buffer.position; i++) bytes[i] = buffer.getUInt8(i);
    out[name] = bytes.toString('hex').toUpperCase();
  }
  process.stdout.write(JSON.stringify(out));
});
