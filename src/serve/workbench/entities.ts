/**
 * The entity view (names, classes, background facts, claims grouped by property, each group
 * in date order and paged), the neighbourhood drawn around an entity, and a label search.
 */
import N3 from 'n3';
import type * as RDF from '@rdfjs/types';
import { PREFIXES } from '../../graph/vocab.js';
import { HttpError } from '../protocol.js';
import { T, type WorkbenchReader } from './reader.js';
import type { ClaimGroup, ClaimView, EntityView, ModalityName, Neighbourhood, PolarityName, SearchResult } from './types.js';

const { namedNode } = N3.DataFactory;

/** Claims of one group sorted for display, kept per reader for the groups asked for last. */
interface SortedGroup {
  property: string;
  direction: 'out' | 'in';
  claims: string[];
}

/** Entities whose sorted claim groups are kept (the busiest entity's take ~10-100 ms to sort at 1M triples). */
const GROUP_CACHE_ENTRIES = 64;
const groupCache = new WeakMap<WorkbenchReader, Map<string, SortedGroup[]>>();

/**
 * Drawings kept per reader, least recently used out first: the busiest entity's two-hop
 * neighbourhood reads some 20,000 claims at 1M triples (0.2-1 s, the slowest part of its page),
 * and the graph does not change while the server runs.
 */
const NEIGHBOURHOOD_CACHE_ENTRIES = 64;
const neighbourhoodCache = new WeakMap<WorkbenchReader, Map<string, Neighbourhood>>();

/**
 * Entity views kept per reader (the first page of each group, as the page asks for it): the
 * busiest entity's at 1M triples describes 70 claims with their sources, ~40 ms on a quiet
 * machine, for an answer that does not change while the server runs.
 */
const ENTITY_VIEW_CACHE_ENTRIES = 16;
const entityViewCache = new WeakMap<WorkbenchReader, Map<string, EntityView>>();

