// The token field (issue 16): a journalist with a reader's or editor's bearer token pastes it here, and the explorer
// sends it with every request, so internal and embargoed sources appear. The token lives in api/client.ts's memory
// only: not in storage, a cookie or the URL, and not in this field once used. "Forget", a reload or closing the tab
// returns to what anonymous callers read.
import { hasToken, setToken } from "../api/client";
import { h } from "./dom";

export function tokenField(onChange: () => void): HTMLElement {
  const input = h("input", { type: "password", id: "token-input", name: "token", autocomplete: "off", spellcheck: "false" });
  const state = h("p", { className: "token-state", role: "status" });
  const summary = h("summary", {});

  function show(): void {
    summary.textContent = hasToken() ? "Token: on" : "Token";
    state.textContent = hasToken() ? "A token is in use: internal sources are included." : "No token: public sources only.";
  }

  function use(token: string | null): void {
    setToken(token);
    input.value = "";
    show();
    details.open = false;
    onChange();
  }

  const form = h(
    "form",
    {
      className: "token-form",
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (input.value.trim()) use(input.value);
      },
    },
    h("label", { for: "token-input" }, "Bearer token"),
    input,
    h("div", { className: "token-actions" }, h("button", { type: "submit" }, "Use"), h("button", { type: "button", onclick: () => use(null) }, "Forget")),
    state,
    h("p", { className: "small" }, "Kept in this tab's memory only; reloading the page forgets it."),
  );
  const details = h("details", { className: "token" }, summary, form);
  show();
  return details;
}
