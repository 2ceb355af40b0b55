// Loading, empty and error states: every request shows one of them, so a page is never blank.
import { ApiError } from "../api/client";
import { h, replaceChildren } from "./dom";

export function loading(what: string): HTMLElement {
  return h("p", { role: "status", className: "status loading" }, h("span", { className: "spinner", "aria-hidden": "true" }), `Loading ${what}…`);
}

export function empty(text: string): HTMLElement {
  return h("p", { className: "status empty" }, text);
}

export function failure(what: string, error: unknown, retry?: () => void): HTMLElement {
  const message = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
  return h(
    "div",
    { role: "alert", className: "status error" },
    h("p", {}, h("strong", {}, `Could not load ${what}. `), message),
    retry ? h("button", { type: "button", onclick: () => retry() }, "Try again") : null,
  );
}

/**
 * Fills container with the result of fetch: a loading state first, then render's output, or an error with a retry
 * button. A later navigation aborts the request through signal, and nothing is rendered for it.
 */
export function loadInto<T>(
  container: HTMLElement,
  what: string,
  fetch: (signal: AbortSignal) => Promise<T>,
  render: (data: T) => Node | (Node | null)[] | null,
  signal: AbortSignal,
): Promise<T | undefined> {
  container.setAttribute("aria-busy", "true");
  replaceChildren(container, loading(what));
  return fetch(signal).then(
    (data) => {
      if (signal.aborted) return undefined;
      container.removeAttribute("aria-busy");
      const output = render(data);
      replaceChildren(container, ...(Array.isArray(output) ? output : [output]));
      return data;
    },
    (error: unknown) => {
      if (signal.aborted) return undefined;
      container.removeAttribute("aria-busy");
      replaceChildren(container, failure(what, error, () => void loadInto(container, what, fetch, render, signal)));
      return undefined;
    },
  );
}
