// The explorer's only way to the data: GraphQL over HTTP against the server's public /graphql endpoint.
// Every document is persisted: the client first sends only its SHA-256 (a GET, so the browser and proxies can cache it
// and the server answers 304 to a repeated question); a server that does not know the hash yet answers
// PERSISTED_QUERY_NOT_FOUND, and the client then POSTs the document with its hash once (Apollo's protocol, version 1).
// A server in trusted-documents mode knows every hash from graphql-documents.json, which the build ships.

export interface PersistedDocument {
  operationName: string;
  document: string;
  hash: string;
}

export type Variables = Record<string, unknown>;

interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

/** A failed request, with a message written for the person using the explorer. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const endpoint = "/graphql";

// The caller's bearer token (issue 16): held in this module's memory only, never in storage, a cookie or the URL, so
// it is gone when the tab closes or reloads. Without one the explorer reads as an anonymous caller: public sources only.
let bearerToken: string | null = null;

export function setToken(token: string | null): void {
  bearerToken = token?.trim() || null;
}

export function hasToken(): boolean {
  return bearerToken !== null;
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  return bearerToken === null ? { Accept: accept, ...extra } : { Accept: accept, Authorization: `Bearer ${bearerToken}`, ...extra };
}
const accept = "application/graphql-response+json, application/json;q=0.9";
const notFound = "PERSISTED_QUERY_NOT_FOUND";

function persistedExtension(doc: PersistedDocument) {
  return { persistedQuery: { version: 1, sha256Hash: doc.hash } };
}

async function send<T>(request: () => Promise<Response>, signal?: AbortSignal): Promise<GraphQLResponse<T>> {
  let response: Response;
  try {
    response = await request();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError("The server could not be reached. Check that it is running, then try again.");
  }
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) {
    throw new ApiError(`The server answered ${response.status} ${response.statusText || ""}`.trim() + " without a GraphQL response.", undefined, response.status);
  }
  const body = (await response.json()) as GraphQLResponse<T>;
  if (!response.ok && !body.errors?.length) {
    throw new ApiError(`The server answered ${response.status}.`, undefined, response.status);
  }
  return body;
}

function get<T>(doc: PersistedDocument, variables: Variables, signal?: AbortSignal) {
  const params = new URLSearchParams({
    operationName: doc.operationName,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify(persistedExtension(doc)),
  });
  return send<T>(() => fetch(`${endpoint}?${params}`, { method: "GET", headers: headers(), signal, credentials: "same-origin" }), signal);
}

function post<T>(doc: PersistedDocument, variables: Variables, signal?: AbortSignal) {
  const body = JSON.stringify({
    query: doc.document,
    operationName: doc.operationName,
    variables,
    extensions: persistedExtension(doc),
  });
  return send<T>(
    () => fetch(endpoint, { method: "POST", headers: headers({ "Content-Type": "application/json" }), body, signal, credentials: "same-origin" }),
    signal,
  );
}

/** Runs a persisted document and returns its data; GraphQL errors become an ApiError with the server's message and code. */
export async function query<T>(doc: PersistedDocument, variables: Variables = {}, signal?: AbortSignal): Promise<T> {
  let result = await get<T>(doc, variables, signal);
  if (result.errors?.some((e) => e.extensions?.code === notFound || e.message === "PersistedQueryNotFound")) {
    result = await post<T>(doc, variables, signal);
  }
  if (result.errors?.length) {
    const first = result.errors[0];
    throw new ApiError(first.message, first.extensions?.code);
  }
  if (result.data == null) {
    throw new ApiError("The server sent no data.");
  }
  return result.data;
}
