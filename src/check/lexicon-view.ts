/**
 * The lexicon's triples as the checker's readers ask for them at check time, without parsing
 * ontology/lexicon.ttl into an n3 Store first.
 *
 * Why: readers look their word lists up by predicate only (`getQuads(null, p, null, null)`,
 * `getObjects(null, p, null)`), once per context. Filling an n3 Store with the lexicon's ~2,000
 * triples cost a cold process ~50 ms of parsing and ~50 ms of indexing; the cached check context
 * (src/check/context-cache.ts) keeps instead, per predicate, the answers the real Store gave to
 * those two questions, in its order, as n3 term ids. Any other question (a subject or an object
 * given) builds the real Store, once, and asks it.
 */
import N3 from 'n3';

/** The read-only part of an n3 Store the checker asks the lexicon. */
export type LexiconTriples = Pick<N3.Store, 'getQuads' | 'getObjects' | 'getSubjects'>;

/**
 * Per predicate IRI, as n3 term ids: the `getQuads(null, p, null, null)` answer as [subject,
 * object] pairs, the `getObjects(null, p, null)` answer, and, for a subject whose
 * `getObjects(s, p, null)` answer is not the pairs' objects of that subject in the pairs' order,
 * that answer.
 */
export type LexiconAnswers = Record<string, { quads: Array<[string, string]>; objects: string[]; bySubject?: Record<string, string[]> }>;

/**
 * The answers a lexicon store gives by predicate, to keep in the cache. Undefined when the store
 * holds a quad outside the default graph (the view answers for the default graph only).
 *
 * @example
 * ```ts
 * const answers = lexiconAnswers(lexStore);
 * new CachedLexicon(answers!, () => lexStore).getQuads(null, cgWord, null, null);
 * ```
 */
export function lexiconAnswers(store: N3.Store): LexiconAnswers | undefined {
  const out: LexiconAnswers = Object.create(null) as LexiconAnswers;
  for (const p of store.getPredicates(null, null, null)) {
    const quads = store.getQuads(null, p, null, null);
    if (quads.some((q) => q.graph.termType !== 'DefaultGraph')) return undefined;
    const pairs = quads.map((q): [string, string] => [N3.termToId(q.subject), N3.termToId(q.object)]);
    const entry: LexiconAnswers[string] = { quads: pairs, objects: store.getObjects(null, p, null).map((o) => N3.termToId(o)) };
    for (const subject of new Set(quads.map((q) => q.subject))) {
      const sid = N3.termToId(subject);
      const own = store.getObjects(subject, p, null).map((o) => N3.termToId(o));
      const filtered = pairs.filter(([x]) => x === sid).map(([, o]) => o);
      if (own.join('\0') !== filtered.join('\0')) (entry.bySubject ??= {})[sid] = own;
    }
    out[p.value] = entry;
  }
  return out;
}

const { quad, namedNode } = N3.DataFactory;

/** A term's n3 id, or undefined for a string the Store would read otherwise (a wrapped IRI, a quoted triple). */
function idOf(t: N3.OTerm): string | undefined {
  if (t === null) return undefined;
  if (typeof t !== 'string') return t.termType === 'Quad' ? undefined : N3.termToId(t as N3.Term);
  return t.startsWith('<') || t.startsWith('.') ? undefined : t;
}

export class CachedLexicon implements LexiconTriples {
  private store: N3.Store | undefined;
  private readonly terms = new Map<string, N3.Term>();

  constructor(private readonly answers: LexiconAnswers, private readonly build: () => N3.Store) {}

  private full(): N3.Store {
    return (this.store ??= this.build());
  }

  /** The answers of a predicate, when the question is one the cached answers cover (a predicate given, the default graph or any). */
  private entry(p: N3.OTerm, g: N3.OTerm): LexiconAnswers[string] | null | undefined {
    if (g !== null && !(typeof g === 'object' && g.termType === 'DefaultGraph')) return undefined;
    if (p === null) return undefined;
    const iri = idOf(p);
    if (iri === undefined || (typeof p === 'object' && p.termType !== 'NamedNode')) return undefined;
    return this.answers[iri] ?? null;
  }

  /** The [subject, object] id pairs answering (s, p, o): in the Store's order (see {@link LexiconAnswers}). */
  private pairs(s: N3.OTerm, p: N3.OTerm, o: N3.OTerm, g: N3.OTerm): Array<[string, string]> | undefined {
    const e = this.entry(p, g);
    if (e === undefined) return undefined;
    if (e === null) return [];
    const sid = s === null ? null : idOf(s);
    const oid = o === null ? null : idOf(o);
    if (sid === undefined || oid === undefined) return undefined;
    // the Store answers a predicate (and object) from its predicate index: the pairs in order
    if (sid === null) return oid === null ? e.quads : e.quads.filter(([, x]) => x === oid);
    // a subject given: from its subject index, in the order kept when it differs
    const own = e.bySubject?.[sid];
    const pairs: Array<[string, string]> = own ? own.map((x) => [sid, x]) : e.quads.filter(([x]) => x === sid);
    return oid === null ? pairs : pairs.filter(([, x]) => x === oid);
  }

  getQuads(s: N3.OTerm, p: N3.OTerm, o: N3.OTerm, g: N3.OTerm): N3.Quad[] {
    const pairs = this.pairs(s, p, o, g);
    if (!pairs) return this.full().getQuads(s, p, o, g);
    if (!pairs.length) return [];
    const pred = namedNode(idOf(p)!);
    return pairs.map(([si, oi]) => quad(this.term(si) as N3.Quad_Subject, pred, this.term(oi) as N3.Quad_Object));
  }

  getObjects(s: N3.OTerm, p: N3.OTerm, g: N3.OTerm): N3.Quad_Object[] {
    if (s === null) {
      const e = this.entry(p, g);
      if (e === null) return [];
      if (e) return e.objects.map((id) => this.term(id) as N3.Quad_Object);
    } else {
      const pairs = this.pairs(s, p, null, g);
      if (pairs) return pairs.map(([, id]) => this.term(id) as N3.Quad_Object);
    }
    return this.full().getObjects(s, p, g);
  }

  /** A term from its id, made once per view. */
  private term(id: string): N3.Term {
    let t = this.terms.get(id);
    if (!t) this.terms.set(id, (t = N3.termFromId(id)));
    return t;
  }

  getSubjects(p: N3.OTerm, o: N3.OTerm, g: N3.OTerm): N3.Quad_Subject[] {
    return this.full().getSubjects(p, o, g);
  }
}
