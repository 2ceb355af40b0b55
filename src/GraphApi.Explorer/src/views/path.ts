// The path view: pick two entities and see the shortest chain of relationships between them, with the quotes
// behind each hop.
import { query } from "../api/client";
import type { ClaimCard, EntityRef } from "../api/types";
import EntityNameDocument from "../queries/EntityName.graphql";
import PathDocument from "../queries/Path.graphql";
import type { ViewContext } from "../router";
import { claimCard, humanize } from "../ui/claims";
import { h, replaceChildren } from "../ui/dom";
import { entityLink } from "../ui/entities";
import { navigate, pathHref } from "../ui/links";
import { empty, loadInto } from "../ui/status";
import { searchBox } from "../ui/search";

interface PathHop {
  from: EntityRef;
  to: EntityRef;
  relationship: { id: string; type: string };
  claims: ClaimCard[];
}

const maxHops = 6;


/** One end of the path: the chosen entity with a way to change it, or a search box to choose one. */
function endPicker(label: string, chosen: EntityRef | null, onPick: (e: EntityRef | null) => void): HTMLElement {
  if (chosen) {
    return h(
      "div",
      { className: "picked" },
      h("span", { className: "picked-label" }, label),
      entityLink(chosen, { badge: true }),
      h("button", { type: "button", className: "small", onclick: () => onPick(null), "aria-label": `Change ${label.toLowerCase()} (${chosen.name})` }, "Change"),
    );
  }
  return searchBox({ label, placeholder: "Search a name", onPick, className: "picker" });
}

export function pathView({ url, signal, setTitle }: ViewContext): HTMLElement {
  setTitle("Path");
  const fromId = url.searchParams.get("from");
  const toId = url.searchParams.get("to");
  const pickers = h("div", { className: "path-pickers" });
  const result = h("div", { className: "path-result", "aria-live": "polite" });
  const ends: { from: EntityRef | null; to: EntityRef | null } = { from: null, to: null };

  const renderPickers = () =>
    replaceChildren(
      pickers,
      endPicker("From", ends.from, (e) => {
        ends.from = e;
        if (e) navigate(pathHref(e.id, ends.to?.id));
        else renderPickers();
      }),
      endPicker("To", ends.to, (e) => {
        ends.to = e;
        if (e) navigate(pathHref(ends.from?.id, e.id));
        else renderPickers();
      }),
    );

  const ids = [fromId, toId].filter((x): x is string => !!x);
  if (ids.length) {
    void loadInto(pickers, "the chosen entities", (s) => query<{ nodes: (EntityRef | null)[] }>(EntityNameDocument, { ids }, s), (data) => {
      const byId = new Map(data.nodes.filter((n): n is EntityRef => !!n?.id).map((n) => [n.id, n]));
      ends.from = fromId ? byId.get(fromId) ?? null : null;
      ends.to = toId ? byId.get(toId) ?? null : null;
      renderPickers();
      return [...pickers.childNodes];
    }, signal);
  } else {
    renderPickers();
  }

  if (fromId && toId) {
    void loadInto(result, "the path", (s) => query<{ path: { length: number; hops: PathHop[] } | null }>(PathDocument, { from: fromId, to: toId, maxHops }, s), (data) => {
      if (!data.path) return empty(`No connection of at most ${maxHops} steps links these two entities in the sources.`);
      if (data.path.length === 0) return empty("Both ends are the same entity.");
      const hops = data.path.hops;
      return [
        h("h2", {}, `${hops[0].from.name} is connected to ${hops[hops.length - 1].to.name} in ${hops.length} ${hops.length === 1 ? "step" : "steps"}`),
        h(
          "ol",
          { className: "hops" },
          hops.map((hop, i) =>
            h(
              "li",
              { className: "hop card" },
              h("h3", { className: "hop-line" }, h("span", { className: "visually-hidden" }, `Step ${i + 1}: `), entityLink(hop.from, { badge: true }), h("span", { className: "predicate" }, ` ${humanize(hop.relationship.type)} `), entityLink(hop.to, { badge: true })),
              hop.claims.length
                ? h("div", { className: "claim-list" }, hop.claims.map((c) => claimCard(c, { headingLevel: 4 })))
                : empty("No claim states this step: it comes from the curated entity file."),
            ),
          ),
        ),
      ];
    }, signal);
  } else {
    replaceChildren(result, h("p", { className: "muted" }, "Choose both ends to see how they are connected, with the quote behind each step."));
  }

  return h(
    "section",
    { className: "page" },
    h("h1", {}, "How are they connected?"),
    pickers,
    result,
  );
}
