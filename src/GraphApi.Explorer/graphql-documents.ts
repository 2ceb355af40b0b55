// Build-time handling of the explorer's GraphQL documents, so the app can send persisted queries and the server can
// load the same documents as trusted documents:
// - `import doc from "./queries/Entity.graphql"` gives { operationName, document, hash }, where document is the
//   operation followed by every fragment it spreads (from queries/fragments/), and hash is the SHA-256 hex of it,
//   the key of Apollo's persisted-query protocol and of the server's trusted-documents file;
// - the build writes graphql-documents.json, { "<sha256>": "<document>" } for every operation, beside index.html.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

export const manifestFileName = "graphql-documents.json";

interface Compiled {
  operationName: string;
  document: string;
  hash: string;
}

const spreadPattern = /\.\.\.\s*([_A-Za-z][_0-9A-Za-z]*)/g;
const fragmentPattern = /^\s*fragment\s+([_A-Za-z][_0-9A-Za-z]*)/m;
const operationPattern = /^\s*(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m;

function stripComments(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("#"))
    .join("\n")
    .trim();
}

function readFragments(folder: string): Map<string, string> {
  const fragments = new Map<string, string>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".graphql"))) {
    const text = stripComments(readFileSync(join(folder, file), "utf8"));
    const name = fragmentPattern.exec(text)?.[1];
    if (!name) {
      throw new Error(`${join(folder, file)}: expected one fragment definition.`);
    }
    fragments.set(name, text);
  }
  return fragments;
}

export function compileDocument(file: string, fragmentsFolder: string): Compiled {
  const operation = stripComments(readFileSync(file, "utf8"));
  const operationName = operationPattern.exec(operation)?.[2];
  if (!operationName) {
    throw new Error(`${file}: expected one named query (query Name { … }).`);
  }
  const fragments = readFragments(fragmentsFolder);
  const needed = new Set<string>();
  const visit = (text: string, from: string) => {
    for (const match of text.matchAll(spreadPattern)) {
      const name = match[1];
      if (name === "on" || needed.has(name)) continue;
      const fragment = fragments.get(name);
      if (!fragment) {
        throw new Error(`${from}: the fragment ${name} is not in ${fragmentsFolder}.`);
      }
      needed.add(name);
      visit(fragment, name);
    }
  };
  visit(operation, file);
  const document = [operation, ...[...needed].sort().map((name) => fragments.get(name)!)].join("\n\n") + "\n";
  return { operationName, document, hash: createHash("sha256").update(document, "utf8").digest("hex") };
}

export function graphqlDocuments(queriesFolder: string): Plugin {
  const fragmentsFolder = join(queriesFolder, "fragments");
  return {
    name: "graphapi-graphql-documents",
    transform(_code, id) {
      if (!id.endsWith(".graphql")) return null;
      if (id.startsWith(fragmentsFolder)) {
        throw new Error(`${id}: import operations, not fragments; an operation brings the fragments it spreads.`);
      }
      this.addWatchFile(fragmentsFolder);
      return { code: `export default ${JSON.stringify(compileDocument(id, fragmentsFolder))};`, map: null };
    },
    generateBundle() {
      const manifest: Record<string, string> = {};
      for (const file of readdirSync(queriesFolder).filter((f) => f.endsWith(".graphql")).sort()) {
        const { hash, document } = compileDocument(join(queriesFolder, file), fragmentsFolder);
        manifest[hash] = document;
      }
      this.emitFile({ type: "asset", fileName: manifestFileName, source: JSON.stringify(manifest, null, 2) + "\n" });
    },
  };
}
