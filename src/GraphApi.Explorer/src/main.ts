import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "./styles.css";
import { Router, type Route } from "./router";
import { h, replaceChildren } from "./ui/dom";
import { searchBox } from "./ui/search";
import { tokenField } from "./ui/token";
import { conflictsView } from "./views/conflicts";
import { entityView } from "./views/entity";
import { homeView } from "./views/home";
import { notFoundView } from "./views/not-found";
import { passagesView } from "./views/passages";
import { pathView } from "./views/path";
import { reviewView } from "./views/review";
import { sourceView } from "./views/source";
import { timelineView } from "./views/timeline";

const routes: Route[] = [
  { match: (p) => p === "/", view: homeView },
  { match: (p) => p.startsWith("/entity/"), view: entityView },
  { match: (p) => p.startsWith("/source/"), view: sourceView },
  { match: (p) => p === "/conflicts", view: conflictsView, section: "/conflicts" },
  { match: (p) => p === "/path", view: pathView, section: "/path" },
  { match: (p) => p === "/timeline", view: timelineView, section: "/timeline" },
  { match: (p) => p === "/passages", view: passagesView, section: "/passages" },
  { match: (p) => p === "/review", view: reviewView, section: "/review" },
];

const sections: [string, string][] = [
  ["/conflicts", "Conflicts"],
  ["/path", "Path"],
  ["/timeline", "Timeline"],
  ["/passages", "Passages"],
  ["/review", "Review"],
];

const main = h("main", { id: "main", tabindex: "-1" });
const navLinks = sections.map(([href, label]) => h("a", { href }, label));

const app = document.getElementById("app")!;
replaceChildren(
  app,
  h("a", { className: "skip-link", href: "#main" }, "Skip to content"),
  h(
    "header",
    { className: "top" },
    h("a", { className: "brand", href: "/" }, "GraphApi ", h("span", {}, "Explorer")),
    searchBox({ label: "Search", className: "top-search" }),
    h("nav", { "aria-label": "Main" }, navLinks),
    tokenField(() => router.navigate(location.href, true)),
  ),
  main,
  h(
    "footer",
    { className: "bottom" },
    h("p", {}, "Every fact leads to the verbatim words of its source. The explorer reads the public GraphQL API at ", h("a", { href: "/graphql", target: "_blank" }, "/graphql"), "."),
  ),
);

const router = new Router(routes, notFoundView, (view, section, focus) => {
  replaceChildren(main, view);
  for (const link of navLinks) {
    if (link.getAttribute("href") === section) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (focus) {
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  }
});
router.start();
