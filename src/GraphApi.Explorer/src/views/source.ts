// The source reader: the article right to left, with mentions linked to their entities, the page furniture (ticker,
// boilerplate) set apart, and, opened from a claim (?evidence=), the quote highlighted at its exact UTF-16 offsets as
// <mark data-start data-end> and scrolled into view.
import { query } from "../api/client";
import { kindLabels, type ClaimCard, type EntityRef, type Evidence, type SourceRef } from "../api/types";
import SourceDocument from "../queries/Source.graphql";
import { idAfter, type ViewContext } from "../router";
import { claimCard } from "../ui/claims";
import { h } from "../ui/dom";
import { entityLink, formatDate, sourceByline } from "../ui/entities";
import { entityHref } from "../ui/links";
import { empty, loadInto } from "../ui/status";

interface MentionSpan {
  id: string;
  start: number;
  end: number;
  entity: EntityRef;
}

interface SourceData extends SourceRef {
  __typename: string;
  fileName: string;
  language: string | null;
  url: string | null;
  citation: string;
  contentHash: string;
  text: string;
  bodySpans: { start: number; end: number }[];
  reportingChain: { position: number; role: string; note: string | null; entity: EntityRef | null }[];
  mentions: { totalCount: number; nodes: MentionSpan[] };
  claims: { totalCount: number; nodes: ClaimCard[] };
}

/**
 * Renders text[start, end) with the mentions as links and the evidence as one <mark> covering exactly its offsets.
 * A mention that crosses the mark's edge is split in two links, so the mark stays one element.
 */
