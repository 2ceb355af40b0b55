import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { graphqlDocuments } from "./graphql-documents.ts";

const queries = fileURLToPath(new URL("./src/queries", import.meta.url));

// `npm run dev` serves the app on :5173 and forwards the API to a server started with README's first command.
const api = process.env.GRAPHAPI_URL ?? "http://localhost:5000";

export default defineConfig({
  plugins: [graphqlDocuments(queries)],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 700,
    sourcemap: false,
  },
  server: {
    proxy: { "/graphql": api, "/health": api },
  },
});
