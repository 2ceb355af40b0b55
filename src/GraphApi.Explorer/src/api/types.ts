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
  // Issue 13 (extraction) and 18 (attribution) add these; the card shows them when the server sends them.
  reviewed?: boolean | null;
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
