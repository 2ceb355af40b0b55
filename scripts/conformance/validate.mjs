// Differential validation: the reference verdict of graphql-js for every document of a corpus against one schema.
// Usage: node validate.mjs schema.graphql corpus.json
//   corpus.json: [{ "name": "...", "document": "..." }, ...]
// Prints a JSON array [{ name, parsed, valid, errors: [message, ...] }] in corpus order. A document that does not
// parse is reported with parsed=false and the syntax error, as a server would answer it.
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';

const [schemaPath, corpusPath] = process.argv.slice(2);
if (!schemaPath || !corpusPath) {
  console.error('usage: node validate.mjs <schema.graphql> <corpus.json>');
  process.exit(2);
}

const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8'));
const verdicts = corpus.map(({ name, document }) => {
  let ast;
  try {
    ast = parse(document);
  } catch (error) {
    return { name, parsed: false, valid: false, errors: [error.message] };
  }
  // maxErrors is raised so the error count is comparable; graphql-js stops at 100 by default.
  const errors = validate(schema, ast, undefined, { maxErrors: 1000 });
  return { name, parsed: true, valid: errors.length === 0, errors: errors.map((e) => e.message) };
});
process.stdout.write(JSON.stringify(verdicts, null, 2) + '\n');
