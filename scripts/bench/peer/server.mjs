// The graphql-js peer of the load tests (docs/performance.md): the same SDL as our server, served by graphql-http,
// with resolvers over the graph JSON the importer exports (dotnet run --project src/GraphApi.Importer -- seeds --json).
// It implements the fields the load mix asks for (search, node with mentions and claims, path, conflicts,
// neighborhood); the rest of the schema resolves with graphql-js defaults.
//
// Usage: NODE_ENV=production node server.mjs --port 5102 --schema ../../../schema/schema.graphql --graph graph.json
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { loadGraph } from './graph.mjs';
import { attachResolvers } from './resolvers.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5102' },
    schema: { type: 'string' },
    graph: { type: 'string' },
  },
});
if (!values.schema || !values.graph) {
  console.error('usage: node server.mjs --port P --schema schema.graphql --graph graph.json');
  process.exit(2);
}

const schema = buildSchema(readFileSync(values.schema, 'utf8'));
const graph = loadGraph(JSON.parse(readFileSync(values.graph, 'utf8')));
attachResolvers(schema, graph);

const handler = createHandler({ schema });
const server = createServer((req, res) => {
  if (req.url === '/health/ready') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ready');
    return;
  }
  handler(req, res);
});
server.keepAliveTimeout = 60_000;
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`graphql-js ${process.env.NODE_ENV ?? 'development'} peer on http://127.0.0.1:${values.port}/graphql`);
});
