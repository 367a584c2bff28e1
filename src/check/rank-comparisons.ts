/**
 * Comparisons the graph decides by ranks and superlatives, not by amounts (issue 15):
 *
 * - "A holds a bigger stake in O than B [does]", "A's stake in O is bigger than B's": the clause
 *   without its comparative ("A holds a stake in O") is read by the lexicon; the ranks the graph's
 *   stated claims of that relation give A and B (`cg:rank`, 1 = largest, in one `cg:rankScope`)
 *   decide it: a smaller rank is the larger one.
 * - "A's economy is bigger than B's": a relation the lexicon marks with `cg:superlativeNoun`
 *   ("economy" on `cg:largestEconomyIn`) says its subject has the largest of them among the members
 *   of its object; A the largest in a group B belongs to decides it, and so does B the largest in
 *   a group A belongs to.
 * - "A has larger N than any other country [does]" is "A has the largest N"
 *   (`superlativeRewrite`): the lexicon's patterns read the superlative.
 *
 * A side the graph gives no rank leaves the comparison NOT_ENOUGH_INFO, with the reading shown.
 */
import { hasErrorCode } from '../errors.js';
import { NS, localName, type CheckContext } from './context.js';
import { groupMembers, scopedIndex, type ClaimInfo } from './claim-index.js';
import { alternation, comparisonWords } from './lexicon-words.js';
import { parseClaim } from './parser.js';
import { entityName, shortIri } from './prose.js';
import { resolveMention } from './resolver.js';
import { THAN_NEEDS } from './reader-gates.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckValue, Interpretation } from './types.js';
import { evaluateClaim, type Bearing, type Evaluation } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';

type EntityValue = Extract<CheckValue, { kind: 'entity' }>;

/** A comparison read from ranks or superlatives and decided. */
export interface RankComparison {
  interpretation: Interpretation;
  evaluation: Evaluation;
}

const AUX = '(?:does|did|do|has|had|have|is|was|are|were)';
const OTHERS = /^(?:any|every|all)\s+other\b/i;

function trimClaim(text: string): string {
  return normalizeTypography(text).trim().replace(/[.!?]+$/, '').trim();
}

