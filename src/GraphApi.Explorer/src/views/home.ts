// The start page: how to begin, and what the corpus holds, by kind.
import { query } from "../api/client";
import type { EntityRef, SourceRef } from "../api/types";
import HomeDocument from "../queries/Home.graphql";
import type { ViewContext } from "../router";
import { h } from "../ui/dom";
import { entityLink, sourceByline, sourceLink } from "../ui/entities";
import { loadInto } from "../ui/status";

interface Listing<T> {
  totalCount: number;
  nodes: T[];
}

interface HomeData {
  people: Listing<EntityRef>;
  institutions: Listing<EntityRef>;
  events: Listing<EntityRef>;
  places: Listing<EntityRef>;
  programs: Listing<EntityRef>;
  sources: Listing<SourceRef>;
  conflicts: { id: string }[];
}

function entityList(title: string, listing: Listing<EntityRef>): HTMLElement {
  return h(
    "section",
    { className: "card" },
    h("h2", {}, `${title} `, h("span", { className: "count" }, `(${listing.totalCount})`)),
    h("ul", { className: "plain entity-list" }, listing.nodes.map((e) => h("li", {}, entityLink(e)))),
  );
}

export function homeView({ signal, setTitle }: ViewContext): HTMLElement {
  setTitle("Start");
  const body = h("div", { className: "home-grid" });
  void loadInto(body, "the corpus", (s) => query<HomeData>(HomeDocument, {}, s), (data) => [
    h(
      "section",
      { className: "card wide" },
      h("h2", {}, `Articles `, h("span", { className: "count" }, `(${data.sources.totalCount})`)),
      h("ul", { className: "plain source-list" }, data.sources.nodes.map((s) => h("li", {}, sourceLink(s), h("span", { className: "muted" }, ` — ${sourceByline(s)}`)))),
      h("p", {}, h("a", { href: "/conflicts", className: "button-link" }, `${data.conflicts.length} disagreements between sources`), " ", h("a", { href: "/timeline", className: "button-link" }, "Timeline"), " ", h("a", { href: "/passages", className: "button-link" }, "Search the articles' words")),
    ),
    entityList("People", data.people),
    entityList("Institutions", data.institutions),
    entityList("Events", data.events),
    entityList("Places", data.places),
    entityList("Programmes", data.programs),
  ], signal);

  return h(
    "section",
    { className: "page" },
    h("h1", {}, "Who is who, who said what, and where sources disagree"),
    h(
      "p",
      { className: "lead" },
      "Type a name in Arabic or Latin script in the search box — ",
      h("span", { lang: "ar", dir: "rtl", className: "ar" }, "حبوب"),
      " or Habboub — to open a person, an institution or an event. Every claim shows the quote it rests on; “Read in source” opens the article at that exact sentence.",
    ),
    body,
  );
}
