// Client-side routing over the fixed paths of issue 12. Same-origin links are followed with the History API, so the
// back button works and every view has a URL to share; the server answers each of these paths with index.html.
import { pathToId } from "./ui/links";

export interface ViewContext {
  url: URL;
  signal: AbortSignal;
  setTitle(title: string): void;
}

export type View = (context: ViewContext) => HTMLElement;

export interface Route {
  /** The first path segment ("" for the start page), or a prefix ending in "/" that takes an id. */
  match: (path: string) => boolean;
  view: View;
  /** The nav item the route belongs to, to mark it as the current page. */
  section?: string;
}

export function idAfter(prefix: string, url: URL): string {
  return pathToId(url.pathname.slice(prefix.length));
}

export class Router {
  private controller = new AbortController();

  constructor(
    private readonly routes: Route[],
    private readonly notFound: View,
    private readonly mount: (view: HTMLElement, section: string | undefined, focus: boolean) => void,
  ) {}

  start(): void {
    document.addEventListener("click", (event) => this.onClick(event));
    window.addEventListener("popstate", () => this.render(false));
    this.render(false);
  }

  navigate(href: string, replace = false): void {
    const url = new URL(href, location.href);
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
    this.render(true);
  }

  private onClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.("a");
    if (!anchor || anchor.target || anchor.hasAttribute("download")) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith("/graphql") || url.pathname.startsWith("/health")) return;
    event.preventDefault();
    if (url.pathname === location.pathname && url.search === location.search && url.hash) {
      history.pushState(null, "", url);
      document.getElementById(url.hash.slice(1))?.scrollIntoView();
      return;
    }
    this.navigate(url.href);
  }

  private render(focus: boolean): void {
    this.controller.abort();
    this.controller = new AbortController();
    const url = new URL(location.href);
    const route = this.routes.find((r) => r.match(url.pathname));
    const context: ViewContext = {
      url,
      signal: this.controller.signal,
      setTitle: (title) => {
        document.title = `${title} · GraphApi Explorer`;
      },
    };
    this.mount((route?.view ?? this.notFound)(context), route?.section, focus);
  }
}
