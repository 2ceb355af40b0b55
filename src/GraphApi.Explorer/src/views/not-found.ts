import type { ViewContext } from "../router";
import { h } from "../ui/dom";

export function notFoundView({ url, setTitle }: ViewContext): HTMLElement {
  setTitle("Page not found");
  return h(
    "section",
    { className: "page narrow" },
    h("h1", {}, "Page not found"),
    h("p", {}, `The explorer has no page at ${url.pathname}. Search for a name above, or start from the `, h("a", { href: "/" }, "start page"), "."),
  );
}
