// How entities and sources appear wherever they are named: a link with the kind's colour, the name in both scripts.
import { kindLabels, type EntityKind, type EntityRef, type SourceRef } from "../api/types";
import { arabic, h } from "./dom";
import { entityHref, sourceHref } from "./links";

export function kindBadge(kind: EntityKind): HTMLElement {
  return h("span", { className: `badge kind kind-${kind.toLowerCase()}` }, kindLabels[kind]);
}

export function entityLink(entity: EntityRef, options: { arabic?: boolean; badge?: boolean } = {}): HTMLElement {
  const showArabic = options.arabic ?? true;
  return h(
    "a",
    { href: entityHref(entity.id), className: `entity-link kind-${entity.kind.toLowerCase()}` },
    options.badge ? kindBadge(entity.kind) : h("span", { className: "kind-dot", "aria-hidden": "true" }),
    h("span", { className: "en-name" }, entity.name),
    showArabic && entity.nameAr ? " " : null,
    showArabic && entity.nameAr ? arabic(entity.nameAr, "span", "ar-name") : null,
  );
}

export function sourceTitle(source: SourceRef): string {
  return source.titleEn ?? source.title ?? source.id;
}

/** "Hespress, 2020-11-17" or what is known of it. */
export function sourceByline(source: SourceRef): string {
  const outlet = source.outlet?.name ?? "Outlet not stated";
  return `${outlet} · ${source.published ? formatDate(source.published) : "date not stated"}`;
}

export function sourceLink(source: SourceRef, evidenceId?: string): HTMLElement {
  return h("a", { href: sourceHref(source.id, evidenceId), className: "source-link" }, sourceTitle(source));
}

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** ISO dates and prefixes as people read them: 2020-11-17 → 17 November 2020, 2020-11 → November 2020, 2020 → 2020. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (!month) return year;
  const monthName = months[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