/** The one entity a mention names ("Sylvania", "Sylvania's", "that of Sylvania"), else undefined. */
function oneEntity(ctx: CheckContext, mention: string): EntityValue | undefined {
  const bare = mention.replace(/^that\s+of\s+/i, '').replace(/\s*'s(?:\s+.*)?$/i, '').trim();
  if (!bare) return undefined;
  const found = resolveMention(ctx, dropIgnorable(tokenize(bare, ctx.morph), ctx.morph));
  return found.length === 1 ? found[0] : undefined;
}

/** The rank the graph's stated positive claims of a reading give a subject: exactly one (rank, scope), else undefined. */
function rankOf(ctx: CheckContext, q: Interpretation, subject: EntityValue): { rank: number; scope: string; claims: ClaimInfo[] } | undefined {
  const { rank: _drop, ...qualifiers } = q.qualifiers;
  const ev = evaluateClaim(ctx, { ...q, subject, qualifiers, polarity: 'positive', modality: 'stated' });
  if (ev.verdict !== 'SUPPORTED') return undefined;
  const found = new Map<string, { rank: number; scope: string; claims: ClaimInfo[] }>();
  for (const b of ev.bearings) {
    const c = b.claim;
    if (b.stance !== 'supports' || c.polarity !== 'positive' || c.modality !== 'stated' || c.subject !== subject.iri) continue;
    const ranks = c.qualifiers.get('rank') ?? [];
    if (ranks.length !== 1) continue;
    const scope = (c.qualifiers.get('rankScope') ?? []).join(' ');
    const key = `${ranks[0]}|${scope}`;
    const hit = found.get(key) ?? { rank: Number(ranks[0]), scope, claims: [] };
    hit.claims.push(c);
    found.set(key, hit);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

function decided(interpretation: Interpretation, holds: boolean | undefined, claims: ClaimInfo[], explanation: string): RankComparison {
  const stance = holds === undefined ? 'related' : holds ? 'supports' : 'refutes';
  const reason = holds === undefined ? 'partial-match' : 'value-comparison';
  return {
    interpretation,
    evaluation: {
      verdict: holds === undefined ? 'NOT_ENOUGH_INFO' : holds ? 'SUPPORTED' : 'REFUTED', reason, conflict: false,
      bearings: claims.map((c): Bearing => ({ claim: c, stance, reason, note: `claim ${shortIri(c.iri)} states a rank or a superlative` })),
      explanation,
    },
  };
}

/** "A <verb> a bigger N than B": the ranks of A and B for the relation the clause without its comparative reads. */
function byRanks(ctx: CheckContext, base: string, other: EntityValue, greater: boolean, shown: string, only = false): RankComparison | undefined {
  let readings: Interpretation[];
  try {
    readings = parseClaim(ctx, base).readings.slice(0, 4).map((r) => r.interpretation);
  } catch (err) {
    if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) return undefined;
    throw err;
  }
  const q = readings.find((r) => r.polarity === 'positive' && r.modality === 'stated' && r.subject.kind === 'entity' && r.subject.iri !== other.iri);
  if (!q || q.subject.kind !== 'entity') return undefined;
  const a = q.subject;
  const interpretation: Interpretation = { ...q, notes: [...(q.notes ?? []), `read as a comparison of ranks: "${base}" (${a.label}) ${shown} ${other.label}`] };
  const ra = rankOf(ctx, q, a);
  const rb = rankOf(ctx, q, other);
  // one side the largest of all (rank 1, no narrower scope): no other side's is larger, whatever its
  // rank (round 18); only the refutation is drawn, a support would need the other side to hold at all
  const first = !ra && rb?.rank === 1 && !rb.scope && greater ? rb : !rb && ra?.rank === 1 && !ra.scope && !greater ? ra : undefined;
  if (first) {
    const top = first === rb ? other.label : a.label;
    return decided(interpretation, false, first.claims,
      `Read as a comparison of ranks for ${localName(q.predicate)} (1 = largest): ${top} ranks 1, the largest of all, so ${first === rb ? `${a.label}'s is not larger than ${top}'s` : `${top}'s is not smaller than ${other.label}'s`} and the claim (${shown}) does not hold.`);
  }
  if (!ra || !rb || ra.scope !== rb.scope || ra.rank === rb.rank) {
    const missing = [!ra ? a.label : '', !rb ? other.label : ''].filter(Boolean);
    const why = missing.length ? `the graph gives no single rank for ${missing.join(' or ')}` : 'the two ranks are not counted in one scope';
    return decided(interpretation, undefined, [...(ra?.claims ?? []), ...(rb?.claims ?? [])], `Read as a comparison of ranks for ${localName(q.predicate)} ("${base}" against ${other.label}), but ${why}.`);
  }
  const aLarger = ra.rank < rb.rank;
  // (round 22) "only A ... bigger than B": A is larger and no other is, so B ranks 2 and A ranks 1 (a
  // rank of 3 or more has two above it); "only A ... smaller" would need the count of ranked: held
  if (only && !greater) {
    return decided(interpretation, aLarger ? false : undefined, [...ra.claims, ...rb.claims],
      `Read as a comparison of ranks for ${localName(q.predicate)} (1 = largest): ${a.label} ranks ${ra.rank}, ${other.label} ranks ${rb.rank}${aLarger ? `, so ${a.label}'s is larger and the claim (only, ${shown}) does not hold` : `, but whether no other's is ${shown.replace(/ than$/, '')} needs every rank`}.`);
  }
  const holds = only ? aLarger && ra.rank === 1 && rb.rank === 2 : aLarger === greater;
  return decided(interpretation, holds, [...ra.claims, ...rb.claims],
    `Read as a comparison of ranks for ${localName(q.predicate)} (1 = largest): ${a.label} ranks ${ra.rank}, ${other.label} ranks ${rb.rank}, so ${a.label}'s is ${aLarger ? 'larger' : 'smaller'}${only ? ` and ${rb.rank - 1 === 1 ? 'it alone is' : `${rb.rank - 1} are`} larger than ${other.label}'s` : ''} and the claim (${only ? 'only, ' : ''}${shown}) ${holds ? 'holds' : 'does not hold'}.`);
}

/** "A's economy is bigger than B's": a superlative relation (lexicon `cg:superlativeNoun`) with A or B as the largest of a group the other belongs to. */
function bySuperlative(ctx: CheckContext, left: string, other: EntityValue, greater: boolean, shown: string): RankComparison | undefined {
  const m = /^(.+?)\s*'s\s+(.+)$/i.exec(left);
  if (!m) return undefined;
  const a = oneEntity(ctx, m[1]!);
  if (!a || a.iri === other.iri) return undefined;
  const noun = dropIgnorable(tokenize(m[2]!, ctx.morph), ctx.morph).map((t) => t.norm).join(' ');
  const index = scopedIndex(ctx);
  for (const [property, nouns] of comparisonWords(ctx).superlativeNouns) {
    if (!nouns.some((n) => dropIgnorable(tokenize(n, ctx.morph), ctx.morph).map((t) => t.norm).join(' ') === noun)) continue;
    const claims = (index.get(property) ?? []).filter((c) => c.polarity === 'positive' && c.modality === 'stated');
    const interpretation: Interpretation = {
      subject: a, predicate: property, predicateName: localName(property), object: other, polarity: 'positive', modality: 'stated', qualifiers: {},
      notes: [`read as a comparison by a superlative: "${left}" ${shown} ${other.label}'s (${localName(property)}: the largest ${m[2]} among a group's members)`],
    };
    // the largest of a group is larger than each other member of it
    const largest = (x: EntityValue, y: EntityValue): ClaimInfo[] => claims.filter((c) => c.subject === x.iri && groupMembers(ctx, c.object.value).includes(y.iri));
    const aWins = largest(a, other);
    const bWins = largest(other, a);
    if (aWins.length && !bWins.length) {
      return decided(interpretation, greater, aWins, `Read as a comparison by a superlative: the graph states ${a.label} has the largest ${m[2]} in ${entityName(ctx, aWins[0]!.object.value)}, which ${other.label} belongs to, so ${a.label}'s is larger and the claim (${shown}) ${greater ? 'holds' : 'does not hold'}.`);
    }
    if (bWins.length && !aWins.length) {
      return decided(interpretation, !greater, bWins, `Read as a comparison by a superlative: the graph states ${other.label} has the largest ${m[2]} in ${entityName(ctx, bWins[0]!.object.value)}, which ${a.label} belongs to, so ${a.label}'s is smaller and the claim (${shown}) ${greater ? 'does not hold' : 'holds'}.`);
    }
    return decided(interpretation, undefined, [...aWins, ...bWins], `Read as a comparison by a superlative (${localName(property)}), but the graph states neither ${a.label} nor ${other.label} the largest in a group the other belongs to.`);
  }
  return undefined;
}

/**
 * Reads and decides a comparison by ranks or superlatives; undefined when the claim is not of
 * that form or a side does not read.
 *
 * @example
 * ```ts
 * readRankComparison(ctx, 'Freedonia holds a bigger stake in the League than Sylvania does.')?.evaluation.verdict;
 * ```
 */
export function readRankComparison(ctx: CheckContext, text: string): RankComparison | undefined {
  const claim = trimClaim(text);
  // the shape needs "than" between spaces: tested before the comparison words' pattern is built (round 23)
  if (!THAN_NEEDS.test(claim)) return undefined;
  const words = comparisonWords(ctx);
  const comp = alternation([...words.greater.keys(), ...words.less.keys()]);
  const m = cachedRegExp(`^(.+?)\\s+(${comp})\\s+(?:(.*?)\\s+)?than\\s+(.+?)(?:\\s+${AUX})?$`, 'i').exec(claim);
  if (!m) return undefined;
  const [, pre, word, post, otherText] = m as unknown as [string, string, string, string | undefined, string];
  if (OTHERS.test(otherText) || /\d/.test(otherText)) return undefined;
  const other = oneEntity(ctx, otherText);
  if (!other) return undefined;
  const greater = words.greater.has(word.toLowerCase());
  const shown = `${word.toLowerCase()} than`;
  // (round 22) "Only A holds a bigger stake in O than B": the comparison, and no other side's is bigger
  const only = /^only\s+/i.exec(pre);
  if (only && post) return byRanks(ctx, `${pre.slice(only[0].length)} ${post}`, other, greater, shown, true);
  if (only) return undefined;
  if (post) return byRanks(ctx, `${pre} ${post}`, other, greater, shown);
  const left = pre.replace(cachedRegExp(`\\s+${AUX}$`, 'i'), '');
  return byRanks(ctx, left, other, greater, shown) ?? bySuperlative(ctx, left, other, greater, shown) ?? byRankNoun(ctx, left, other, greater, shown);
}

/** "A's gas reserves are larger than B's": a property whose value is a rank (lexicon `cg:rankNoun`), compared for A and B. */
function byRankNoun(ctx: CheckContext, left: string, other: EntityValue, greater: boolean, shown: string): RankComparison | undefined {
  const m = /^(.+?)\s*'s\s+(.+)$/i.exec(left);
  if (!m) return undefined;
  const a = oneEntity(ctx, m[1]!);
  if (!a || a.iri === other.iri) return undefined;
  const key = (s: string): string => dropIgnorable(tokenize(s, ctx.morph), ctx.morph).map((t) => t.norm).join(' ');
  const noun = key(m[2]!);
  const index = scopedIndex(ctx);
  for (const q of ctx.lexicon.getQuads(null, NS.cg + 'rankNoun', null, null).sort((x, y) => (x.subject.value < y.subject.value ? -1 : 1))) {
    if (key(q.object.value) !== noun) continue;
    const property = q.subject.value;
    const claims = (index.get(property) ?? []).filter((c) => c.polarity === 'positive' && c.modality === 'stated' && c.object.termType === 'Literal');
    const rankOfSubject = (x: EntityValue): { rank: number; claims: ClaimInfo[] } | undefined => {
      const mine = claims.filter((c) => c.subject === x.iri);
      const ranks = new Set(mine.map((c) => Number(c.object.value)));
      return ranks.size === 1 ? { rank: [...ranks][0]!, claims: mine } : undefined;
    };
    const interpretation: Interpretation = {
      subject: a, predicate: property, predicateName: localName(property), object: other, polarity: 'positive', modality: 'stated', qualifiers: {},
      notes: [`read as a comparison of ranks: "${left}" ${shown} ${other.label}'s (${localName(property)}, 1 = largest)`],
    };
    const ra = rankOfSubject(a);
    const rb = rankOfSubject(other);
    if (!ra || !rb || ra.rank === rb.rank) {
      const missing = [!ra ? a.label : '', !rb ? other.label : ''].filter(Boolean);
      return decided(interpretation, undefined, [...(ra?.claims ?? []), ...(rb?.claims ?? [])], `Read as a comparison of ranks for ${localName(property)} (${a.label} against ${other.label}), but ${missing.length ? `the graph gives no single rank for ${missing.join(' or ')}` : 'the two ranks are the same'}.`);
    }
    const aLarger = ra.rank < rb.rank;
    return decided(interpretation, aLarger === greater, [...ra.claims, ...rb.claims], `Read as a comparison of ranks for ${localName(property)} (1 = largest): ${a.label} ranks ${ra.rank}, ${other.label} ranks ${rb.rank}, so the claim (${shown}) ${aLarger === greater ? 'holds' : 'does not hold'}.`);
  }
  return undefined;
}

/**
 * "A has larger N than any other country [does]" as "A has the largest N" (more than every other
 * is the most); undefined when the claim is not of that form.
 *
 * @example
 * ```ts
 * superlativeRewrite(ctx, 'Freedonia buys more gas from Sylvania than any other country does.');
 * // 'Freedonia buys the most gas from Sylvania'
 * ```
 */
export function superlativeRewrite(ctx: CheckContext, text: string): string | undefined {
  // "than" between spaces, tested before the pattern is built (the gate, `needs`)
  if (!THAN_NEEDS.test(trimClaim(text))) return undefined;
  const words = comparisonWords(ctx);
  const comp = alternation([...words.greater.keys(), ...words.less.keys()]);
  const m = cachedRegExp(`^(.+?)\\s+(${comp})\\s+(?:(.*?)\\s+)?than\\s+(?:any|every|all)\\s+other((?:\\s+[^\\s]+){0,4}?)(?:\\s+${AUX})?$`, 'i').exec(trimClaim(text));
  if (!m) return undefined;
  const [, pre, word, post, otherNoun] = m as unknown as [string, string, string, string | undefined, string];
  const w = word.toLowerCase();
  const sup = words.greater.get(w) ?? words.less.get(w)!;
  // "A is bigger than any other Ruritanian economy": "A is the biggest Ruritanian economy"
  const rest = post ?? otherNoun.trim();
  if (!rest) return undefined;
  // (round 12) "A has a larger N than any other ...": no article before the superlative's "the";
  // "than any other Ruritanian republic": the group the superlative is said in ("in Ruritania")
  const head = pre.replace(/\s+(?:a|an)$/i, '');
  const scope = post ? scopeOf(ctx, otherNoun) : undefined;
  return `${head} the ${sup} ${rest}${scope && !rest.includes(scope.said) ? ` in ${scope.label}` : ''}`;
}

/** The one name inside "any other <words>" ("Ruritanian republic", "League member"), as said and by its label. */
function scopeOf(ctx: CheckContext, words: string): { said: string; label: string } | undefined {
  const ws = words.trim().split(/\s+/);
  for (let n = ws.length; n >= 1; n--) {
    for (let i = 0; i + n <= ws.length; i++) {
      const said = ws.slice(i, i + n).join(' ');
      if (!/^[A-Z]/.test(said)) continue;
      const hit = resolveMention(ctx, dropIgnorable(tokenize(said, ctx.morph), ctx.morph));
      if (hit.length === 1) return { said, label: hit[0]!.label };
    }
  }
  return undefined;
}
