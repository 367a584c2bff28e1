/**
 * The claim index: the claim nodes of the graph (subject, predicate, object, polarity, modality,
 * qualifiers, amounts, sentences, source), read per predicate when a check first asks for it;
 * the view a scoped context has of it (one source's claims); and the group and office look-ups
 * built on it.
 * The checker reads the graph only through this module and src/check/context.ts.
 */
import type { Term } from '@rdfjs/types';
import { NS, localName, type CheckContext } from './context.js';
import type { ModalityName, MoneyValue, PolarityName } from './types.js';
import { canonicalDecimal } from './values.js';

/** A claim node of the graph, read once. */
export interface ClaimInfo {
  iri: string;
  subject: string;
  predicate: string;
  object: Term;
  polarity: PolarityName;
  modality: ModalityName;
  /** Qualifier local name -> values (IRIs or literal lexical forms). */
  qualifiers: Map<string, string[]>;
  amounts: MoneyValue[];
  sentences: string[];
  derivation?: string;
  /** Where the claim is stated (an article, or a reader comment) and who asserts it. */
  statedIn: string[];
  assertedBy: string[];
}

/**
 * Claim nodes by predicate IRI: `get` reads a predicate's claims on first ask (then keeps them).
 * Why not all at once: a check asks about one relation (and its inverses, sub-properties, partOf
 * for groups); read from the graph's persistent index (src/index-store), every claim of a
 * 1M-triple graph took ~1.3 s, the claims of the predicates asked for a few milliseconds.
 */
export interface ClaimsByPredicate {
  get(predicate: string): ClaimInfo[] | undefined;
}

// keyed by the axioms object, which a context shares with its scoped copies (scopedContext)
const claimIndexes = new WeakMap<object, ClaimsByPredicate>();

const scopedIndexes = new WeakMap<CheckContext, ClaimsByPredicate>();

/**
 * The claim index as the context's scope sees it: every claim, or only those of the source a
 * claim names (the article's author, a reader, a person, an article).
 *
 * @example
 * ```ts
 * scopedIndex(scopedContext(ctx, { kind: 'reader' })).get(`${NS.cg}exploredProspectsIn`)?.length; // 1
 * ```
 */
export function scopedIndex(ctx: CheckContext): ClaimsByPredicate {
  const all = claimsByPredicate(ctx);
  const scope = ctx.scope;
  if (!scope) return all;
  const hit = scopedIndexes.get(ctx);
  if (hit) return hit;
  const isComment = (iri: string): boolean => ctx.store.countQuads(iri, NS.rdf + 'type', NS.schema + 'Comment', null) > 0;
  const keep = (c: ClaimInfo): boolean => {
    switch (scope.kind) {
      // (round 40) a writer's own words: not a speaker's the article reports (cg:saidBy)
      case 'author': return c.statedIn.some((x) => !isComment(x)) && !(scope.writer && c.qualifiers.get('saidBy')?.length);
      case 'reader': return c.statedIn.some((x) => isComment(x) && (!scope.articles || scope.articles.some((a) => commentOf(ctx, x, a))));
      // an agent's own words, or words an article reports it said (cg:saidBy)
      case 'agent': return c.assertedBy.some((x) => scope.iris.includes(x)) || (c.qualifiers.get('saidBy') ?? []).some((x) => scope.iris.includes(x));
      case 'article': return c.statedIn.some((x) => scope.iris.includes(x)) && !(scope.writer && c.qualifiers.get('saidBy')?.length);
    }
  };
  const lists = new Map<string, ClaimInfo[]>();
  const out: ClaimsByPredicate = {
    get(predicate) {
      let kept = lists.get(predicate);
      if (!kept) lists.set(predicate, (kept = (all.get(predicate) ?? []).filter(keep)));
      return kept.length ? kept : undefined;
    },
  };
  scopedIndexes.set(ctx, out);
  return out;
}

export const cg = (l: string): string => NS.cg + l;

/** Whether a reader comment is one of an article's (its segment is part of the article). */
function commentOf(ctx: CheckContext, comment: string, article: string): boolean {
  return ctx.store.getObjects(comment, cg('segment'), null).some((seg) => ctx.store.countQuads(seg, `${NS.schema}isPartOf`, article, null) > 0);
}

/**
 * All claim nodes by predicate IRI (each predicate's read once per context, when first asked for).
 *
 * @example
 * ```ts
 * claimsByPredicate(ctx).get('https://w3id.org/claimgraph/ontology#memberOf')?.length;
 * ```
 */
export function claimsByPredicate(ctx: CheckContext): ClaimsByPredicate {
  const hit = claimIndexes.get(ctx.axioms);
  if (hit) return hit;
  const lists = new Map<string, ClaimInfo[]>();
  const index: ClaimsByPredicate = {
    get(predicate) {
      let list = lists.get(predicate);
      if (!list) lists.set(predicate, (list = readClaims(ctx, predicate)));
      return list.length ? list : undefined;
    },
  };
  claimIndexes.set(ctx.axioms, index);
  return index;
}