function renderRange(text: string, start: number, end: number, mentions: MentionSpan[], evidence: Evidence | undefined): Node[] {
  const cuts = new Set<number>([start, end]);
  for (const m of mentions) {
    if (m.end > start && m.start < end) {
      cuts.add(Math.max(m.start, start));
      cuts.add(Math.min(m.end, end));
    }
  }
  if (evidence && evidence.end > start && evidence.start < end) {
    cuts.add(Math.max(evidence.start, start));
    cuts.add(Math.min(evidence.end, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Node[] = [];
  let mark: HTMLElement | null = null;
  let lastLink: { element: HTMLElement; mention: MentionSpan; parent: HTMLElement | null } | null = null;
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const inMark = !!evidence && a >= evidence.start && b <= evidence.end;
    if (inMark && !mark) {
      mark = h("mark", { "data-start": evidence!.start, "data-end": evidence!.end, id: "evidence", tabindex: "-1" });
      out.push(mark);
    } else if (!inMark) {
      mark = null;
    }
    const mention = mentions.find((m) => m.start <= a && m.end >= b);
    const piece = text.slice(a, b);
    let node: Node;
    if (mention) {
      if (lastLink && lastLink.mention === mention && lastLink.parent === mark) {
        lastLink.element.append(piece);
        continue;
      }
      const link: HTMLElement = h(
        "a",
        { href: entityHref(mention.entity.id), className: `mention kind-${mention.entity.kind.toLowerCase()}`, title: `${kindLabels[mention.entity.kind]}: ${mention.entity.name}` },
        piece,
      );
      lastLink = { element: link, mention, parent: mark };
      node = link;
    } else {
      lastLink = null;
      node = document.createTextNode(piece);
    }
    if (mark) mark.append(node);
    else out.push(node);
  }
  return out;
}

function articleText(source: SourceData, evidence: Evidence | undefined): HTMLElement {
  const spans = [...source.bodySpans].sort((a, b) => a.start - b.start);
  const parts: HTMLElement[] = [];
  let cursor = 0;
  const furniture = (from: number, to: number) => {
    const text = source.text.slice(from, to);
    if (!text.trim()) return;
    parts.push(
      h(
        "details",
        { className: "furniture" },
        h("summary", {}, "Page furniture — ticker, navigation or boilerplate, not part of the article"),
        h("div", { className: "furniture-text", lang: source.language ?? "ar", dir: "rtl" }, ...renderRange(source.text, from, to, [], evidence)),
      ),
    );
  };
  for (const span of spans) {
    if (span.start > cursor) furniture(cursor, span.start);
    parts.push(h("div", { className: "body-text ar", lang: source.language ?? "ar", dir: "rtl" }, ...renderRange(source.text, span.start, span.end, source.mentions.nodes, evidence)));
    cursor = Math.max(cursor, span.end);
  }
  if (cursor < source.text.length) furniture(cursor, source.text.length);
  return h("div", { className: "article-text" }, parts);
}

export function sourceView({ url, signal, setTitle }: ViewContext): HTMLElement {
  const id = idAfter("/source/", url);
  const evidenceId = url.searchParams.get("evidence");
  setTitle(id);
  const body = h("div", { className: "source-page" });

  void loadInto(body, "the article", (s) => query<{ node: SourceData | null }>(SourceDocument, { id }, s), (data) => {
    const source = data.node;
    if (!source || source.__typename !== "Source") {
      setTitle("Unknown source");
      return [h("h1", {}, "Unknown source"), empty(`No article has the id “${id}”.`)];
    }
    setTitle(source.titleEn ?? source.title ?? source.id);
    const claimWithEvidence = evidenceId ? source.claims.nodes.find((c) => c.evidence.some((e) => e.id === evidenceId)) : undefined;
    const evidence = claimWithEvidence?.evidence.find((e) => e.id === evidenceId);
    const missing = evidenceId && !evidence ? h("p", { role: "alert", className: "status error" }, `The quote ${evidenceId} is not among this article's evidence.`) : null;
    const article = articleText(source, evidence);
    if (evidence) {
      requestAnimationFrame(() => {
        const mark = article.querySelector<HTMLElement>("mark");
        mark?.scrollIntoView({ block: "center" });
        mark?.focus({ preventScroll: true });
      });
    }
    return [
      h(
        "header",
        { className: "source-header" },
        h("p", { className: "muted" }, "Article"),
        source.title ? h("h1", { lang: source.language ?? "ar", dir: "rtl", className: "ar source-title" }, source.title) : h("h1", {}, source.id),
        source.titleEn ? h("p", { className: "lead" }, source.titleEn) : null,
        h("p", {}, sourceByline(source)),
        h("p", { className: "citation" }, h("strong", {}, "Cite as: "), source.citation),
        source.reportingChain.length
          ? h("p", { className: "muted" }, "Reporting chain: ", ...source.reportingChain.flatMap((l, i) => [i ? " ← " : "", l.entity ? entityLink(l.entity, { arabic: false }) : "unnamed", ` (${l.role.replace(/-/g, " ")})`]))
          : null,
        h("p", { className: "muted small" }, `File ${source.fileName} · SHA-256 ${source.contentHash.slice(0, 16)}…`, source.published ? ` · published ${formatDate(source.published)}` : ""),
      ),
      missing,
      evidence && claimWithEvidence
        ? h(
            "section",
            { className: "card evidence-card", "aria-labelledby": "evidence-heading" },
            h("h2", { id: "evidence-heading" }, "The highlighted quote"),
            h("p", {}, claimWithEvidence.text ?? ""),
            evidence.en ? h("p", { className: "gloss" }, `“${evidence.en}”`) : null,
            h("p", { className: "muted small" }, `Characters ${evidence.start}–${evidence.end} of the file (UTF-16), ${evidence.verified ? "verified verbatim" : "not found verbatim at these offsets"}.`),
          )
        : null,
      h(
        "div",
        { className: "source-columns" },
        h("article", { className: "card reader", "aria-label": "Article text" }, article),
        h(
          "aside",
          { className: "source-claims", "aria-labelledby": "source-claims-heading" },
          h("h2", { id: "source-claims-heading" }, "Claims read from this article ", h("span", { className: "count" }, `(${source.claims.totalCount})`)),
          source.claims.nodes.length ? h("div", { className: "claim-list" }, source.claims.nodes.map((c) => claimCard(c))) : empty("No claim has been curated from this article yet."),
          source.claims.totalCount > source.claims.nodes.length ? h("p", { className: "muted" }, `Showing the first ${source.claims.nodes.length} of ${source.claims.totalCount}.`) : null,
        ),
      ),
    ];
  }, signal);

  return h("section", { className: "page source" }, body);
}
