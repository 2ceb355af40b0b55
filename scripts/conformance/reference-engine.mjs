// graphql-js as a stand-in engine behind our HTTP transport, so the transport can be audited on its own.
// Protocol: one JSON request per stdin line { id, query, operationName, variables, isGet, sdl? }; one JSON reply per
// stdout line { id, kind, body } where kind is "Executed", "RequestError" or "OperationNotAllowedOnGet" (our
// GraphQLResponseKind) and body is the response map. The first line must be { "sdl": "..." } to load the schema.
// Resolvers: every field of the root types returns a value derived from its name, enough for __typename and echo fields.
import { createInterface } from 'node:readline';
import { buildSchema, execute, getOperationAST, parse, validate } from 'graphql';

let schema;
const lines = createInterface({ input: process.stdin });

function answer(id, kind, body) {
  process.stdout.write(JSON.stringify({ id, kind, body }) + '\n');
}

async function run({ id, query, operationName, variables, isGet }) {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return answer(id, 'RequestError', { errors: [error.toJSON()] });
  }
  const errors = validate(schema, document);
  if (errors.length > 0) {
    return answer(id, 'RequestError', { errors: errors.map((e) => e.toJSON()) });
  }
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) {
    return answer(id, 'RequestError', { errors: [{ message: 'Could not determine the operation to execute.' }] });
  }
  if (isGet && operation.operation !== 'query') {
    return answer(id, 'OperationNotAllowedOnGet', {
      errors: [{ message: `A ${operation.operation} cannot be sent by GET; use POST.` }],
    });
  }
  const result = await execute({
    schema,
    document,
    operationName: operationName ?? undefined,
    variableValues: variables ?? undefined,
    fieldResolver: (source, args, context, info) => (source && info.fieldName in source ? source[info.fieldName] : `${info.parentType.name}.${info.fieldName}`),
    rootValue: {},
  });
  // Without a data entry the request failed before execution started (variable coercion, §6.1).
  const kind = 'data' in result ? 'Executed' : 'RequestError';
  return answer(id, kind, JSON.parse(JSON.stringify(result)));
}

lines.on('line', async (line) => {
  const message = JSON.parse(line);
  if (schema === undefined) {
    schema = buildSchema(message.sdl);
    process.stdout.write(JSON.stringify({ ready: true }) + '\n');
    return;
  }
  try {
    await run(message);
  } catch (error) {
    answer(message.id, 'Executed', { data: null, errors: [{ message: String(error) }] });
  }
});
