// Writes the JSON request body ({"query": …}) of each .graphql file given, next to the output directory:
// node bodies.mjs OUT_DIR file.graphql… → OUT_DIR/<name>.request.json
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const [out, ...files] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
for (const file of files) {
  const body = JSON.stringify({ query: readFileSync(file, 'utf8') });
  writeFileSync(join(out, basename(file, '.graphql') + '.request.json'), body);
}
