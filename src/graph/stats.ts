/**
 * Counts over a built graph (entities, claims, sentences): plain data for `claimgraph stats`.
 */
import type N3 from 'n3';
import type { NamedNode, Term } from '@rdfjs/types';
import { CG, NIF, PREFIXES, PROV, RDF, SCHEMA } from './vocab.js';

/** A body or comment sentence no claim rests on. */
export interface UncitedSentence {
  iri: string;
  sentenceId: string;
  text: string;
  /** The article's IRI. */
  article: string;
  /** `body` or `comment`. */
  kind: string;
  /** Why it is not cited (`opinion`, `question`...), from claims.yaml `uncited:`; absent when nobody said. */
  reason?: string;
}

/** One article of the graph: its date, how much of it is cited, and what is not. */
export interface ArticleStats {
  iri: string;
  id: string;
  title: string;
  /** datePublished, or `undated` (with the bounds the text gives, if any). */
  date: string;
  sentences: number;
  cited: number;
  uncited: UncitedSentence[];
}

/** Result of {@link graphStats}. */
export interface GraphStats {
  triples: number;
  entities: { total: number; byClass: Record<string, number> };
  claims: {
    total: number;
    directTriples: number;
    byPolarity: Record<string, number>;
    byModality: Record<string, number>;
    /** A claim node merged from several sources counts once per derivation it carries. */
    byDerivation: Record<string, number>;
    groupClaims: number;
  };
  sentences: { total: number; cited: number; body: number; uncitedBody: UncitedSentence[] };
  /** Per article, in date order. */
  articles: ArticleStats[];
}

/**
 * Shortens an IRI with the project prefixes.
 *
 * @example
 * ```ts
 * compactIri('https://w3id.org/claimgraph/ontology#Claim'); // 'cg:Claim'
 * ```
 */
export function compactIri(iri: string): string {
  for (const [p, ns] of Object.entries(PREFIXES)) if (iri.startsWith(ns) && iri.length > ns.length) return `${p}:${iri.slice(ns.length)}`;
  return iri;
}

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of [...values].sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/**
 * Computes {@link GraphStats} from a built graph store.
 *
 * @example
 * ```ts
 * const stats = graphStats(await loadGraphStore('.'));
 * stats.claims.byPolarity['cg:Negative'];
 * ```
 */
