// Introspection round trip through the reference implementation: runs graphql-js's full introspection query against a
// live endpoint, rebuilds the schema with buildClientSchema and prints it with printSchema. The caller compares the
// output with the SDL the server prints itself: any difference is a bug in our introspection or our SDL printer.
// Usage: node introspection-sdl.mjs http://127.0.0.1:PORT/graphql   (prints SDL on stdout; exit 1 on any error)
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const url = process.argv[2];
if (!url) {
  console.error('usage: node introspection-sdl.mjs <graphql endpoint url>');
  process.exit(2);
}

const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const body = await response.json();
if (response.status !== 200 || body.errors) {
  console.error(`introspection failed with status ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  process.exit(1);
}

process.stdout.write(printSchema(buildClientSchema(body.data)) + '\n');
