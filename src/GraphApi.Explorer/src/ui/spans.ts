// Text with spans of it marked: a passage with the words the search matched, a sentence with the name a candidate was
// found as. Offsets are UTF-16, like the API's, so they index a JavaScript string directly.
import { h } from "./dom";

export interface Span {
  start: number;
  end: number;
}

/** text, whose first character is at offset, with each span (absolute, in order, not overlapping) as a <mark>. */
export function markedText(text: string, offset: number, spans: Span[]): Node[] {
  const out: Node[] = [];
  let cursor = 0;
  for (const span of spans) {
    const start = Math.max(span.start - offset, cursor);
    const end = Math.min(span.end - offset, text.length);
    if (end <= start) continue;
    if (start > cursor) out.push(document.createTextNode(text.slice(cursor, start)));
    out.push(h("mark", { "data-start": span.start, "data-end": span.end }, text.slice(start, end)));
    cursor = end;
  }
  if (cursor < text.length) out.push(document.createTextNode(text.slice(cursor)));
  return out;
}

/** A block of source text in its language's direction: Arabic right to left in the shipped font. */
export function sourceTextBlock(language: string | null | undefined, children: Node[], tag: "blockquote" | "p" = "blockquote"): HTMLElement {
  const lang = language ?? "ar";
  const rtl = /^(ar|fa|ur|he)$/.test(lang);
  return h(tag, { lang, dir: rtl ? "rtl" : "auto", className: rtl ? "ar" : "" }, children);
}
