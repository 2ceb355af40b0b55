// The explorer's URLs. They are fixed (issue 12): the server answers each with index.html, so links can be shared.
// Ids contain slashes (person/habboub) and stay readable: each segment is encoded on its own.

export function idToPath(id: string): string {
  return id.split("/").map(encodeURIComponent).join("/");
}

export function pathToId(path: string): string {
  return path.split("/").filter((s) => s.length > 0).map(decodeURIComponent).join("/");
}

export const entityHref = (id: string, view?: "network") => `/entity/${idToPath(id)}${view ? `?view=${view}` : ""}`;

export const sourceHref = (id: string, evidenceId?: string) =>
  `/source/${idToPath(id)}${evidenceId ? `?evidence=${encodeURIComponent(evidenceId)}` : ""}`;

export function pathHref(from?: string | null, to?: string | null): string {
  const params = new URLSearchParams();
  if (from) params.set("from", from);
  if (to) params.set("to", to);
  const query = params.toString();
  return `/path${query ? `?${query}` : ""}`;
}

/** The source reader with a span of its text marked (a passage, or where a candidate name occurs). */
export const sourceSpanHref = (id: string, start: number, end: number) => `/source/${idToPath(id)}?start=${start}&end=${end}`;

export function passagesHref(text: string): string {
  return `/passages?q=${encodeURIComponent(text)}`;
}

export const reviewHref = "/review";

export const timelineHref = (entity?: string | null) => (entity ? `/timeline?entity=${encodeURIComponent(entity)}` : "/timeline");

export const conflictHref = (id: string) => `/conflicts#${conflictAnchor(id)}`;

export const conflictAnchor = (id: string) => `conflict-${id.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** Opens an app URL from code (a picked search hit, a submitted form, a double-clicked node), as a followed link would. */
export function navigate(href: string): void {
  history.pushState(null, "", href);
  window.dispatchEvent(new PopStateEvent("popstate"));
}
