// The timeline: the corpus's dated events and claims, oldest first, a page at a time, or one entity's (?entity=).
import { query } from "../api/client";
import type { ClaimCard, EntityRef } from "../api/types";
import EntityNameDocument from "../queries/EntityName.graphql";
import TimelineDocument from "../queries/Timeline.graphql";
import type { ViewContext } from "../router";
import { quoteFigure } from "../ui/claims";
import { arabic, h, replaceChildren } from "../ui/dom";
import { entityLink, formatDate, kindBadge, sourceByline, sourceLink } from "../ui/entities";
import { entityHref, navigate, timelineHref } from "../ui/links";
import { empty, failure, loadInto, loading } from "../ui/status";
import { claimBadges } from "../ui/claims";
import { searchBox } from "../ui/search";

interface TimelineItem {
  date: string;
  kind: "EVENT" | "CLAIM";
  label: string;
  event: (EntityRef & { date: string | null; place: EntityRef | null }) | null;
  claim: ClaimCard | null;
}

interface TimelinePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: TimelineItem[];
}

const pageSize = 50;


function item(entry: TimelineItem): HTMLElement {
  if (entry.event) {
    return h(
      "li",
      { className: "timeline-item event" },
      h("p", { className: "when" }, formatDate(entry.date)),
      h("div", { className: "what" }, h("p", {}, kindBadge("EVENT"), " ", h("a", { href: entityHref(entry.event.id) }, entry.event.name)), entry.event.nameAr ? arabic(entry.event.nameAr, "p") : null, entry.event.place ? h("p", { className: "muted" }, "in ", entityLink(entry.event.place, { arabic: false })) : null),
    );
  }
  const claim = entry.claim!;
  return h(
    "li",
    { className: "timeline-item claim-item" },
    h("p", { className: "when" }, formatDate(entry.date), claim.date ? null : h("span", { className: "muted small" }, " (publication date)")),
    h(
      "div",
      { className: "what" },
      h("p", {}, claimBadges(claim)),
      h("p", { className: "claim-text" }, entry.label),
      ...claim.evidence.slice(0, 1).map((e) => quoteFigure(e, claim.source.id)),
      h("p", { className: "claim-source" }, sourceLink(claim.source, claim.evidence[0]?.id), h("span", { className: "muted" }, ` — ${sourceByline(claim.source)}`)),
    ),
  );
}

export function timelineView({ url, signal, setTitle }: ViewContext): HTMLElement {
  const entityId = url.searchParams.get("entity");
  setTitle("Timeline");
  const filter = h("div", { className: "timeline-filter" });
  const summary = h("p", { className: "muted", role: "status" });
  const list = h("ol", { className: "timeline" });
  const more = h("div", { className: "timeline-more" });
  const body = h("div", {}, summary, list, more);

  if (entityId) {
    void loadInto(filter, "the entity", (s) => query<{ nodes: (EntityRef | null)[] }>(EntityNameDocument, { ids: [entityId] }, s), (data) => {
      const entity = data.nodes[0];
      if (entity?.id) setTitle(`Timeline of ${entity.name}`);
      return h(
        "div",
        { className: "picked" },
        h("span", { className: "picked-label" }, "Only"),
        entity?.id ? entityLink(entity, { badge: true }) : h("span", {}, `unknown entity “${entityId}”`),
        h("a", { href: timelineHref(), className: "button-link small" }, "Show the whole corpus"),
      );
    }, signal);
  } else {
    replaceChildren(filter, searchBox({ label: "Show one entity's timeline", placeholder: "Search a name", onPick: (e) => navigate(timelineHref(e.id)), className: "picker" }));
  }

  let shown = 0;
  const page = async (after: string | null) => {
    replaceChildren(more, loading(after ? "more of the timeline" : "the timeline"));
    try {
      const data = await query<{ timeline: TimelinePage }>(TimelineDocument, { entityId, first: pageSize, after }, signal);
      if (signal.aborted) return;
      const t = data.timeline;
      shown += t.nodes.length;
      list.append(...t.nodes.map(item));
      summary.textContent = t.totalCount ? `${shown} of ${t.totalCount} dated events and claims, oldest first.` : "";
      if (!t.totalCount) replaceChildren(more, empty(entityId ? "Nothing about this entity is dated in the sources." : "Nothing in the corpus is dated."));
      else if (t.pageInfo.hasNextPage) replaceChildren(more, h("button", { type: "button", onclick: () => void page(t.pageInfo.endCursor) }, "Show more"));
      else more.replaceChildren();
    } catch (error) {
      if (!signal.aborted) replaceChildren(more, failure("the timeline", error, () => void page(after)));
    }
  };
  void page(null);

  return h("section", { className: "page narrow-wide" }, h("h1", {}, "Timeline"), filter, body);
}
