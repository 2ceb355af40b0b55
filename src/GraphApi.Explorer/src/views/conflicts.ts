// Every disagreement between sources, both sides next to each other: the value or wording, the quote, the source,
// outlet and date, and the reason they cannot both hold. Both sides stay; the reader compares them.
import { query } from "../api/client";
import type { ClaimCard } from "../api/types";
import ConflictsDocument from "../queries/Conflicts.graphql";
import type { ViewContext } from "../router";
import { claimValue, humanize, quoteFigure } from "../ui/claims";
import { h } from "../ui/dom";
import { entityLink, formatDate, sourceByline, sourceLink } from "../ui/entities";
import { conflictAnchor } from "../ui/links";
import { empty, loadInto } from "../ui/status";

interface Conflict {
  id: string;
  reason: string;
  left: ClaimCard;
  right: ClaimCard;
}

/** What the two sides disagree about: the metric, or the role and whose it is, or the claims' subject. */
function topic(conflict: Conflict): string {
  const { left } = conflict;
  if (left.quantity) return humanize(left.quantity.metric);
  if (left.role && left.subject) return `${left.subject.name}'s title${left.object ? ` at ${left.object.name}` : ""}`;
  if (left.predicate && left.subject) return `${left.subject.name}: ${humanize(left.predicate)}`;
  return left.subject?.name ?? "Statements that disagree";
}

function side(label: string, claim: ClaimCard): HTMLElement {
  const date = claim.date ?? claim.source.published;
  return h(
    "div",
    { className: "side" },
    h("h3", { className: "side-label" }, label),
    h("p", { className: "side-value" }, claimValue(claim)),
    claim.roleAr ? h("p", { lang: "ar", dir: "rtl", className: "ar" }, claim.roleAr) : null,
    claim.quantity && claim.text ? h("p", { className: "muted" }, claim.text) : null,
    ...claim.evidence.map((e) => quoteFigure(e, claim.source.id)),
    h(
      "dl",
      { className: "side-facts" },
      h("dt", {}, "Source"),
      h("dd", {}, sourceLink(claim.source, claim.evidence[0]?.id)),
      h("dt", {}, "Outlet and date"),
      h("dd", {}, sourceByline(claim.source)),
      date && claim.date ? h("dt", {}, "Claim dated") : null,
      date && claim.date ? h("dd", {}, formatDate(claim.date)) : null,
      claim.speaker ? h("dt", {}, "Said by") : null,
      claim.speaker ? h("dd", {}, entityLink(claim.speaker, { arabic: false })) : null,
    ),
  );
}

export function conflictsView({ signal, setTitle }: ViewContext): HTMLElement {
  setTitle("Conflicts");
  const list = h("div", { className: "conflict-list" });
  void loadInto(list, "the conflicts", (s) => query<{ conflicts: Conflict[] }>(ConflictsDocument, {}, s), (data) => {
    if (!data.conflicts.length) return empty("The sources agree: no two claims contradict each other.");
    const sections = data.conflicts.map((c) =>
      h(
        "section",
        { className: "conflict card", id: conflictAnchor(c.id), "aria-labelledby": `${conflictAnchor(c.id)}-heading` },
        h("h2", { id: `${conflictAnchor(c.id)}-heading` }, topic(c)),
        h("p", { className: "reason" }, h("strong", {}, "Why they conflict: "), c.reason),
        h("div", { className: "sides" }, side("Side A", c.left), h("div", { className: "versus", "aria-hidden": "true" }, "vs"), side("Side B", c.right)),
      ),
    );
    if (location.hash) requestAnimationFrame(() => document.getElementById(location.hash.slice(1))?.scrollIntoView());
    return sections;
  }, signal);
  return h(
    "section",
    { className: "page" },
    h("h1", {}, "Where the sources disagree"),
    h("p", { className: "lead" }, "Each disagreement shows both claims side by side, with the quotes they rest on. Neither is dropped: compare the wording, the source and the date."),
    list,
  );
}
