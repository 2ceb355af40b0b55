// The network view: an entity's neighbourhood at depth 1 or 2, drawn with cytoscape. Nodes are coloured by kind and
// edges labelled by relationship type. Clicking a node expands it, double-clicking opens its page; clicking an edge
// shows the claims and quotes behind it. Kinds and relationship types can be filtered, and the picture exported as
// PNG. The same entities and connections are listed under the drawing, where a keyboard reaches every action.
import cytoscape from "cytoscape";
import { query } from "../api/client";
import { kindLabels, type ClaimCard, type EntityKind, type EntityRef } from "../api/types";
import NeighborhoodDocument from "../queries/Neighborhood.graphql";
import RelationshipClaimsDocument from "../queries/RelationshipClaims.graphql";
import { claimCard, humanize } from "../ui/claims";
import { h, replaceChildren } from "../ui/dom";
import { entityLink } from "../ui/entities";
import { entityHref } from "../ui/links";
import { empty, failure, loading } from "../ui/status";

interface SubgraphEdge {
  type: string;
  source: string;
  target: string;
  relationship: { id: string };
}

interface Subgraph {
  truncated: boolean;
  nodes: EntityRef[];
  edges: SubgraphEdge[];
}

interface RelationshipDetail {
  id: string;
  type: string;
  from: EntityRef;
  to: EntityRef;
  claims: ClaimCard[];
}

interface RelationshipPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: RelationshipDetail[];
}

export const kindColours: Record<EntityKind, string> = {
  PERSON: "#1f5fbf",
  INSTITUTION: "#b0481c",
  EVENT: "#7a3fa8",
  PLACE: "#1d7a4a",
  PROGRAM: "#8a6d00",
};

const edgeCaps = [25, 100, 500];

/**
 * Cytoscape adds a <style> element for its container unless an element with this id exists; the Content-Security-Policy
 * refuses inline styles, so the rule lives in styles.css and this marker stops the injection.
 */
function preventCytoscapeStyleInjection() {
  const id = "__________cytoscape_stylesheet";
  if (!document.getElementById(id)) document.head.append(h("meta", { id, name: "cytoscape-container-style", content: "in styles.css" }));
}

