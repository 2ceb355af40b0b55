// The entity page: names and aliases, roles with periods and institutions, claims made by the entity and claims
// about it (each with its quotes), and the sources that mention it. Its second view is the network (?view=network).
import { query } from "../api/client";
import type { ClaimCard, EntityRef, SourceRef } from "../api/types";
import EntityDocument from "../queries/Entity.graphql";
import { idAfter, type ViewContext } from "../router";
import { claimCard } from "../ui/claims";
import { anyScript, arabic, h } from "../ui/dom";
import { entityLink, formatDate, kindBadge, sourceByline, sourceLink } from "../ui/entities";
import { conflictHref, entityHref, pathHref, timelineHref } from "../ui/links";
import { empty, loadInto } from "../ui/status";
import { networkView } from "./network";

interface Connection<T> {
  totalCount: number;
  nodes: T[];
}

interface RoleHeld {
  title: string | null;
  titleAr: string | null;
  institution: EntityRef | null;
  period: { from: string | null; to: string | null } | null;
  claims: { id: string }[];
  sources: { id: string }[];
  conflicts: { id: string; reason: string }[];
}

interface EntityData extends EntityRef {
  __typename: string;
  aliases: string[];
  description: string | null;
  said: Connection<ClaimCard>;
  subjectOf: Connection<ClaimCard>;
  objectOf: Connection<ClaimCard>;
  mentions: Connection<{ source: { id: string } }>;
  sources: SourceRef[];
  roles?: RoleHeld[];
  institutionType?: string | null;
  parent?: EntityRef | null;
  subUnits?: EntityRef[];
  leaders?: EntityRef[];
  members?: EntityRef[];
  memberships?: EntityRef[];
  date?: string | null;
  place?: EntityRef | null;
  participants?: EntityRef[];
  relatedEvents?: EntityRef[];
}

function period(p: RoleHeld["period"]): string | null {
  if (!p || (!p.from && !p.to)) return null;
  return `${p.from ? formatDate(p.from) : "?"} – ${p.to ? formatDate(p.to) : "today or not stated"}`;
}

function rolesSection(roles: RoleHeld[]): HTMLElement | null {
  if (!roles.length) return null;
  return h(
    "section",
    { className: "card", "aria-labelledby": "roles-heading" },
    h("h2", { id: "roles-heading" }, "Roles"),
    h(
      "ul",
      { className: "plain roles" },
      roles.map((role) =>
        h(
          "li",
          { className: "role" },
          h("p", { className: "role-title" }, h("strong", {}, role.title ?? "Title not stated"), role.titleAr ? arabic(role.titleAr, "span", "ar-name") : null),
          role.institution ? h("p", {}, "at ", entityLink(role.institution)) : null,
          period(role.period) ? h("p", { className: "muted" }, period(role.period)) : null,
          h("p", { className: "muted" }, `${role.sources.length} ${role.sources.length === 1 ? "source" : "sources"}, ${role.claims.length} ${role.claims.length === 1 ? "claim" : "claims"}`),
          ...role.conflicts.map((c) => h("p", { className: "conflict-note" }, h("a", { href: conflictHref(c.id), className: "badge conflict" }, "Disputed"), ` ${c.reason}`)),
        ),
      ),
    ),
  );
}

function relatedSection(title: string, entities: (EntityRef | null | undefined)[] | undefined): HTMLElement | null {
  const list = (entities ?? []).filter((e): e is EntityRef => !!e);
  if (!list.length) return null;
  return h("div", { className: "related" }, h("h3", {}, title), h("ul", { className: "plain" }, list.map((e) => h("li", {}, entityLink(e, { badge: true })))));
}

function factsSection(data: EntityData): HTMLElement | null {
  const parts = [
    data.institutionType ? h("p", {}, h("strong", {}, "Type: "), data.institutionType) : null,
    data.date ? h("p", {}, h("strong", {}, "Date: "), formatDate(data.date)) : null,
    relatedSection("Part of", [data.parent]),
    relatedSection("Place", [data.place]),
    relatedSection("Units", data.subUnits),
    relatedSection("Led by", data.leaders),
    relatedSection("Members", data.members),
    relatedSection("Member of", data.memberships),
    relatedSection("Participants", data.participants),
    relatedSection("Related events", data.relatedEvents),
  ].filter((p): p is HTMLElement => !!p);
  return parts.length ? h("section", { className: "card", "aria-labelledby": "facts-heading" }, h("h2", { id: "facts-heading" }, "Facts"), ...parts) : null;
}

