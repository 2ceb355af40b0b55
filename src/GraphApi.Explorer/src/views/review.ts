// Waiting for review (/review): what the importer extracted from articles without curated claims, which no person has
// checked yet. Candidate names, each with the sentence it was found in and a link to its exact place in the article,
// and the unreviewed claims with how they were extracted. Reviewers accept or reject them with the importer's review
// verb (docs/extraction.md); the explorer only reads.
import { query } from "../api/client";
import { kindLabels, type ClaimCard, type EntityKind, type Page, type SourceRef } from "../api/types";
import CandidatesDocument from "../queries/Candidates.graphql";
import UnreviewedClaimsDocument from "../queries/UnreviewedClaims.graphql";
import type { ViewContext } from "../router";
import { claimCard } from "../ui/claims";
import { anyScript, h, replaceChildren } from "../ui/dom";
import { kindBadge, sourceByline, sourceLink } from "../ui/entities";
import { sourceSpanHref } from "../ui/links";
import { markedText, sourceTextBlock } from "../ui/spans";
import { empty, failure, loading } from "../ui/status";

interface Occurrence {
  start: number;
  end: number;
  text: string;
  sentence: string;
  source: SourceRef;
}

interface Candidate {
  id: string;
  name: string;
  kind: EntityKind;
  cue: string;
  confidence: number;
  occurrences: Occurrence[];
}

/** The sentence with the name marked where the occurrence's text stands in it (the first place, if it is there twice). */
function occurrenceItem(occurrence: Occurrence): HTMLElement {
  const at = occurrence.sentence.indexOf(occurrence.text);
  const sentence = at < 0 ? [document.createTextNode(occurrence.sentence)] : markedText(occurrence.sentence, occurrence.start - at, [occurrence]);
  return h(
    "li",
    { className: "occurrence" },
    h(
      "figure",
      { className: "quote" },
      sourceTextBlock(occurrence.source.language, sentence),
      h(
        "figcaption",
        {},
        sourceLink(occurrence.source),
        h("span", { className: "muted" }, sourceByline(occurrence.source)),
        h("a", { href: sourceSpanHref(occurrence.source.id, occurrence.start, occurrence.end), className: "read-in-source" }, "Read in source"),
      ),
    ),
  );
}

function candidateItem(candidate: Candidate): HTMLElement {
  const headingId = `candidate-${candidate.id.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  return h(
    "li",
    { className: "candidate card", "aria-labelledby": headingId },
    h(
      "div",
      { className: "candidate-head" },
      h("h3", { className: "candidate-name", id: headingId }, anyScript(candidate.name)),
      kindBadge(candidate.kind),
      h("span", { className: "badge unreviewed" }, "Unreviewed"),
    ),
    h(
      "p",
      { className: "muted small" },
      `Suggested ${kindLabels[candidate.kind].toLowerCase()}, found by the cue “`,
      h("bdi", {}, candidate.cue),
      "”",
      `, confidence ${candidate.confidence.toFixed(2)}. `,
      h("span", { className: "id" }, candidate.id),
    ),
    h(
      "ul",
      { className: "plain occurrences", "aria-label": `Where ${candidate.name} occurs` },
      candidate.occurrences.map(occurrenceItem),
    ),
  );
}

/**
 * One paged list: a heading with the total, the items, then "Show more" while there are more. Loading, empty and
 * failed states replace the tail, never the items already shown.
 */
function pagedSection<T>(
  options: { id: string; title: string; intro: string; none: string; what: string; list: HTMLElement; item: (node: T) => HTMLElement },
  fetch: (after: string | null, signal: AbortSignal) => Promise<Page<T>>,
  signal: AbortSignal,
): HTMLElement {
  const count = h("span", { className: "count" });
  const more = h("div", { className: "list-more" });
  const page = async (after: string | null) => {
    options.list.setAttribute("aria-busy", "true");
    replaceChildren(more, loading(after ? `more ${options.what}` : options.what));
    try {
      const data = await fetch(after, signal);
      if (signal.aborted) return;
      options.list.removeAttribute("aria-busy");
      options.list.append(...data.nodes.map(options.item));
      count.textContent = `(${data.totalCount})`;
      if (!data.totalCount) replaceChildren(more, empty(options.none));
      else if (data.pageInfo.hasNextPage) replaceChildren(more, h("button", { type: "button", onclick: () => void page(data.pageInfo.endCursor) }, `Show more ${options.what}`));
      else more.replaceChildren();
    } catch (error) {
      if (signal.aborted) return;
      options.list.removeAttribute("aria-busy");
      replaceChildren(more, failure(options.what, error, () => void page(after)));
    }
  };
  void page(null);
  return h(
    "section",
    { className: "review-section", "aria-labelledby": `${options.id}-heading` },
    h("h2", { id: `${options.id}-heading` }, `${options.title} `, count),
    h("p", { className: "muted" }, options.intro),
    options.list,
    more,
  );
}

export function reviewView({ signal, setTitle }: ViewContext): HTMLElement {
  setTitle("Waiting for review");
  const candidates = pagedSection<Candidate>(
    {
      id: "candidates",
      title: "Candidate names",
      intro: "Names the corpus does not know yet, found by a title, an office or an acronym. Each shows the sentence it was found in.",
      none: "No candidate name waits for review.",
      what: "candidate names",
      list: h("ul", { className: "plain candidate-list" }),
      item: candidateItem,
    },
    async (after, s) => (await query<{ candidates: Page<Candidate> }>(CandidatesDocument, { after }, s)).candidates,
    signal,
  );
  const claims = pagedSection<ClaimCard>(
    {
      id: "unreviewed-claims",
      title: "Unreviewed claims",
      intro: "Figures and reported speech read by pattern from articles that have no curated claims. Check each quote before relying on it.",
      none: "No extracted claim waits for review: every claim in the corpus was curated.",
      what: "unreviewed claims",
      list: h("div", { className: "claim-list" }),
      item: (claim) => claimCard(claim),
    },
    async (after, s) => (await query<{ claims: Page<ClaimCard> }>(UnreviewedClaimsDocument, { after }, s)).claims,
    signal,
  );
  return h(
    "section",
    { className: "page narrow-wide" },
    h("h1", {}, "Waiting for review"),
    h(
      "p",
      { className: "lead" },
      "What the importer extracted automatically from articles without curated claims. None of it has been checked by a person: it is marked “Unreviewed” wherever it appears. Reviewers accept or reject it with the importer's review command.",
    ),
    candidates,
    claims,
  );
}
