// The search box (a real <input type="search">, so it has the searchbox role). Hits show as you type, debounced;
// each shows its kind, its name in both scripts and the name that matched. Arrow keys move from the box into the
// hits and between them; Escape closes them. As a picker (path, timeline) a hit is chosen instead of opened.
import { query } from "../api/client";
import type { EntityRef } from "../api/types";
import SearchDocument from "../queries/Search.graphql";
import { arabic, debounce, h, replaceChildren } from "./dom";
import { kindBadge } from "./entities";
import { entityHref } from "./links";
import { failure } from "./status";

interface SearchHit {
  score: number;
  matched: string;
  entity: EntityRef & { aliases: string[] };
}

let instances = 0;

function howMatched(hit: SearchHit): string {
  if (hit.matched === hit.entity.name) return "name";
  if (hit.matched === hit.entity.nameAr) return "Arabic name";
  return "alias";
}

export interface SearchOptions {
  label: string;
  placeholder?: string;
  /** Picker mode: called with the chosen entity instead of opening its page. */
  onPick?: (entity: EntityRef) => void;
  initial?: string;
  className?: string;
}

export function searchBox(options: SearchOptions): HTMLElement {
  const n = ++instances;
  const inputId = `search-${n}`;
  const resultsId = `search-results-${n}`;
  const input = h("input", {
    type: "search",
    id: inputId,
    name: "q",
    autocomplete: "off",
    spellcheck: "false",
    dir: "auto",
    placeholder: options.placeholder ?? "Name in Arabic or Latin script",
    "aria-controls": resultsId,
    "aria-describedby": `${resultsId}-status`,
  });
  input.value = options.initial ?? "";
  const status = h("p", { id: `${resultsId}-status`, className: "visually-hidden", role: "status" });
  const list = h("ul", { className: "hits", "aria-label": `${options.label} results` });
  const panel = h("div", { id: resultsId, className: "hits-panel", hidden: true }, list);
  let controller: AbortController | undefined;

  const close = () => {
    panel.hidden = true;
  };
  const items = () => [...list.querySelectorAll<HTMLElement>("a, button")];

  const opened = () => {
    close();
    input.value = "";
    status.textContent = "";
  };

  const choose = (entity: EntityRef) => {
    close();
    input.value = "";
    options.onPick?.(entity);
  };

  const hitContent = (hit: SearchHit) => [
    kindBadge(hit.entity.kind),
    h("span", { className: "hit-names" }, h("span", { className: "en-name" }, hit.entity.name), hit.entity.nameAr ? " " : null, hit.entity.nameAr ? arabic(hit.entity.nameAr, "span", "ar-name") : null),
    h("span", { className: "hit-match" }, `matched ${howMatched(hit)} `, /[\u0600-\u06ff]/.test(hit.matched) ? arabic(hit.matched) : h("span", {}, hit.matched)),
  ];

  const render = (text: string, hits: SearchHit[]) => {
    status.textContent = hits.length ? `${hits.length} ${hits.length === 1 ? "result" : "results"} for ${text}` : `No results for ${text}`;
    replaceChildren(
      list,
      hits.length
        ? hits.map((hit) =>
            h(
              "li",
              {},
              options.onPick
                ? h("button", { type: "button", className: "hit", onclick: () => choose(hit.entity) }, ...hitContent(hit))
                : h("a", { className: "hit", href: entityHref(hit.entity.id), onclick: opened }, ...hitContent(hit)),
            ),
          )
        : h("li", { className: "status empty" }, `Nothing matches “${text}”. Try another spelling, or fewer words.`),
    );
    panel.hidden = false;
  };

  const run = debounce(async (text: string) => {
    controller?.abort();
    if (text.trim().length < 2) {
      close();
      status.textContent = "";
      return;
    }
    controller = new AbortController();
    const signal = controller.signal;
    replaceChildren(list, h("li", { className: "status loading" }, h("span", { className: "spinner", "aria-hidden": "true" }), "Searching…"));
    panel.hidden = false;
    try {
      const data = await query<{ search: SearchHit[] }>(SearchDocument, { text: text.trim(), first: 10 }, signal);
      if (!signal.aborted) render(text.trim(), data.search);
    } catch (error) {
      if (!signal.aborted) replaceChildren(list, h("li", {}, failure("search results", error, () => run(input.value))));
    }
  }, 200);

  input.addEventListener("input", () => run(input.value));
  input.addEventListener("focus", () => {
    if (list.childElementCount && input.value.trim().length >= 2) panel.hidden = false;
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && !panel.hidden) {
      event.preventDefault();
      items()[0]?.focus();
    } else if (event.key === "Escape") {
      close();
    } else if (event.key === "Enter") {
      event.preventDefault();
      const first = items()[0];
      if (!panel.hidden && first) first.click();
    }
  });
  list.addEventListener("keydown", (event) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    if (event.key === "ArrowDown") {
      event.preventDefault();
      all[Math.min(index + 1, all.length - 1)]?.focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (index <= 0) input.focus();
      else all[index - 1]?.focus();
    } else if (event.key === "Escape") {
      close();
      input.focus();
    }
  });

  const root = h(
    "div",
    { className: `search ${options.className ?? ""}`.trim() },
    h("label", { for: inputId }, options.label),
    h("div", { className: "search-field" }, input, panel),
    status,
  );
  root.addEventListener("focusout", (event) => {
    const next = (event as FocusEvent).relatedTarget as Node | null;
    if (!next || !root.contains(next)) close();
  });
  return root;
}