/**
 * The claim node an IRI names (an evidence item's claim), read under its own rdf:predicate;
 * undefined when the IRI is no claim node.
 *
 * @example
 * ```ts
 * claimNamed(ctx, r.evidence[0].claim)?.qualifiers.get('focus');
 * ```
 */
export function claimNamed(ctx: CheckContext, iri: string): ClaimInfo | undefined {
  const predicate = ctx.store.getObjects(iri, NS.rdf + 'predicate', null)[0]?.value;
  return predicate ? claimsByPredicate(ctx).get(predicate)?.find((c) => c.iri === iri) : undefined;
}

/**
 * Group statements said of only some members of `group` ("countries from Ruritania accepted X",
 * cg:quantifier cg:Some) with `predicate`: each says at least one member does it, not which.
 *
 * @example
 * ```ts
 * someGroupClaims(ctx, NS.cg + 'accepted', NS.cgr + 'ruritania'); // [{ iri, subject: group, … }]
 * ```
 */
export function someGroupClaims(ctx: CheckContext, predicate: string, group: string): ClaimInfo[] {
  const { store } = ctx;
  const nodes = store.getSubjects(cg('group'), group, null).map((t) => t.value)
    .filter((g) => store.countQuads(g, NS.rdf + 'type', cg('GroupClaim'), null) > 0 && store.countQuads(g, cg('quantifier'), cg('Some'), null) > 0
      && !['except', 'plus', 'role'].some((q) => store.countQuads(g, cg(q), null, null) > 0));
  return readClaims(ctx, predicate, nodes);
}

/**
 * A node's triples by predicate IRI, objects in the store's order: one look-up per node. Reading
 * each property of a claim node with a look-up of its own (a dozen) was ~0.2 s of a fresh check
 * on the 1M-triple bench corpus, where every look-up is a search in the graph's index file.
 */
function propertiesOf(store: CheckContext['store'], iri: string): Map<string, Term[]> {
  const props = new Map<string, Term[]>();
  for (const q of store.getQuads(iri, null, null, null)) {
    const list = props.get(q.predicate.value);
    if (list) list.push(q.object as Term);
    else props.set(q.predicate.value, [q.object as Term]);
  }
  return props;
}

/** The claim nodes (and whole-group claims) whose (first) rdf:predicate is `predicate`, sorted by IRI. */
function readClaims(ctx: CheckContext, predicate: string, only?: string[]): ClaimInfo[] {
  const { store } = ctx;
  const claims: ClaimInfo[] = [];
  const typed = (props: Map<string, Term[]>, cls: string): boolean => props.get(NS.rdf + 'type')?.some((t) => t.value === cls) ?? false;
  // a group statement without exceptions, additions or roles ("Rufus visited the two republics
  // from the 22nd to the 28th") is also a claim about the group as a whole, with its own qualifiers;
  // one said of only some members ("countries from Ruritania", cg:quantifier cg:Some) is not
  const wholeGroup = (props: Map<string, Term[]>): boolean =>
    typed(props, cg('GroupClaim'))
    && !['except', 'plus', 'role'].some((q) => props.has(cg(q)))
    && !(props.get(cg('quantifier'))?.some((t) => t.value === cg('Some')) ?? false);
  const nodes: string[] = only ? [...only] : store.getSubjects(NS.rdf + 'predicate', predicate, null).map((t) => t.value);
  for (const iri of nodes) {
    const props = propertiesOf(store, iri);
    if (!only && !(typed(props, cg('Claim')) || wholeGroup(props))) continue;
    const one = (p: string): Term | undefined => props.get(p)?.[0];
    const all = (p: string): string[] => (props.get(p) ?? []).map((t) => t.value).sort();
    const group = one(cg('group'));
    const s = one(NS.rdf + 'subject') ?? group;
    const p = one(NS.rdf + 'predicate');
    const o = one(NS.rdf + 'object') ?? group;
    if (!s || !p || !o || p.value !== predicate) continue;
    const qualifiers = new Map<string, string[]>();
    const amounts: MoneyValue[] = [];
    for (const [pred, values] of props) {
      if (!ctx.axioms.qualifiers.has(pred)) continue;
      const name = localName(pred);
      if (name === 'group') continue;
      for (const value of values) {
        if (name === 'amount') {
          const v = store.getObjects(value.value, NS.schema + 'value', null)[0];
          const c = store.getObjects(value.value, NS.schema + 'currency', null)[0];
          if (v && c) amounts.push({ value: canonicalDecimal(v.value), currency: c.value.toUpperCase() });
          continue;
        }
        const list = qualifiers.get(name) ?? [];
        list.push(value.value);
        qualifiers.set(name, list);
      }
    }
    for (const l of qualifiers.values()) l.sort();
    amounts.sort((a, b) => (a.currency < b.currency ? -1 : 1));
    const pol = one(cg('polarity'))?.value;
    const mod = one(cg('modality'))?.value;
    const info: ClaimInfo = {
      iri,
      subject: s.value,
      predicate: p.value,
      object: o,
      polarity: pol === cg('Negative') ? 'negative' : 'positive',
      modality: (mod ? localName(mod).toLowerCase() : 'stated') as ModalityName,
      qualifiers,
      amounts,
      sentences: all(NS.prov + 'wasDerivedFrom'),
      derivation: one(cg('derivation'))?.value,
      statedIn: all(cg('statedIn')),
      assertedBy: all(cg('assertedBy')),
    };
    claims.push(info);
  }
  return claims.sort((a, b) => (a.iri < b.iri ? -1 : 1));
}

