// A few typed helpers for building the DOM; the explorer has no framework, its views are functions that return elements.

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Creates an element: attributes (on* keys become listeners, false/null/undefined are left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      element.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === "className") {
      element.className = String(value);
    } else {
      element.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

export function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** Arabic text: right to left, in the shipped font, marked as Arabic for screen readers. */
export function arabic(text: string, tag: "span" | "p" | "blockquote" | "div" = "span", className = ""): HTMLElement {
  return h(tag, { lang: "ar", dir: "rtl", className: `ar ${className}`.trim() }, text);
}

/** Text that may be in either script: Arabic letters get the Arabic treatment, the rest stays as it is. */
export function anyScript(text: string, className = ""): HTMLElement {
  return /[\u0600-\u06ff]/.test(text) ? arabic(text, "span", className) : h("span", { className, dir: "auto" }, text);
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: number | undefined;
  return (...args: A) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => fn(...args), ms);
  };
}
