// Resolvers of the graphql-js peer for the fields the load mix uses. Orders and paging follow our store's
// documented orders; search is a simpler scorer than ours (fold, strip proclitics, exact/prefix/edit-distance words).
import { ordinal } from './graph.mjs';

const MAX_PAGE = 100;

export function attachResolvers(schema, graph) {
  const entity = (id) => graph.entities.get(id) ?? null;
  const source = (id) => graph.sources.get(id) ?? null;
  const claim = (id) => graph.claims.get(id) ?? null;
  const node = (id) => entity(id) ?? claim(id) ?? source(id);
  const set = (typeName, fieldName, resolve) => {
    schema.getType(typeName).getFields()[fieldName].resolve = resolve;
  };

  set('Query', 'node', (_, { id }) => node(id));
  set('Query', 'search', (_, { text, kinds, first }) => search(graph, text, kinds, first ?? 10));
  set('Query', 'conflicts', () => graph.conflicts);
  set('Query', 'path', (_, { from, to, maxHops }) => shortestPath(graph, from, to, maxHops));
  set('Query', 'neighborhood', (_, { id, depth, first }) => neighborhood(graph, id, depth, first));

  for (const type of ['Person', 'Institution', 'Event', 'Place', 'Program']) {
    set(type, 'mentions', (e, args) => page(graph.mentionsByEntity.get(e.id) ?? [], args));
    set(type, 'claims', (e, args) => {
      let list = (graph.claimIdsByEntity.get(e.id) ?? []).map(claim);
      if (args.role === 'SUBJECT') list = list.filter((c) => c.subjectId === e.id);
      if (args.role === 'OBJECT') list = list.filter((c) => c.objectId === e.id);
      if (args.role === 'SPEAKER') list = list.filter((c) => c.speakerId === e.id);
      if (args.kind) list = list.filter((c) => c.kind === args.kind);
      return page(list, args);
    });
  }
  set('Mention', 'source', (m) => source(m.sourceId));
  set('Mention', 'entity', (m) => entity(m.entityId));
  set('Claim', 'source', (c) => source(c.sourceId));
  set('Claim', 'subject', (c) => entity(c.subjectId));
  set('Claim', 'object', (c) => entity(c.objectId));
  set('Claim', 'speaker', (c) => entity(c.speakerId));
  set('Evidence', 'source', (ev) => source(ev.sourceId));
  set('Conflict', 'left', (c) => claim(c.leftId));
  set('Conflict', 'right', (c) => claim(c.rightId));
  set('Conflict', 'claims', (c) => [claim(c.leftId), claim(c.rightId)]);
  set('Relationship', 'from', (r) => entity(r.fromId));
  set('Relationship', 'to', (r) => entity(r.toId));
  set('Relationship', 'claims', (r) => r.claimIds.map(claim));
  set('PathHop', 'from', (h) => entity(h.fromId));
  set('PathHop', 'to', (h) => entity(h.toId));
  set('PathHop', 'claims', (h) => h.relationship.claimIds.map(claim));
  set('Path', 'length', (p) => p.length);
  set('Path', 'hops', (p) => p);
  set('Path', 'nodes', (p) => (p.length === 0 ? [] : [entity(p[0].fromId), ...p.map((h) => entity(h.toId))]));
  set('SubgraphEdge', 'source', (r) => r.fromId);
  set('SubgraphEdge', 'target', (r) => r.toId);
  set('SubgraphEdge', 'relationship', (r) => r);
}

