declare module "*.graphql" {
  import type { PersistedDocument } from "./api/client";
  const document: PersistedDocument;
  export default document;
}