/** Members of a group: subjects of positive, stated partOf claims with the group as object. */
/**
 * Members of a group entity: the subjects of positive stated `partOf` claims about it, sorted.
 *
 * @example
 * ```ts
 * groupMembers(ctx, `${NS.cgr}ruritania-region`); // ["./freedonia", "./sylvania"] as IRIs
 * ```
 */
export function groupMembers(ctx: CheckContext, group: string): string[] {
  const partOf = ctx.axioms.properties.get('partOf');
  if (!partOf) return [];
  const members = (claimsByPredicate(ctx).get(partOf) ?? [])
    .filter((c) => c.polarity === 'positive' && c.modality === 'stated' && c.object.value === group)
    .map((c) => c.subject);
  return [...new Set(members)].sort();
}

/**
 * The people the graph's positive claims say hold (or held) an office; empty for anything else.
 *
 * @example
 * ```ts
 * officeHolders(ctx, `${NS.cgr}prime-minister-of-freedonia`); // ['…/gloria-teasdale', '…/rufus-firefly']
 * ```
 */
export function officeHolders(ctx: CheckContext, office: string): string[] {
  const holds = ctx.axioms.properties.get('holdsOffice');
  if (!holds) return [];
  return [...new Set((claimsByPredicate(ctx).get(holds) ?? [])
    .filter((c) => c.polarity === 'positive' && c.object.value === office)
    .map((c) => c.subject))].sort();
}

const officeStates = new WeakMap<object, { size: number; of: Map<string, string> }>();

/**
 * The holder an office is the office of (`ctx.offices`: role -> holder -> office), or undefined for
 * what is no office of the graph.
 *
 * @example
 * ```ts
 * officeStateOf(ctx, cgr + 'president-of-freedonia'); // cgr + 'freedonia'
 * ```
 */
export function officeStateOf(ctx: CheckContext, office: string): string | undefined {
  let hit = officeStates.get(ctx.offices);
  if (!hit || hit.size !== ctx.offices.size) {
    const of = new Map<string, string>();
    for (const byHolder of ctx.offices.values()) for (const [holder, o] of byHolder) of.set(o, holder);
    officeStates.set(ctx.offices, (hit = { size: ctx.offices.size, of }));
  }
  return hit.of.get(office);
}

/** The qualifiers that date a source claim, the most precise first (as-office.ts takes the first found). */
export const DATING_QUALIFIERS = ['date', 'pointInTime', 'year', 'startDate', 'earliestDate', 'endDate', 'latestDate'] as const;

/**
 * The qualifiers that give a claim a time of its own (verdict.ts: a denial without one holds as of
 * its source's day; a present-tense claim with one is no claim about now). qualifiers.ts adds `duration`.
 */
export const TIME_QUALIFIERS = ['year', 'date', 'month', 'pointInTime', 'startDate', 'endDate', 'since', 'until', 'byYear', 'former'] as const;

/** The qualifiers that put a reading in a day, a year or a span (called-off.ts; the years of a claim, qualifiers.ts). */
export const DAY_OR_YEAR_QUALIFIERS = ['date', 'year', 'startDate', 'endDate', 'pointInTime'] as const;

/** The time a source gives a lasting state ("Prime Minister in 2006"), the first found (verdict.ts `pastOnly`). */
export const STATE_TIME_QUALIFIERS = ['pointInTime', 'year', 'date', 'endDate'] as const;

/** The last time a holding is dated, the first found (refuters.ts `lastBeforeFirstHolder`). */
export const HOLDING_END_QUALIFIERS = ['endDate', 'date', 'pointInTime', 'year'] as const;

/** The days a deed can start (refuters.ts `firstHolderStart`); with `year`, the times of a visit (occasion.ts `tripOfficeOfYear`). */
export const START_DAY_QUALIFIERS = ['date', 'startDate', 'earliestDate'] as const;

/**
 * The places `iri` lies in, itself first, through cg:locatedIn followed transitively (at most 16:
 * the graph's places nest a few levels deep).
 *
 * @example
 * ```ts
 * enclosingPlaces(ctx, cgr + 'zenda'); // [cgr + 'zenda', cgr + 'ruritania']
 * ```
 */
export function enclosingPlaces(ctx: CheckContext, iri: string): string[] {
  const out = [iri];
  for (let k = 0; k < out.length && out.length < 16; k++) {
    for (const o of ctx.store.getObjects(out[k]!, `${NS.cg}locatedIn`, null)) if (!out.includes(o.value)) out.push(o.value);
  }
  return out;
}

/** True when the entity has a type that is `cls` or below it (unknown types: false). */
export function isA(ctx: CheckContext, iri: string, cls: string): boolean {
  for (const t of ctx.entityTypes.get(iri) ?? []) if (t === cls || ctx.axioms.superClasses.get(t)?.has(cls)) return true;
  return false;
}