function sourcesSection(data: EntityData): HTMLElement {
  const counts = new Map<string, number>();
  for (const m of data.mentions.nodes) counts.set(m.source.id, (counts.get(m.source.id) ?? 0) + 1);
  const partial = data.mentions.totalCount > data.mentions.nodes.length;
  const sources = [...data.sources].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  return h(
    "section",
    { className: "card", "aria-labelledby": "sources-heading" },
    h("h2", { id: "sources-heading" }, "Sources mentioning ", data.name, " ", h("span", { className: "count" }, `(${sources.length})`)),
    sources.length
      ? h(
          "ul",
          { className: "plain source-list" },
          sources.map((s) => {
            const n = counts.get(s.id) ?? 0;
            return h("li", {}, sourceLink(s), h("span", { className: "muted" }, ` — ${sourceByline(s)}`), h("span", { className: "badge neutral mentions" }, `${partial ? "at least " : ""}${n} ${n === 1 ? "mention" : "mentions"}`));
          }),
        )
      : empty("No article body names this entity."),
  );
}

/** A list of claims under its heading. `total` is the count the API gave; `atLeast` marks a lower bound (a page was cut short). */
function claimsSection(id: string, title: string, claims: ClaimCard[], total: number, emptyText: string, showSpeaker: boolean, atLeast = false): HTMLElement {
  const count = atLeast ? `at least ${total}` : `${total}`;
  return h(
    "section",
    { className: "claims-section", "aria-labelledby": id },
    h("h2", { id }, title, " ", h("span", { className: "count" }, `(${count})`)),
    claims.length ? h("div", { className: "claim-list" }, claims.map((c) => claimCard(c, { showSpeaker }))) : empty(emptyText),
    atLeast || total > claims.length ? h("p", { className: "muted" }, `Showing the first ${claims.length} of ${count}.`) : null,
  );
}

/** True when the subject or object page was cut short, so the claims about the entity are more than those loaded. */
function aboutCut(data: EntityData): boolean {
  return data.subjectOf.totalCount > data.subjectOf.nodes.length || data.objectOf.totalCount > data.objectOf.nodes.length;
}

function overview(data: EntityData): HTMLElement[] {
  const saidIds = new Set(data.said.nodes.map((c) => c.id));
  const about = new Map<string, ClaimCard>();
  for (const c of [...data.subjectOf.nodes, ...data.objectOf.nodes]) if (!saidIds.has(c.id)) about.set(c.id, c);
  const aboutClaims = [...about.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return [
    h(
      "div",
      { className: "entity-columns" },
      h(
        "div",
        { className: "entity-main" },
        claimsSection("said-heading", `Claims by ${data.name}`, data.said.nodes, data.said.totalCount, `The sources quote no statement by ${data.name}.`, false),
        claimsSection("about-heading", `Claims about ${data.name}`, aboutClaims, aboutClaims.length, `No claim is about ${data.name}.`, true, aboutCut(data)),
      ),
      h("aside", { className: "entity-side", "aria-label": "Roles, facts and sources" }, rolesSection(data.roles ?? []), factsSection(data), sourcesSection(data)),
    ),
  ];
}

export function entityView({ url, signal, setTitle }: ViewContext): HTMLElement {
  const id = idAfter("/entity/", url);
  const network = url.searchParams.get("view") === "network";
  setTitle(id);
  const header = h("div", { className: "entity-header" });
  const body = h("div", {});
  const tabs = h(
    "nav",
    { className: "tabs", "aria-label": "Entity views" },
    h("a", { href: entityHref(id), "aria-current": network ? null : "page" }, "Overview"),
    h("a", { href: entityHref(id, "network"), "aria-current": network ? "page" : null }, "Network"),
    h("a", { href: timelineHref(id) }, "Timeline"),
    h("a", { href: pathHref(id) }, "Find a path from here"),
  );
  const root = h("section", { className: "page entity" }, header, tabs, body);

  void loadInto(header, "the entity", (s) => query<{ node: EntityData | null }>(EntityDocument, { id }, s), (data) => {
    const entity = data.node;
    if (!entity || !("name" in entity)) {
      setTitle("Unknown entity");
      tabs.hidden = true;
      body.hidden = true;
      return [h("h1", {}, "Unknown entity"), empty(`No person, institution, event, place or programme has the id “${id}”. Search for a name above.`)];
    }
    setTitle(entity.name);
    if (!network) body.replaceChildren(...overview(entity));
    const parts: (HTMLElement | null)[] = [
      h("p", { className: "entity-kind" }, kindBadge(entity.kind), h("span", { className: "muted id" }, entity.id)),
      h("h1", {}, entity.name, entity.nameAr ? arabic(entity.nameAr, "span", "h1-ar") : null),
      entity.description ? h("p", { className: "lead" }, entity.description) : null,
      entity.aliases.length
        ? h("div", { className: "aliases" }, h("h2", { className: "inline-heading" }, "Also written"), h("ul", { className: "plain inline" }, entity.aliases.map((a) => h("li", {}, anyScript(a)))))
        : null,
    ];
    return parts;
  }, signal);

  if (network) body.replaceChildren(networkView(id, signal));
  return root;
}
