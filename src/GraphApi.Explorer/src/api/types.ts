// The shapes of the explorer's fragments (queries/fragments), as the server returns them.

export type EntityKind = "PERSON" | "INSTITUTION" | "EVENT" | "PLACE" | "PROGRAM";

export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
  nameAr: string | null;
}

export interface SourceRef {
  id: string;
  /** Asked for where the text is shown (an ISO 639-1 code), so the text gets its script's direction. */
  language?: string | null;
  title: string | null;
  titleEn: string | null;
  published: string | null;
  outlet: { id: string; name: string; nameAr: string | null } | null;
}

export interface Evidence {
  id: string;
  quote: string;
  en: string | null;
  start: number;
  end: number;
  verified: boolean;
}

export interface Quantity {
  metric: string;
  value: number;
  qualifier: "EXACTLY" | "MORE_THAN" | "AT_LEAST" | "ABOUT" | "LESS_THAN" | "AT_MOST";
  unit: string | null;
  since: string | null;
  asOf: string | null;
}

/** How an unreviewed claim was extracted (docs/extraction.md). */
export interface Extraction {
  method: string;
  confidence: number;
  cue: string;
}

export interface ClaimCard {
  id: string;
  kind: "STATEMENT" | "RELATION" | "QUANTITY";
  text: string | null;
  textAr: string | null;
  date: string | null;
  predicate: string | null;
  role: string | null;
  roleAr: string | null;
  quantity: Quantity | null;
  period: { from: string | null; to: string | null } | null;
  subject: EntityRef | null;
  object: EntityRef | null;
  speaker: EntityRef | null;
  source: SourceRef;
  evidence: Evidence[];
  conflicts: { id: string; reason: string }[];
  corroborations: { id: string; reason: string }[];
  /** False for a claim extracted from an article without curated claims: no person has checked it yet. */
  reviewed: boolean;
  extraction: Extraction | null;
  // Issue 18 (attribution) adds these; the card shows them when the server sends them.
  attribution?: string | null;
  modality?: string | null;
}

export const kindLabels: Record<EntityKind, string> = {
  PERSON: "Person",
  INSTITUTION: "Institution",
  EVENT: "Event",
  PLACE: "Place",
  PROGRAM: "Programme",
};

export interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}
