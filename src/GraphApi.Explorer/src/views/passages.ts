// Passage search (issue 14) and the review of extracted claims (issue 13) are not in the API yet. The route exists so
// links stay stable; when the API grows a passages field, this view queries it (queries/Passages.graphql).
import type { ViewContext } from "../router";
import { h } from "../ui/dom";

export function passagesView({ url, setTitle }: ViewContext): HTMLElement {
  setTitle("Passages");
  const q = url.searchParams.get("q");
  return h(
    "section",
    { className: "page narrow" },
    h("h1", {}, "Passages"),
    h(
      "p",
      { className: "status empty" },
      "Full-text passage search is not available on this server yet. ",
      q ? `You asked for “${q}”. ` : "",
      "Search names with the box above: every entity page lists the quotes and the articles behind it.",
    ),
  );
}
