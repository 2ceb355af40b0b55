// The claim card: what a source states, its verbatim quotes (Arabic, right to left) with the English gloss, a link to
// the exact place in the article, the source and date, and badges for conflicts and corroborations.
import type { ClaimCard, Evidence, Extraction, Quantity } from "../api/types";
import { arabic, h } from "./dom";
import { entityLink, formatDate, sourceByline, sourceLink } from "./entities";
import { conflictHref, reviewHref, sourceHref } from "./links";

const qualifiers: Record<Quantity["qualifier"], string> = {
  EXACTLY: "",
  MORE_THAN: "more than ",
  AT_LEAST: "at least ",
  ABOUT: "about ",
  LESS_THAN: "less than ",
  AT_MOST: "at most ",
};

export function humanize(slug: string): string {
  const words = slug.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "more than 207 cells since 2002, as of 2020". */
export function formatQuantity(q: Quantity): string {
  // Four-digit counts stay as the sources print them (2009 cells), larger ones get separators (12,000).
  const value = Number.isInteger(q.value) && Math.abs(q.value) >= 10_000 ? q.value.toLocaleString("en-GB") : String(q.value);
  const unit = q.unit && q.value !== 1 && !q.unit.endsWith("s") ? `${q.unit}s` : q.unit;
  const parts = [`${qualifiers[q.qualifier]}${value}${unit ? ` ${unit}` : ""}`];
  if (q.since) parts.push(`since ${formatDate(q.since)}`);
  if (q.asOf) parts.push(`as of ${formatDate(q.asOf)}`);
  return parts.join(", ");
}

/** The value a claim asserts, for comparing two sides: a number, a title, or the statement's wording. */
export function claimValue(claim: ClaimCard): string {
  if (claim.quantity) return formatQuantity(claim.quantity);
  if (claim.role) return claim.role;
  return claim.text ?? claim.textAr ?? claim.id;
}

export function quoteFigure(evidence: Evidence, sourceId: string): HTMLElement {
  return h(
    "figure",
    { className: "quote" },
    arabic(evidence.quote, "blockquote"),
    h(
      "figcaption",
      {},
      evidence.en ? h("span", { className: "gloss" }, h("span", { className: "visually-hidden" }, "English: "), `“${evidence.en}”`) : null,
      h("a", { href: sourceHref(sourceId, evidence.id), className: "read-in-source" }, "Read in source"),
      evidence.verified ? null : h("span", { className: "badge warn" }, "Quote not found at its offsets"),
    ),
  );
}

function relationLine(claim: ClaimCard): HTMLElement | null {
  if (claim.kind !== "RELATION" || !claim.subject || !claim.object) return null;
  const type = humanize(claim.predicate ?? "related-to").toLowerCase();
  const predicate = claim.role ? `${type}: ${claim.role}` : type;
  return h("p", { className: "relation" }, entityLink(claim.subject, { arabic: false }), h("span", { className: "predicate" }, ` ${predicate} `), entityLink(claim.object, { arabic: false }));
}

export function claimBadges(claim: ClaimCard): HTMLElement {
  return h(
    "span",
    { className: "badges" },
    h("span", { className: "badge neutral" }, humanize(claim.kind.toLowerCase())),
    claim.reviewed === false
      ? h("a", { href: reviewHref, className: "badge unreviewed", title: "Extracted automatically from an article without curated claims; no person has checked it yet." }, "Unreviewed")
      : null,
    claim.modality ? h("span", { className: "badge neutral" }, humanize(claim.modality.toLowerCase())) : null,
    ...claim.conflicts.map((c) => h("a", { href: conflictHref(c.id), className: "badge conflict", title: c.reason }, "Disputed")),
    claim.corroborations.length
      ? h("span", { className: "badge agree", title: claim.corroborations.map((c) => c.reason).join("\n") }, `Corroborated ×${claim.corroborations.length}`)
      : null,
  );
}

const methods: Record<string, string> = {
  "quantity-pattern": "a figure matched a metric pattern",
  "reported-speech": "a reporting verb after a known name",
};

/** "Extracted automatically (a reporting verb after a known name: “قال”), confidence 0.7. Not reviewed yet." */
export function extractionNote(extraction: Extraction): HTMLElement {
  return h(
    "p",
    { className: "extraction-note" },
    h("strong", {}, "Extracted automatically, not reviewed: "),
    `${methods[extraction.method] ?? humanize(extraction.method).toLowerCase()} (cue “`,
    h("bdi", {}, extraction.cue),
    `”), confidence ${extraction.confidence.toFixed(2)}.`,
  );
}

export function claimCard(claim: ClaimCard, options: { headingLevel?: 3 | 4; showSpeaker?: boolean } = {}): HTMLElement {
  const date = claim.date ?? claim.source.published;
  // An extracted claim may have only its Arabic wording: it is then set right to left like a quote.
  const arabicOnly = !claim.quantity && !claim.text && !!claim.textAr;
  const heading = h(
    options.headingLevel === 4 ? "h4" : "h3",
    arabicOnly ? { className: "claim-text ar", lang: "ar", dir: "rtl" } : { className: "claim-text" },
    claim.quantity ? `${humanize(claim.quantity.metric)}: ${formatQuantity(claim.quantity)}` : claim.text ?? claim.textAr ?? claim.id,
  );
  return h(
    "article",
    { className: claim.reviewed === false ? "claim extracted" : "claim", id: `claim-${claim.id.replace(/[^A-Za-z0-9_-]/g, "-")}` },
    h("div", { className: "claim-head" }, claimBadges(claim), date ? h("span", { className: "date" }, formatDate(date)) : null),
    heading,
    claim.quantity && claim.text ? h("p", { className: "muted" }, claim.text) : null,
    relationLine(claim),
    options.showSpeaker !== false && claim.speaker ? h("p", { className: "speaker" }, "Said by ", entityLink(claim.speaker, { arabic: false })) : null,
    claim.attribution ? h("p", { className: "muted" }, `Attribution: ${claim.attribution}`) : null,
    claim.extraction ? extractionNote(claim.extraction) : null,
    ...claim.evidence.map((e) => quoteFigure(e, claim.source.id)),
    h("p", { className: "claim-source" }, "Source: ", sourceLink(claim.source, claim.evidence[0]?.id), h("span", { className: "muted" }, ` — ${sourceByline(claim.source)}`)),
    ...claim.conflicts.map((c) => h("p", { className: "conflict-note" }, h("strong", {}, "Disputed: "), c.reason, " ", h("a", { href: conflictHref(c.id) }, "Compare both sides"))),
  );
}
