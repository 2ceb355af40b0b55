// Passage search (/passages?q=): the sentences of the article bodies that hold every searched word, best first, with
// the matched words marked. Each passage opens the source reader at its exact offsets (?start=&end=). Dates narrow the
// search to articles published between them (?from=&to=, YYYY, YYYY-MM or YYYY-MM-DD). There is no total: the API
// pages through ranked sentences without counting them all, so the view offers "Show more" while there are more.
import { query } from "../api/client";
import type { SourceRef } from "../api/types";
import PassagesDocument from "../queries/Passages.graphql";
import type { ViewContext } from "../router";
import { h, replaceChildren } from "../ui/dom";
import { sourceByline, sourceLink } from "../ui/entities";
import { navigate, sourceSpanHref } from "../ui/links";
import { empty, failure, loading } from "../ui/status";
import { markedText, sourceTextBlock, type Span } from "../ui/spans";

interface Passage {
  start: number;
  end: number;
  text: string;
  highlights: Span[];
  source: SourceRef;
}

interface PassagePage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Passage[];
}

const datePattern = "\\d{4}(-\\d{2}(-\\d{2})?)?";


function passageItem(passage: Passage): HTMLElement {
  return h(
    "li",
    { className: "passage" },
    h(
      "figure",
      { className: "quote" },
      sourceTextBlock(passage.source.language, markedText(passage.text, passage.start, passage.highlights)),
      h(
        "figcaption",
        {},
        sourceLink(passage.source),
        h("span", { className: "muted" }, sourceByline(passage.source)),
        h("a", { href: sourceSpanHref(passage.source.id, passage.start, passage.end), className: "read-in-source" }, "Read in source"),
      ),
    ),
  );
}

function field(id: string, label: string, value: string | null, attributes: Record<string, string>): HTMLElement {
  return h("div", { className: "field" }, h("label", { for: id }, label), h("input", { id, name: id, value: value ?? "", ...attributes }));
}

export function passagesView({ url, signal, setTitle }: ViewContext): HTMLElement {
  const q = url.searchParams.get("q")?.trim() ?? "";
  const from = url.searchParams.get("from")?.trim() || null;
  const to = url.searchParams.get("to")?.trim() || null;
  setTitle(q ? `Passages: ${q}` : "Passages");

  const form = h(
    "form",
    {
      role: "search",
      className: "passage-form",
      onsubmit: (event: Event) => {
        event.preventDefault();
        const data = new FormData(event.target as HTMLFormElement);
        const params = new URLSearchParams();
        for (const key of ["q", "from", "to"]) {
          const value = String(data.get(key) ?? "").trim();
          if (value) params.set(key, value);
        }
        navigate(`/passages${params.size ? `?${params}` : ""}`);
      },
    },
    h(
      "div",
      { className: "field grow" },
      h("label", { for: "passage-q" }, "Words to find in the articles"),
      h("input", { id: "passage-q", name: "q", type: "search", value: q, dir: "auto", autocomplete: "off", "aria-describedby": "passage-help" }),
    ),
    field("from", "Published from", from, { pattern: datePattern, placeholder: "YYYY-MM-DD", inputmode: "numeric", size: "10" }),
    field("to", "Published to", to, { pattern: datePattern, placeholder: "YYYY-MM-DD", inputmode: "numeric", size: "10" }),
    h("button", { type: "submit" }, "Find passages"),
    h(
      "p",
      { id: "passage-help", className: "muted small help" },
      "Arabic or Latin. Every word must be in the sentence; diacritics, letter variants and prefixes such as و or ال do not matter. Put words between double quotes to find them as a phrase.",
    ),
  );

  const summary = h("p", { className: "muted", role: "status" });
  const list = h("ol", { className: "passage-list plain" });
  const more = h("div", { className: "list-more" });

  if (!q) {
    replaceChildren(more, empty("Type words above to find the sentences of the articles that contain them, with each word marked."));
  } else {
    const where = from || to ? { publishedFrom: from, publishedTo: to } : null;
    let shown = 0;
    const page = async (after: string | null) => {
      list.setAttribute("aria-busy", "true");
      replaceChildren(more, loading(after ? "more passages" : "the passages"));
      try {
        const data = await query<{ passages: PassagePage }>(PassagesDocument, { text: q, where, after }, signal);
        if (signal.aborted) return;
        const p = data.passages;
        shown += p.nodes.length;
        list.append(...p.nodes.map(passageItem));
        list.removeAttribute("aria-busy");
        summary.textContent = shown ? `${shown} passage${shown === 1 ? "" : "s"}${p.pageInfo.hasNextPage ? " so far" : ""}, the closest matches first.` : "";
        if (!shown) replaceChildren(more, empty(`No sentence of the articles holds every word of “${q}”${where ? " in those dates" : ""}. Try fewer words, or another spelling.`));
        else if (p.pageInfo.hasNextPage) replaceChildren(more, h("button", { type: "button", onclick: () => void page(p.pageInfo.endCursor) }, "Show more passages"));
        else more.replaceChildren();
      } catch (error) {
        if (signal.aborted) return;
        list.removeAttribute("aria-busy");
        replaceChildren(more, failure("the passages", error, () => void page(after)));
      }
    };
    void page(null);
  }

  return h(
    "section",
    { className: "page narrow-wide" },
    h("h1", {}, "Passages"),
    h("p", { className: "lead" }, "Search the words of the articles themselves, not only names: each sentence found links to its exact place in the article."),
    form,
    summary,
    list,
    more,
  );
}