export function graphStats(store: N3.Store): GraphStats {
  const one = (s: Term, p: NamedNode): string | undefined => store.getObjects(s, p, null)[0]?.value;
  const entities = store.getSubjects(null, null, null).filter((s) => s.termType === 'NamedNode' && s.value.startsWith(PREFIXES.cgr));
  const entityIris = [...new Set(entities.map((e) => e.value))];
  const classes = entityIris.flatMap((e) => store.getObjects(e, RDF('type'), null).map((c) => compactIri(c.value)));
  const claims = store.getSubjects(RDF('type'), CG.Claim, null);
  let direct = 0;
  for (const c of claims) {
    const s = store.getObjects(c, RDF('subject'), null)[0];
    const p = store.getObjects(c, RDF('predicate'), null)[0];
    const o = store.getObjects(c, RDF('object'), null)[0];
    if (s && p && o && store.countQuads(s, p, o, null) > 0) direct++;
  }
  const sentences = store.getSubjects(RDF('type'), NIF('Sentence'), null);
  const cited = new Set(store.getQuads(null, PROV('wasDerivedFrom'), null, null).map((q) => q.object.value));
  const isBody = (s: Term): boolean => {
    const seg = store.getObjects(s, CG.inSegment, null)[0];
    return !!seg && store.countQuads(seg, CG.segmentKind, CG.Body, null) > 0;
  };
  const body = sentences.filter(isBody);
  const kindOf = (x: Term): string | undefined => {
    const seg = store.getObjects(x, CG.inSegment, null)[0];
    const k = seg && store.getObjects(seg, CG.segmentKind, null)[0]?.value;
    return k === CG.Body.value ? 'body' : k === CG.ReaderComment.value ? 'comment' : undefined;
  };
  const articleOf = (x: Term): string => {
    const ctx = store.getObjects(x, NIF('referenceContext'), null)[0];
    return (ctx && store.getObjects(ctx, NIF('sourceUrl'), null)[0]?.value) ?? '';
  };
  const uncited = sentences
    .filter((x) => !cited.has(x.value) && kindOf(x) !== undefined)
    .map((x): UncitedSentence => {
      const reason = one(x, CG.uncitedReason);
      return {
        iri: x.value, sentenceId: one(x, CG.sentenceId) ?? '', text: one(x, NIF('anchorOf')) ?? '', article: articleOf(x), kind: kindOf(x)!,
        ...(reason ? { reason: reason.slice(PREFIXES.cg.length).toLowerCase() } : {}),
      };
    })
    .sort((a, b) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
  const uncitedBody = uncited.filter((u) => u.kind === 'body');
  const articles = store.getSubjects(NIF('sourceUrl'), null, null).map((ctx): ArticleStats => {
    const iri = store.getObjects(ctx, NIF('sourceUrl'), null)[0].value;
    const own = sentences.filter((x) => store.countQuads(x, NIF('referenceContext'), ctx, null) > 0);
    return {
      iri, id: iri.slice(PREFIXES.cga.length), title: one(namedNodeOf(iri), SCHEMA('headline')) ?? '', date: articleDate(store, iri),
      sentences: own.length, cited: own.filter((x) => cited.has(x.value)).length, uncited: uncited.filter((u) => u.article === iri),
    };
  }).sort((a, b) => {
    // an undated article sorts at the first date its text bounds it by
    const k = (x: ArticleStats): string => x.date.replace(/^undated, /, '');
    return k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : a.id < b.id ? -1 : 1;
  });
  // a merged claim node can carry several derivations (direct and expanded): count each value
  const all = (p: NamedNode): string[] => claims.flatMap((c) => {
    const vs = store.getObjects(c, p, null).map((o) => compactIri(o.value));
    return vs.length ? vs : ['none'];
  });
  return {
    triples: store.size,
    entities: { total: entityIris.length, byClass: tally(classes) },
    claims: {
      total: claims.length,
      directTriples: direct,
      byPolarity: tally(all(CG.polarity)),
      byModality: tally(all(CG.modality)),
      byDerivation: tally(all(CG.derivation)),
      groupClaims: store.getSubjects(RDF('type'), CG.GroupClaim, null).length,
    },
    sentences: { total: sentences.length, cited: sentences.filter((s) => cited.has(s.value)).length, body: body.length, uncitedBody },
    articles,
  };
}

const namedNodeOf = (iri: string): NamedNode => ({ termType: 'NamedNode', value: iri, equals: (o) => !!o && o.termType === 'NamedNode' && o.value === iri }) as NamedNode;

/**
 * An article's date as outputs show it: its datePublished, or `undated` with the bounds its text
 * gives (`undated, 2015-10-28..2015-11-03`).
 *
 * @example
 * ```ts
 * articleDate(store, 'https://w3id.org/claimgraph/article/fixture-article'); // the article's datePublished
 * ```
 */
export function articleDate(store: N3.Store, article: string): string {
  const v = (p: NamedNode): string | undefined => store.getObjects(article, p, null)[0]?.value;
  const published = v(SCHEMA('datePublished'));
  if (published) return published;
  const lo = v(CG.publishedNotBefore);
  const hi = v(CG.publishedNotAfter);
  return lo || hi ? `undated, ${lo ?? '?'}..${hi ?? '?'}` : 'undated';
}

/**
 * Plain-text rendering of {@link GraphStats}.
 *
 * @example
 * ```ts
 * process.stdout.write(formatStats(stats));
 * ```
 */
export function formatStats(s: GraphStats): string {
  const kv = (r: Record<string, number>): string => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ') || '-';
  const lines = [
    `triples: ${s.triples}`,
    `entities: ${s.entities.total} (${kv(s.entities.byClass)})`,
    `claims: ${s.claims.total} (${s.claims.directTriples} with a direct triple), group claims: ${s.claims.groupClaims}`,
    `  by polarity: ${kv(s.claims.byPolarity)}`,
    `  by modality: ${kv(s.claims.byModality)}`,
    `  by derivation: ${kv(s.claims.byDerivation)}`,
    `sentences: ${s.sentences.total}, cited: ${s.sentences.cited}, body: ${s.sentences.body}, uncited body: ${s.sentences.uncitedBody.length}`,
    ...s.articles.flatMap((a) => [
      `article ${a.id} (${a.date}): ${a.title}`,
      `  sentences: ${a.sentences}, cited: ${a.cited}, uncited body and comment sentences: ${a.uncited.length}`,
      ...a.uncited.map((u) => `  ${a.id} ${u.sentenceId} [${u.kind}, ${u.reason ?? 'no reason given'}]: ${u.text.replace(/\s+/g, ' ')}`),
    ]),
  ];
  return lines.join('\n') + '\n';
}