/** A memo of `make()` under `key` in a per-reader LRU map of at most `max` entries. */
function remembered<V>(caches: WeakMap<WorkbenchReader, Map<string, V>>, r: WorkbenchReader, key: string, max: number, make: () => V): V {
  let cache = caches.get(r);
  if (!cache) caches.set(r, (cache = new Map()));
  const hit = cache.get(key);
  if (hit !== undefined) {
    // least recently used goes first out: re-insert on use
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = make();
  cache.set(key, value);
  if (cache.size > max) cache.delete(cache.keys().next().value!);
  return value;
}

/** The entity IRI for a path id: `cgr:<id>`, or the id itself when it is a whole IRI. */
export function entityIri(id: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(id) ? id : `${PREFIXES.cgr}${id}`;
}

function claimNodes(r: WorkbenchReader, iri: string, role: RDF.NamedNode): RDF.Term[] {
  return r.store.getSubjects(role, namedNode(iri), null).filter((c) => r.store.countQuads(c, T.type, T.claim, null) > 0);
}

/** The first `limit` claim nodes with the entity in a role, and whether there are more (stops reading there: a hub has tens of thousands). */
function someClaimNodes(r: WorkbenchReader, iri: string, role: RDF.NamedNode, limit: number): { claims: RDF.Term[]; more: boolean } {
  const claims: RDF.Term[] = [];
  let more = false;
  r.store.some((q) => {
    if (r.store.countQuads(q.subject, T.type, T.claim, null) === 0) return false;
    if (claims.length >= limit) return (more = true);
    claims.push(q.subject);
    return false;
  }, null, role, namedNode(iri), null);
  return { claims, more };
}

/** The earliest date any source of a claim speaks at (comment date or article date). */
function claimDate(r: WorkbenchReader, claim: RDF.Term): string | undefined {
  let best: string | undefined;
  const sentences = new Set<string>(r.store.getObjects(claim, T.derivedFrom, null).map((s) => s.value));
  for (const q of r.store.getObjects(claim, T.quote, null)) {
    const s = r.one(q, T.nifSentence);
    if (s) sentences.add(s);
  }
  for (const s of sentences) {
    const info = r.sentence(s);
    if (!info) continue;
    const article = r.articleOfContext(info.context);
    const speaker = r.speaker(info, article);
    const date = speaker.kind === 'reader' ? (speaker.date ?? article?.date) : article?.date;
    if (date && (!best || date < best)) best = date;
  }
  return best;
}

function sortedGroups(r: WorkbenchReader, iri: string): SortedGroup[] {
  return remembered(groupCache, r, iri, GROUP_CACHE_ENTRIES, () => readGroups(r, iri));
}

function readGroups(r: WorkbenchReader, iri: string): SortedGroup[] {
  const groups = new Map<string, { property: string; direction: 'out' | 'in'; claims: Array<{ iri: string; date?: string }> }>();
  for (const [role, direction] of [[T.subject, 'out'], [T.object, 'in']] as const) {
    for (const c of claimNodes(r, iri, role)) {
      const p = r.one(c, T.predicate);
      if (!p) continue;
      const key = `${direction} ${p}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { property: p, direction, claims: [] }));
      g.claims.push({ iri: c.value, date: claimDate(r, c) });
    }
  }
  const out = [...groups.values()]
    .sort((a, b) => (a.direction === b.direction ? r.label(a.property).localeCompare(r.label(b.property)) : a.direction === 'out' ? -1 : 1))
    .map((g) => ({
      property: g.property,
      direction: g.direction,
      claims: g.claims
        .sort((a, b) => (a.date === b.date ? (a.iri < b.iri ? -1 : 1) : !a.date ? 1 : !b.date ? -1 : a.date < b.date ? -1 : 1))
        .map((c) => c.iri),
    }));
  return out;
}

/**
 * A claim with its first `max` sources (all when `max` is 0 or more than it has), saying how
 * many it has: a claim stated in dozens of articles (a group's membership repeated by each)
 * otherwise fills a page with the same sentence.
 */
function firstSources(c: ClaimView, max: number): ClaimView {
  return max > 0 && c.sources.length > max ? { ...c, sources: c.sources.slice(0, max), sourcesTotal: c.sources.length } : c;
}

function page(r: WorkbenchReader, g: SortedGroup, offset: number, limit: number, maxSources = 0): ClaimGroup {
  const claims = g.claims.slice(offset, offset + limit).map((c) => r.claim(c)).filter((c): c is ClaimView => !!c).map((c) => firstSources(c, maxSources));
  return { property: r.ref(g.property), direction: g.direction, total: g.claims.length, offset, claims };
}

function exists(r: WorkbenchReader, iri: string): boolean {
  const node = namedNode(iri);
  return r.store.countQuads(node, null, null, null) > 0 || r.store.countQuads(null, null, node, null) > 0;
}

/**
 * The entity view with the first `perGroup` claims of each group (each with its first
 * `maxSources` sources when that is more than 0); with `claim`, also where that claim sits (its
 * group and index), so a page can show it however deep it is.
 *
 * @example
 * ```ts
 * entityView(reader, 'https://w3id.org/claimgraph/resource/freedonia', 10).groups.length;
 * ```
 */
export function entityView(r: WorkbenchReader, iri: string, perGroup: number, claim?: string, maxSources = 0): EntityView {
  if (!exists(r, iri)) throw new HttpError(404, `nothing in the graph is named <${iri}>`, 'NOT_FOUND');
  return remembered(entityViewCache, r, `${perGroup} ${maxSources} ${claim ?? '-'} ${iri}`, ENTITY_VIEW_CACHE_ENTRIES, () => readEntityView(r, iri, perGroup, claim, maxSources));
}

function readEntityView(r: WorkbenchReader, iri: string, perGroup: number, claim: string | undefined, maxSources: number): EntityView {
  const node = namedNode(iri);
  const groups = sortedGroups(r, iri);
  // a triple with the entity as subject that no claim node backs is background (entities.yaml)
  const backed = new Set<string>();
  for (const g of groups) if (g.direction === 'out') for (const c of g.claims) backed.add(`${g.property} ${r.one(c, T.object)}`);
  const background: EntityView['background'] = [];
  const skip = new Set<string>([T.type.value, T.label.value, T.altLabel.value, T.comment.value]);
  for (const q of r.store.getQuads(node, null, null, null)) {
    if (skip.has(q.predicate.value) || backed.has(`${q.predicate.value} ${q.object.value}`)) continue;
    if (background.length >= 200) break;
    background.push({ property: r.ref(q.predicate.value), value: r.value(q.object) });
  }
  const comment = r.one(node, T.comment);
  return {
    entity: {
      ...r.ref(iri),
      altLabels: r.store.getObjects(node, T.altLabel, null).map((t) => t.value).sort(),
      classes: r.store.getObjects(node, T.type, null).map((t) => r.ref(t.value)).sort((a, b) => a.label.localeCompare(b.label)),
      ...(comment ? { comment } : {}),
    },
    background,
    groups: groups.map((g) => page(r, g, 0, perGroup, maxSources)),
    totalClaims: groups.reduce((n, g) => n + g.claims.length, 0),
    ...(claim !== undefined ? { focus: locate(groups, claim) } : {}),
  };
}

/** Where a claim sits among the entity's groups (null when it is not one of them). */
function locate(groups: SortedGroup[], claim: string): EntityView['focus'] {
  for (const g of groups) {
    const index = g.claims.indexOf(claim);
    if (index >= 0) return { claim, property: g.property, direction: g.direction, index };
  }
  return null;
}

/**
 * One more page of one group of an entity's claims (each with its first `maxSources` sources
 * when that is more than 0).
 *
 * @example
 * ```ts
 * entityClaims(reader, iri, `${cg}memberOf`, 'out', 10, 25).claims;
 * ```
 */
export function entityClaims(r: WorkbenchReader, iri: string, property: string, direction: 'out' | 'in', offset: number, limit: number, maxSources = 0): ClaimGroup {
  const g = sortedGroups(r, iri).find((x) => x.property === property && x.direction === direction);
  if (!g) throw new HttpError(404, `<${iri}> has no claims with ${direction === 'out' ? 'property' : 'inverse property'} <${property}>`, 'NOT_FOUND');
  return page(r, g, offset, limit, maxSources);
}

/**
 * Claims of one entity read for the neighbourhood at most: all of the centre's up to 2,000, and
 * up to 300 of each entity one hop out (a hub's thousands of claims are sampled in index order;
 * the drawing says `truncated`). Reading every claim of forty busy neighbours at 1M triples
 * cost seconds for a drawing that keeps forty nodes.
 */
const CLAIMS_PER_CENTRE = 2_000;
const CLAIMS_PER_NEIGHBOUR = 300;

/**
 * Entities one or two claims away, the busiest first, at most `maxNodes`; edges are the claims
 * between the kept nodes, each with its polarity and modality.
 *
 * @example
 * ```ts
 * const n = neighbourhood(reader, iri, 2, 60);
 * n.edges.filter((e) => e.polarity === 'negative');
 * ```
 */
export function neighbourhood(r: WorkbenchReader, iri: string, hops: number, maxNodes: number, maxEdges = 150): Neighbourhood {
  if (!exists(r, iri)) throw new HttpError(404, `nothing in the graph is named <${iri}>`, 'NOT_FOUND');
  return remembered(neighbourhoodCache, r, `${hops} ${maxNodes} ${maxEdges} ${iri}`, NEIGHBOURHOOD_CACHE_ENTRIES, () => drawNeighbourhood(r, iri, hops, maxNodes, maxEdges));
}

function drawNeighbourhood(r: WorkbenchReader, iri: string, hops: number, maxNodes: number, maxEdges: number): Neighbourhood {
  const hop = new Map<string, number>([[iri, 0]]);
  let truncated = false;
  // set by endsOf when a centre had more claims than were read
  let sampled = false;
  type Edge = Neighbourhood['edges'][number];
  // first only the ends of each claim (two look-ups); the rest is read for the edges kept
  const ends = new Map<string, { s: string; o: string }>();
  const endsOf = (center: string, limit: number): Array<{ claim: string; s: string; o: string }> => {
    const out: Array<{ claim: string; s: string; o: string }> = [];
    for (const role of [T.subject, T.object]) {
      const { claims, more } = someClaimNodes(r, center, role, limit);
      if (more) truncated = sampled = true;
      for (const c of claims) {
        let e = ends.get(c.value);
        if (!e) {
          const s = r.store.getObjects(c, T.subject, null)[0];
          const o = r.store.getObjects(c, T.object, null)[0];
          if (!s || !o || s.termType !== 'NamedNode' || o.termType !== 'NamedNode') continue;
          ends.set(c.value, (e = { s: s.value, o: o.value }));
        }
        out.push({ claim: c.value, ...e });
      }
    }
    return out;
  };
  const seen = new Set<string>();
  const reach: Neighbourhood['reach'] = [];
  // the count of a ring is exact while every entity of the rings inside it was read in full
  let complete = true;
  let frontier = [iri];
  for (let h = 1; h <= hops && frontier.length > 0; h++) {
    // rank candidates by how many claims tie them to what is already drawn
    const score = new Map<string, number>();
    sampled = false;
    for (const center of frontier) {
      for (const e of endsOf(center, h === 1 ? CLAIMS_PER_CENTRE : CLAIMS_PER_NEIGHBOUR)) {
        seen.add(e.claim);
        for (const end of [e.s, e.o]) if (!hop.has(end)) score.set(end, (score.get(end) ?? 0) + 1);
      }
    }
    const room = Math.max(0, maxNodes - hop.size);
    const ranked = [...score].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (ranked.length > room) truncated = true;
    const next = ranked.slice(0, room).map(([n]) => n);
    for (const n of next) hop.set(n, h);
    complete &&= !sampled;
    reach.push({ hop: h, found: ranked.length, drawn: next.length, exact: complete });
    // the next ring is read from the entities kept here only
    if (next.length < ranked.length) complete = false;
    frontier = next;
  }
  const edges = new Map<string, Edge>();
  for (const c of [...seen].sort()) {
    const e = ends.get(c)!;
    if (!hop.has(e.s) || !hop.has(e.o)) continue;
    const node = namedNode(c);
    const p = r.one(node, T.predicate);
    if (!p) continue;
    edges.set(c, {
      claim: c,
      claims: [],
      source: e.s,
      target: e.o,
      predicate: r.ref(p),
      polarity: (r.one(node, T.polarity)?.endsWith('Negative') ? 'negative' : 'positive') as PolarityName,
      modality: lower(r.one(node, T.modality) ?? 'Stated') as ModalityName,
    });
  }
  // the edges among the outermost ring were not read from their side yet: they are among the
  // claims read, because each edge touches a node of an earlier ring, or is left out.
  // Claims with the same ends, property, polarity and modality are one drawn edge (with all
  // their claims): a pair of countries with forty membership claims is one line, not forty.
  const merged = new Map<string, Neighbourhood['edges'][number]>();
  for (const e of [...edges.values()].sort((a, b) => (a.claim < b.claim ? -1 : 1))) {
    const key = `${e.source} ${e.target} ${e.predicate.iri} ${e.polarity} ${e.modality}`;
    const m = merged.get(key);
    if (m) m.claims.push(e.claim);
    else merged.set(key, { ...e, claims: [e.claim] });
  }
  // past the edge limit, the edges nearest the centre are kept
  let drawn = [...merged.values()];
  const edgesFound = drawn.length;
  if (drawn.length > maxEdges) {
    truncated = true;
    const rank = (e: Neighbourhood['edges'][number]): number => Math.max(hop.get(e.source)!, hop.get(e.target)!) * 2 + Math.min(hop.get(e.source)!, hop.get(e.target)!);
    drawn = drawn.sort((a, b) => rank(a) - rank(b) || b.claims.length - a.claims.length || (a.claim < b.claim ? -1 : 1)).slice(0, maxEdges);
  }
  return {
    center: iri,
    hops,
    truncated,
    reach,
    edgesFound,
    nodes: [...hop].map(([n, h]) => ({ ...r.ref(n), hop: h, classes: r.store.getObjects(namedNode(n), T.type, null).map((t) => t.value) })),
    edges: drawn.sort((a, b) => (a.claim < b.claim ? -1 : 1)),
  };
}

function lower(iri: string): string {
  const local = iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
  return local[0]!.toLowerCase() + local.slice(1);
}

/**
 * Entities whose label or other name contains the text (exact, then prefix, then the rest;
 * the most claimed first within each).
 *
 * @example
 * ```ts
 * search(reader, 'fred', 10).entities[0].label; // 'Freedonia'
 * ```
 */
export function search(r: WorkbenchReader, q: string, limit: number): SearchResult {
  const needle = q.trim().toLowerCase();
  if (!needle) return { q, entities: [] };
  const hits = new Map<string, number>();
  for (const p of [T.label, T.altLabel]) {
    for (const quad of r.store.getQuads(null, p, null, null)) {
      if (quad.subject.termType !== 'NamedNode') continue;
      const text = quad.object.value.toLowerCase();
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const rank = text === needle ? 0 : at === 0 ? 1 : 2;
      const prev = hits.get(quad.subject.value);
      if (prev === undefined || rank < prev) hits.set(quad.subject.value, rank);
    }
  }
  const scored = [...hits].map(([iri, rank]) => ({
    iri,
    rank,
    claims: r.store.countQuads(null, T.subject, namedNode(iri), null) + r.store.countQuads(null, T.object, namedNode(iri), null),
  }));
  scored.sort((a, b) => a.rank - b.rank || b.claims - a.claims || (a.iri < b.iri ? -1 : 1));
  return { q, entities: scored.slice(0, limit).map((s) => ({ ...r.ref(s.iri), claims: s.claims })) };
}