function navigateTo(href: string) {
  history.pushState(null, "", href);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

export function networkView(centreId: string, signal: AbortSignal): HTMLElement {
  const nodes = new Map<string, EntityRef>();
  const edges = new Map<string, SubgraphEdge>();
  const expanded = new Set<string>();
  const hiddenKinds = new Set<EntityKind>();
  const hiddenTypes = new Set<string>();
  let depth = 1;
  let edgesPerEntity = edgeCaps[0];
  let truncated = false;
  let cy: cytoscape.Core | undefined;

  const graph = h("div", { className: "graph", role: "img", "aria-label": "Network drawing" });
  const status = h("p", { className: "network-status", role: "status" });
  const details = h("section", { className: "card network-details", "aria-labelledby": "details-heading", tabindex: "-1" }, h("h2", { id: "details-heading" }, "Details"), h("p", { className: "muted" }, "Click a connection to see the claims and quotes behind it. Click an entity to expand it, double-click to open its page."));
  const kindFilters = h("fieldset", { className: "filters" }, h("legend", {}, "Kinds"));
  const typeFilters = h("fieldset", { className: "filters" }, h("legend", {}, "Relationships"));
  const lists = h("div", { className: "network-lists" });

  const depthSelect = h("select", { id: "network-depth" }, h("option", { value: "1" }, "1 step"), h("option", { value: "2" }, "2 steps"));
  const capSelect = h("select", { id: "network-first" }, edgeCaps.map((n) => h("option", { value: String(n) }, String(n))));
  const reload = () => {
    depth = Number(depthSelect.value);
    edgesPerEntity = Number(capSelect.value);
    nodes.clear();
    edges.clear();
    expanded.clear();
    truncated = false;
    void load(centreId, depth, true);
  };
  depthSelect.addEventListener("change", reload);
  capSelect.addEventListener("change", reload);

  const exportButton = h("button", { type: "button", onclick: () => void exportPng() }, "Export PNG");
  const fitButton = h("button", { type: "button", onclick: () => cy?.fit(undefined, 30) }, "Fit to view");

  function visible(edge: SubgraphEdge) {
    const from = nodes.get(edge.source);
    const to = nodes.get(edge.target);
    return !!from && !!to && !hiddenKinds.has(from.kind) && !hiddenKinds.has(to.kind) && !hiddenTypes.has(edge.type);
  }

  function applyFilters() {
    if (!cy) return;
    cy.batch(() => {
      cy!.nodes().forEach((n) => {
        n.style("display", hiddenKinds.has(n.data("kind")) ? "none" : "element");
      });
      cy!.edges().forEach((e) => {
        e.style("display", hiddenTypes.has(e.data("type")) ? "none" : "element");
      });
    });
    renderLists();
  }

  function checkbox(group: string, value: string, label: HTMLElement | string, hidden: Set<string>) {
    const id = `filter-${group}-${value.replace(/[^A-Za-z0-9_-]/g, "-")}`;
    const input = h("input", { type: "checkbox", id, checked: !hidden.has(value) });
    input.addEventListener("change", () => {
      if (input.checked) hidden.delete(value);
      else hidden.add(value);
      applyFilters();
    });
    return h("div", { className: "check" }, input, h("label", { for: id }, label));
  }

  function renderFilters() {
    const kinds = [...new Set([...nodes.values()].map((n) => n.kind))].sort();
    const types = [...new Set([...edges.values()].map((e) => e.type))].sort();
    replaceChildren(
      kindFilters,
      h("legend", {}, "Kinds"),
      kinds.map((k) => checkbox("kind", k, h("span", {}, h("span", { className: `swatch kind-${k.toLowerCase()}`, "aria-hidden": "true" }), kindLabels[k]), hiddenKinds as Set<string>)),
    );
    replaceChildren(typeFilters, h("legend", {}, "Relationships"), types.map((t) => checkbox("type", t, humanize(t), hiddenTypes)));
  }

  function renderLists() {
    const shownNodes = [...nodes.values()].filter((n) => !hiddenKinds.has(n.kind));
    const shownEdges = [...edges.values()].filter(visible);
    status.textContent =
      `${shownNodes.length} entities and ${shownEdges.length} connections shown` +
      (truncated ? `; some entities have more than ${edgesPerEntity} connections, and only their first ${edgesPerEntity} are drawn.` : ".");
    graph.setAttribute("aria-label", `Network around ${nodes.get(centreId)?.name ?? centreId}: ${shownNodes.length} entities and ${shownEdges.length} connections. The lists below hold the same content.`);
    replaceChildren(
      lists,
      h(
        "details",
        { className: "card" },
        h("summary", {}, `Entities as a list (${shownNodes.length})`),
        h(
          "ul",
          { className: "plain node-list" },
          shownNodes.map((n) =>
            h("li", {}, entityLink(n, { badge: true }), expanded.has(n.id) ? h("span", { className: "muted" }, " expanded") : h("button", { type: "button", className: "small", onclick: () => void expand(n.id) }, `Expand ${n.name}`)),
          ),
        ),
      ),
      h(
        "details",
        { className: "card" },
        h("summary", {}, `Connections as a list (${shownEdges.length})`),
        h(
          "ul",
          { className: "plain edge-list" },
          shownEdges.map((e) =>
            h(
              "li",
              {},
              h("button", { type: "button", className: "link-button", onclick: () => void showEdge(e) }, `${nodes.get(e.source)!.name} — ${humanize(e.type)} → ${nodes.get(e.target)!.name}`),
            ),
          ),
        ),
      ),
    );
  }

  function elements(subgraph: Subgraph): cytoscape.ElementDefinition[] {
    const added: cytoscape.ElementDefinition[] = [];
    for (const n of subgraph.nodes) {
      if (nodes.has(n.id)) continue;
      nodes.set(n.id, n);
      added.push({ group: "nodes", data: { id: n.id, label: n.name, kind: n.kind, colour: kindColours[n.kind] }, classes: n.id === centreId ? "centre" : "" });
    }
    for (const e of subgraph.edges) {
      const key = e.relationship.id;
      if (edges.has(key)) continue;
      edges.set(key, e);
      added.push({ group: "edges", data: { id: `e:${key}`, key, source: e.source, target: e.target, type: e.type, label: humanize(e.type) } });
    }
    return added;
  }

  function draw(added: cytoscape.ElementDefinition[], fresh: boolean) {
    if (!cy || fresh) {
      cy?.destroy();
      preventCytoscapeStyleInjection();
      cy = cytoscape({
        container: graph,
        elements: added,
        minZoom: 0.1,
        maxZoom: 3,
        wheelSensitivity: 0.3,
        style: [
          {
            selector: "node",
            style: {
              "background-color": "data(colour)",
              label: "data(label)",
              color: "#1b1b1b",
              "font-size": 11,
              "font-family": "system-ui, 'Noto Naskh Arabic', sans-serif",
              "text-valign": "bottom",
              "text-margin-y": 4,
              "text-wrap": "ellipsis",
              "text-max-width": "140px",
              "text-background-color": "#ffffff",
              "text-background-opacity": 0.8,
              "text-background-padding": "1px",
              width: 18,
              height: 18,
            },
          },
          { selector: "node.centre", style: { width: 30, height: 30, "border-width": 3, "border-color": "#111", "font-weight": "bold" } },
          { selector: "node.expanded", style: { "border-width": 2, "border-color": "#111", "border-style": "double" } },
          {
            selector: "edge",
            style: {
              width: 1.5,
              "line-color": "#8a8f98",
              "target-arrow-color": "#8a8f98",
              "target-arrow-shape": "triangle",
              "curve-style": "bezier",
              label: "data(label)",
              "font-size": 9,
              color: "#3b3f45",
              "text-rotation": "autorotate",
              "text-background-color": "#ffffff",
              "text-background-opacity": 0.85,
              "text-background-padding": "1px",
            },
          },
          { selector: "edge:selected", style: { width: 3, "line-color": "#c0392b", "target-arrow-color": "#c0392b" } },
          { selector: "node:selected", style: { "border-width": 3, "border-color": "#c0392b" } },
        ],
      });
      cy.on("tap", "node", (event) => void expand(event.target.id()));
      cy.on("dbltap", "node", (event) => navigateTo(entityHref(event.target.id())));
      cy.on("tap", "edge", (event) => {
        const edge = edges.get(event.target.data("key"));
        if (edge) void showEdge(edge);
      });
    } else {
      cy.add(added);
    }
    cy.nodes().forEach((n) => {
      if (expanded.has(n.id())) n.addClass("expanded");
    });
    const count = cy.nodes().length;
    cy.layout(
      count > 150
        ? ({ name: "concentric", animate: false, concentric: (n: cytoscape.NodeSingular) => (n.id() === centreId ? 10 : n.degree(false)), levelWidth: () => 2, minNodeSpacing: 8 } as cytoscape.LayoutOptions)
        : ({ name: "cose", animate: false, randomize: fresh, nodeRepulsion: () => 400_000, nodeOverlap: 20, idealEdgeLength: () => 110, edgeElasticity: () => 100, gravity: 40, numIter: 1500, padding: 30 } as cytoscape.LayoutOptions),
    ).run();
    // A small neighbourhood fitted to the box would be drawn at giant size; keep it readable.
    if (cy.zoom() > 1.3) {
      cy.zoom(1.3);
      cy.center();
    }
    applyFilters();
    renderFilters();
  }

  async function load(id: string, levels: number, fresh: boolean) {
    status.textContent = "";
    if (fresh) replaceChildren(graph, loading("the network"));
    try {
      const data = await query<{ neighborhood: Subgraph }>(NeighborhoodDocument, { id, depth: levels, first: edgesPerEntity }, signal);
      if (signal.aborted) return;
      if (fresh && !data.neighborhood.nodes.length) {
        replaceChildren(graph, empty(`No entity has the id “${id}”.`));
        return;
      }
      truncated ||= data.neighborhood.truncated;
      expanded.add(id);
      if (fresh) graph.replaceChildren();
      const added = elements(data.neighborhood);
      draw(added, fresh);
      if (!fresh && added.length === 0) status.textContent = `${nodes.get(id)?.name ?? id} has no further connections.`;
    } catch (error) {
      if (signal.aborted) return;
      if (fresh) replaceChildren(graph, failure("the network", error, () => void load(id, levels, fresh)));
      else replaceChildren(status, failure(`the connections of ${nodes.get(id)?.name ?? id}`, error));
    }
  }

  async function expand(id: string) {
    if (expanded.has(id)) return;
    expanded.add(id);
    await load(id, 1, false);
  }

  /** The edge's relationship with its claims, paging through its start entity's relationships of that type. */
  async function findRelationship(edge: SubgraphEdge): Promise<RelationshipDetail | undefined> {
    let after: string | null = null;
    do {
      const data: { node: { relationships: RelationshipPage } | null } = await query(RelationshipClaimsDocument, { id: edge.source, types: [edge.type], after }, signal);
      const page = data.node?.relationships;
      const found = page?.nodes.find((r) => r.id === edge.relationship.id);
      if (found) return found;
      after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return undefined;
  }

  async function showEdge(edge: SubgraphEdge) {
    const from = nodes.get(edge.source)!;
    const to = nodes.get(edge.target)!;
    cy?.elements().unselect();
    cy?.getElementById(`e:${edge.relationship.id}`).select();
    const heading = h("h2", { id: "details-heading" }, from.name, " — ", humanize(edge.type), " → ", to.name);
    replaceChildren(details, heading, loading("the claims behind this connection"));
    details.focus();
    try {
      const claims = (await findRelationship(edge))?.claims ?? [];
      replaceChildren(
        details,
        heading,
        h("p", {}, entityLink(from, { badge: true, arabic: false }), " ", h("span", { className: "predicate" }, humanize(edge.type)), " ", entityLink(to, { badge: true, arabic: false })),
        claims.length
          ? h("div", { className: "claim-list" }, claims.map((c) => claimCard(c, { headingLevel: 3 })))
          : empty("No claim states this connection: it comes from the curated entity file (for example, a unit that is part of its parent)."),
      );
    } catch (error) {
      if (!signal.aborted) replaceChildren(details, heading, failure("the claims behind this connection", error, () => void showEdge(edge)));
    }
  }

  async function exportPng() {
    if (!cy) return;
    const blob = await cy.png({ output: "blob-promise", full: true, bg: "#ffffff", scale: 2 });
    const href = URL.createObjectURL(blob);
    const link = h("a", { href, download: `network-${centreId.replace(/[^A-Za-z0-9_-]/g, "-")}.png` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  }

  void load(centreId, depth, true);
  signal.addEventListener("abort", () => cy?.destroy());

  return h(
    "div",
    { className: "network" },
    h(
      "div",
      { className: "network-controls" },
      h("div", { className: "control" }, h("label", { for: "network-depth" }, "Depth"), depthSelect),
      h("div", { className: "control" }, h("label", { for: "network-first" }, "Connections per entity"), capSelect),
      fitButton,
      exportButton,
    ),
    h("div", { className: "network-layout" }, h("div", { className: "graph-column" }, graph, status), h("div", { className: "network-side" }, kindFilters, typeFilters, details)),
    lists,
  );
}