/** Relay connection over a list already in order; cursors are positions. */
function page(list, { first, after }) {
  const start = after ? Number(Buffer.from(after, 'base64').toString()) + 1 : 0;
  const count = Math.min(first ?? MAX_PAGE, MAX_PAGE);
  const items = list.slice(start, start + count);
  const edges = items.map((item, i) => ({ cursor: Buffer.from(String(start + i)).toString('base64'), node: item }));
  return {
    totalCount: list.length,
    nodes: items,
    edges,
    pageInfo: {
      hasNextPage: start + count < list.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function shortestPath(graph, fromId, toId, maxHops) {
  if (!graph.entities.has(fromId) || !graph.entities.has(toId)) return null;
  if (fromId === toId) return [];
  const previous = new Map();
  const seen = new Set([fromId]);
  let frontier = [fromId];
  for (let depth = 0; depth < maxHops && frontier.length > 0; depth++) {
    const next = [];
    for (const at of frontier) {
      for (const { relationship, otherId } of graph.edgesByEntity.get(at) ?? []) {
        if (seen.has(otherId)) continue;
        seen.add(otherId);
        previous.set(otherId, { fromId: at, toId: otherId, relationship });
        if (otherId === toId) {
          const hops = [];
          for (let id = toId; id !== fromId; id = previous.get(id).fromId) hops.push(previous.get(id));
          return hops.reverse();
        }
        next.push(otherId);
      }
    }
    frontier = next;
  }
  return null;
}

function neighborhood(graph, id, depth, first) {
  if (!graph.entities.has(id)) return { nodes: [], edges: [], truncated: false };
  const distance = new Map([[id, 0]]);
  const edges = new Map();
  let truncated = false;
  let frontier = [id];
  for (let level = 1; level <= depth && frontier.length > 0; level++) {
    const next = [];
    for (const from of frontier) {
      const all = graph.edgesByEntity.get(from) ?? [];
      truncated ||= all.length > first;
      for (const { relationship, otherId } of all.slice(0, first)) {
        if (!edges.has(relationship.id)) edges.set(relationship.id, relationship);
        if (!distance.has(otherId)) {
          distance.set(otherId, level);
          next.push(otherId);
        }
      }
    }
    frontier = next;
  }
  const nodes = [...distance].sort((a, b) => a[1] - b[1] || ordinal(a[0], b[0])).map(([n]) => graph.entities.get(n));
  const drawn = [...edges.values()]
    .filter((r) => distance.has(r.fromId) && distance.has(r.toId))
    .sort((a, b) => ordinal(a.id, b.id));
  return { nodes, edges: drawn, truncated };
}

// ---- search

const HARAKAT = /[\u064B-\u0655\u0670\u0640\u200B-\u200F\u061C\uFEFF]/g;

function fold(text) {
  return text
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')
    .replace(HARAKAT, '')
    .replace(/[أإآٱ]/g, 'ا').replace(/[ؤئ]/g, 'ء').replace(/ة/g, 'ه').replace(/[ىی]/g, 'ي').replace(/ک/g, 'ك')
    .toLowerCase();
}

function stripProclitics(word) {
  let w = word;
  const strip = (prefix) => {
    if (w.startsWith(prefix) && w.length - prefix.length >= 3) w = w.slice(prefix.length);
  };
  if (!/[\u0600-\u06FF]/.test(w)) return w;
  strip('و'); strip('ف');
  if (w.startsWith('لل') && w.length - 2 >= 3) return w.slice(2);
  strip('ب'); strip('ك'); strip('ل');
  strip('ال');
  return w;
}

const keys = (text) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stripProclitics);

function editDistance(a, b, bound) {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

function wordScore(q, k) {
  if (q === k) return 1;
  if (q.length >= 3 && k.startsWith(q)) return 0.8;
  const bound = q.length < 4 ? 0 : q.length <= 7 ? 1 : 2;
  return bound > 0 && editDistance(q, k, bound) <= bound ? 0.6 : 0;
}

function search(graph, text, kinds, first) {
  const query = [...new Set(keys(text))];
  if (query.length === 0 || first <= 0) return [];
  const hits = [];
  for (const e of graph.entities.values()) {
    if (kinds && kinds.length > 0 && !kinds.includes(e.kind)) continue;
    let best = null;
    for (const name of [e.name, e.nameAr, ...e.aliases].filter(Boolean)) {
      const nameKeys = keys(name);
      let score = 0;
      for (const q of query) {
        const s = Math.max(0, ...nameKeys.map((k) => wordScore(q, k)));
        if (s === 0) { score = 0; break; }
        score += s;
      }
      if (score === 0) continue;
      score /= Math.max(nameKeys.length, query.length);
      if (nameKeys.length === query.length && nameKeys.every((k, i) => k === query[i])) score += 1;
      if (!best || score > best.score) best = { entity: e, score: Math.round(score * 1e6) / 1e6, matched: name };
    }
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => b.score - a.score || ordinal(a.entity.id, b.entity.id)).slice(0, first);
}
