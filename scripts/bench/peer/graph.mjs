// Turns the importer's graph JSON ({ run, nodes, edges }, see src/GraphApi.Knowledge/Export/GraphProjection.cs)
// into in-memory indexes, in the orders our store documents (src/GraphApi.Knowledge/Stores/IKnowledgeStore.cs).

const ENTITY_KINDS = new Set(['Person', 'Institution', 'Event', 'Place', 'Program']);
const CLAIM_ROLE_EDGES = new Set(['subject', 'object', 'about', 'wasAttributedTo']);
const NON_RELATIONSHIP_EDGES = new Set([
  ...CLAIM_ROLE_EDGES, 'mentions', 'wasDerivedFrom', 'publishedBy', 'reportsVia', 'conflictsWith', 'corroborates',
]);

/** Ordinal (UTF-16 code unit) comparison, as the .NET store sorts ids. */
export const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

export function loadGraph(json) {
  const entities = new Map();
  const sources = new Map();
  const claims = new Map();
  for (const n of json.nodes) {
    if (ENTITY_KINDS.has(n.kind)) {
      entities.set(n.id, {
        __typename: n.kind, id: n.id, kind: n.kind.toUpperCase(), name: n.name, nameAr: n.nameAr ?? null,
        aliases: n.aliases ?? [], description: n.description ?? null, institutionType: n.institutionType ?? null,
        date: n.date ?? null, datePrecision: n.datePrecision ?? null,
      });
    } else if (n.kind === 'Source') {
      sources.set(n.id, {
        __typename: 'Source', id: n.id, fileName: n.file, title: n.title ?? null, titleEn: n.titleEn ?? null,
        published: n.published ?? null, language: n.language ?? null, url: n.url ?? null, contentHash: n.contentHash,
      });
    } else if (n.kind === 'Claim') {
      claims.set(n.id, {
        __typename: 'Claim', id: n.id, kind: n.claimKind.toUpperCase(), text: n.text ?? null, textAr: n.textAr ?? null,
        predicate: n.predicate ?? null, role: n.role ?? null, roleAr: n.roleAr ?? null, date: n.date ?? null,
        origin: n.origin, sourceId: n.sourceId, wasGeneratedBy: n.wasGeneratedBy, evidence: [],
        subjectId: null, objectId: null, speakerId: null,
      });
    }
  }

  const mentionsByEntity = new Map();
  const claimIdsByEntity = new Map();
  const edgesByEntity = new Map();
  const relationships = new Map();
  const conflicts = [];
  const push = (map, key, value) => (map.get(key) ?? map.set(key, []).get(key)).push(value);

  for (const e of json.edges) {
    if (e.type === 'mentions') {
      push(mentionsByEntity, e.target, {
        id: e.id, sourceId: e.source, entityId: e.target, start: e.start, end: e.end, text: e.text, sentence: e.sentence,
      });
    } else if (CLAIM_ROLE_EDGES.has(e.type)) {
      const claim = claims.get(e.source);
      if (e.type === 'subject') claim.subjectId = e.target;
      if (e.type === 'object') claim.objectId = e.target;
      if (e.type === 'wasAttributedTo') claim.speakerId = e.target;
      push(claimIdsByEntity, e.target, e.source);
    } else if (e.type === 'wasDerivedFrom') {
      claims.get(e.source).evidence.push({
        id: e.id, quote: e.quote, en: e.en ?? null, start: e.start, end: e.end, sentence: e.sentence,
        verified: e.verified, sourceId: e.target, sourceHash: e.sourceHash,
      });
    } else if (e.type === 'conflictsWith') {
      conflicts.push({ id: e.id, reason: e.reason, leftId: e.source, rightId: e.target });
    } else if (!NON_RELATIONSHIP_EDGES.has(e.type)) {
      const relationship = { id: e.id, type: e.type, fromId: e.source, toId: e.target, claimIds: e.claimIds ?? [] };
      relationships.set(e.id, relationship);
      push(edgesByEntity, e.source, { relationship, otherId: e.target });
      if (e.target !== e.source) push(edgesByEntity, e.target, { relationship, otherId: e.source });
    }
  }

  for (const list of mentionsByEntity.values()) {
    list.sort((a, b) => ordinal(a.sourceId, b.sourceId) || a.start - b.start || a.end - b.end || ordinal(a.id, b.id));
  }
  for (const [id, list] of claimIdsByEntity) claimIdsByEntity.set(id, [...new Set(list)].sort(ordinal));
  for (const list of edgesByEntity.values()) {
    list.sort((a, b) => ordinal(a.relationship.type, b.relationship.type) || ordinal(a.otherId, b.otherId)
      || ordinal(a.relationship.id, b.relationship.id));
  }
  for (const claim of claims.values()) claim.evidence.sort((a, b) => a.start - b.start || ordinal(a.id, b.id));
  conflicts.sort((a, b) => ordinal(a.id, b.id));

  return { entities, sources, claims, mentionsByEntity, claimIdsByEntity, edgesByEntity, relationships, conflicts };
}
