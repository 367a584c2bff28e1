/**
 * Amounts said to be alike (round 20): "Freedonia's grant to Sylvania was about as large as its
 * aid to Marsovia", "... roughly the same as ...", "... similar to ...", and the two sides said
 * together, "Freedonia's pledges to Sylvania and Marsovia were roughly equal". Each side is read
 * as the comparison readers read a side (src/check/comparisons.ts `readSide`: a noun phrase names
 * the aid whatever its status, and the explanation says which); the two amounts are compared in a
 * currency both state, with the arithmetic shown:
 *
 * - said as approximate ("about", "roughly", "similar", "comparable"): the two hold within 10% of
 *   the larger, are refuted beyond 15% (the one closeness rule of src/check/closeness.ts, round 31;
 *   25% before), and between the two are left undecided;
 * - "equal", "the same as" without a hedge: equal amounts hold, a difference beyond 10% refutes,
 *   a smaller one is left undecided (a writer may round);
 * - "as large as" / "as much as" without a hedge: also "at least as large", so a left side larger
 *   by more than 10% is left undecided, a smaller one beyond 10% refutes.
 *
 * A denied or questioned likeness is no reading; a side that does not read, or names no single
 * amount, leaves no decision (NOT_ENOUGH_INFO with the reading shown, as for "larger than").
 *
 * Round 21: the likeness said with clauses, "Freedonia promised Sylvania about as much as it gave
 * Marsovia", "Sylvania got roughly as much money from Freedonia as Marsovia": each side a clause
 * read in its own modality, the second completed from the first, as the clause comparisons read
 * them (src/check/clause-comparisons.ts `clauseSides`), then decided by the rules above.
 */
import { closeness } from './closeness.js';
import type { CheckContext } from './context.js';
import { amountsOf, decidedAmounts, sharedCurrency, describeSide, readSide, type ComparisonReading, type Side } from './comparisons.js';
import { clauseSides } from './clause-comparisons.js';
import { resolveMention } from './resolver.js';
import { shortIri } from './prose.js';
import { dropIgnorable, normalizeTypography, tokenize, type Morphology } from './text.js';
import type { Interpretation } from './types.js';
import { canonicalDecimal, formatMoney, opensWithFigure } from './values.js';
import type { Bearing } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';

// raw tokens only (a figure and a currency mark are read from their raw text, not from lemmas)
const PLAIN: Morphology = { lemmas: new Map(), ignorable: new Set() };

/** How the likeness is said: a hedge, a plain equality, or "as large as" (at least as large). */
type Likeness = 'approximate' | 'equal' | 'at-least';

/** Hedges before a likeness ("about as large as"); src/check/elided-possessive.ts reads them too. */
export const HEDGE = '(?:about|roughly|approximately|nearly|almost|more or less|broadly|much|pretty much|virtually|practically|around|close to|basically|essentially)';
const COPULA = '(?:is|are|was|were|will be|would be)';
/**
 * The likeness words that take a second side: "as large as", "as much as", "the same (size|amount) as",
 * "equal to", "similar to" ... (one list: src/check/elided-possessive.ts reads "X's N is as large as Y's" with it).
 */
export const LIKE = '(?:as (?:large|big|much|great|high|sizeable|generous) as|the same (?:size |amount |value )?as|equal to|equal in size to|similar to|similar in size to|comparable to|comparable in size to|on a par with|level with|in line with)';
const TOGETHER = '(?:equal|the same|similar|comparable|alike|of similar size|of the same size|of comparable size|similar in size|equal in size|on a par)';

/** A claim of two amounts said alike: the two side texts and how the likeness is said. */
export interface EqualShape {
  left: string;
  right: string;
  likeness: Likeness;
  /** The words of the likeness as written ("about as large as"). */
  said: string;
}

/**
 * The shape of "<A> was [about] as large as <B>" and "<X's N to Y> and <Z> were [roughly]
 * equal" (the second side said as the first with its last name replaced, found by `resolves`);
 * undefined for other claims.
 *
 * @example
 * ```ts
 * equalShape("Freedonia's grant to Sylvania was about as large as its aid to Marsovia.", () => true)?.likeness; // 'approximate'
 * ```
 */
export function equalShape(text: string, resolves: (words: string) => boolean): EqualShape | undefined {
  const claim = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  if (/\b(?:not|never|no|neither|nor)\b|n't\b|\?$/i.test(claim)) return undefined;
  // a copula: both sides are noun phrases naming amounts (a clause side, "A promised B about as
  // much as it promised C", asserts its own modality: not read here)
  const one = cachedRegExp(`^(.+?)\\s+${COPULA}\\s+(?:worth\\s+)?((${HEDGE})\\s+)?(${LIKE})\\s+(.+)$`, 'i').exec(claim);
  if (one) {
    const [, left, , hedge, like, right] = one as unknown as [string, string, string | undefined, string | undefined, string, string];
    const likeness: Likeness = hedge || /^(?:similar|comparable|on a par|level|in line)/i.test(like) ? 'approximate' : /^as /i.test(like) ? 'at-least' : 'equal';
    // round 39: "was worth as much as US$ 5 billion", a bare figure after an unhedged "as much as",
    // is the ceiling idiom ("up to"), read by the bound readers and src/check/up-to-ceiling.ts, not
    // a likeness of two amounts (which refuted a figure below the ceiling)
    if (likeness === 'at-least' && opensWithFigure(tokenize(right, PLAIN))) return undefined;
    return { left, right, likeness, said: `${hedge ? `${hedge} ` : ''}${like}`.toLowerCase() };
  }
  const both = cachedRegExp(`^(.+?)\\s+and\\s+(.+?)\\s+${COPULA}\\s+((${HEDGE})\\s+)?(${TOGETHER})(?:\\s+in\\s+(?:size|value|amount))?$`, 'i').exec(claim);
  if (!both) return undefined;
  const [, first, second, , hedge, like] = both as unknown as [string, string, string, string | undefined, string | undefined, string];
  // the second side is the first with its last name replaced: "Freedonia's pledges to Sylvania
  // and Marsovia" -> "Freedonia's pledges to Marsovia"; a second side that is a whole noun phrase
  // of its own ("... and its aid to Marsovia") is taken as it is
  const words = first.split(/\s+/);
  let right: string | undefined;
  if (/^(?:its|their|his|her|the)\s/i.test(second) || !resolves(second)) right = second;
  else {
    for (let k = 1; k < words.length; k++) {
      if (resolves(words.slice(k).join(' '))) {
        right = `${words.slice(0, k).join(' ')} ${second}`;
        break;
      }
    }
  }
  if (!right) return undefined;
  const likeness: Likeness = hedge || !/^(?:equal|the same|of the same size|equal in size)$/i.test(like) ? 'approximate' : 'equal';
  return { left: first, right, likeness, said: `${hedge ? `${hedge} ` : ''}${like}`.toLowerCase() };
}

/**
 * Reads and decides two amounts said alike; undefined when the claim is not of that shape or
 * its first side does not read as a relation.
 *
 * @example
 * ```ts
 * readEqualAmounts(ctx, "Freedonia's pledges to Sylvania and Marsovia were roughly equal.")?.evaluation.verdict;
 * ```
 */
export function readEqualAmounts(ctx: CheckContext, text: string): ComparisonReading | undefined {
  const resolves = (words: string): boolean => resolveMention(ctx, dropIgnorable(tokenize(words, ctx.morph), ctx.morph)).length === 1;
  const shape = equalShape(text, resolves);
  if (!shape) return undefined;
  const left = sideOf(ctx, shape.left);
  if (!left?.interpretation) return undefined;
  const borrow = left.interpretation.subject.kind === 'entity' ? left.interpretation.subject.label : undefined;
  const right = sideOf(ctx, shape.right, borrow);
  if (!right) return undefined;
  return compareAlike({ ...left, interpretation: left.interpretation }, right, shape);
}

// "<S> <V> [O] [hedge] as much|many [N] [PP] as <rest>": a clause before the likeness (no copula: that is the noun phrases' form)
const CLAUSE_LIKE = cachedRegExp(`^(.+?)\\s+(?:(${HEDGE})\\s+)?as\\s+(?:much|many)\\s+(?:(.+?)\\s+)?as\\s+(.+)$`, 'i');

/**
 * Reads and decides two amounts said alike with clauses ("Freedonia promised Sylvania about as
 * much as it gave Marsovia"); undefined when the claim is not of that shape or a side does not read.
 *
 * @example
 * ```ts
 * readClauseLikeness(ctx, 'Freedonia gave Sylvania roughly as much as it pledged to Marsovia.')?.evaluation.verdict;
 * ```
 */
export function readClauseLikeness(ctx: CheckContext, text: string): ComparisonReading | undefined {
  const claim = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  // cheap test first; a denied or questioned likeness is no reading
  if (!/\bas\s+(?:much|many)\b/i.test(claim) || /\b(?:not|never|no|neither|nor)\b|n't\b|\?$/i.test(claim)) return undefined;
  const m = CLAUSE_LIKE.exec(claim);
  if (!m) return undefined;
  const [, pre, hedge, after, rest] = m as unknown as [string, string, string | undefined, string | undefined, string];
  const sides = clauseSides(ctx, pre, after ?? '', rest, 'as');
  if (!sides) return undefined;
  if (sides.ambiguous) return sides.ambiguous;
  const said = `${hedge ? `${hedge.toLowerCase()} ` : ''}as much as`;
  const reading = compareAlike(sides.left, sides.right, { left: sides.left.text, right: sides.right.text, likeness: hedge ? 'approximate' : 'at-least', said });
  const note = `read "${m[0]}" as "${sides.left.text}" ${said} "${sides.right.text}"`;
  return { ...reading, interpretation: { ...reading.interpretation, notes: [...(reading.interpretation.notes ?? []), note] } };
}

/**
 * A side as the comparison readers read it; a plural head noun before its preposition ("the
 * pledges to Sylvania") is also tried in the singular the lexicon's nominal patterns spell.
 */
function sideOf(ctx: CheckContext, text: string, borrow?: string): Side | undefined {
  const side = readSide(ctx, text, borrow);
  if (side?.interpretation) return side;
  const singular = text.replace(/\b([a-z]{3,}?)s\b(?=\s+(?:to|for|with|from|of)\s)/i, '$1');
  return (singular !== text ? readSide(ctx, singular, borrow) : undefined) ?? side;
}

/** Decides the likeness of two sides' amounts, with the arithmetic shown. */
function compareAlike(left: Side & { interpretation: Interpretation }, right: Side, shape: EqualShape): ComparisonReading {
  const reading = `"${left.text}" ${shape.said} "${right.text}"`;
  const interpretation: Interpretation = { ...left.interpretation, notes: [...(left.interpretation.notes ?? []), `read as two amounts said alike: ${reading}`] };
  const la = amountsOf(left);
  const ra = amountsOf(right);
  const currency = sharedCurrency(la, ra);
  const cite = [...left.claims, ...right.claims];
  const undecided = (why: string): ComparisonReading => ({
    interpretation,
    evaluation: {
      verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', conflict: false,
      bearings: cite.map((c): Bearing => ({ claim: c, stance: 'related', reason: 'partial-match', note: `claim ${shortIri(c.iri)} states an amount` })),
      explanation: `Read as two amounts said alike (${reading}), but ${why}.`,
    },
  });
  if (!currency) {
    return undecided(!la.size || !ra.size ? `the graph gives no single amount for "${(!la.size ? left : right).text}"` : 'the two sides have no currency in common');
  }
  const l = la.get(currency)!.value;
  const r = ra.get(currency)!.value;
  const money = (x: number): string => formatMoney({ value: canonicalDecimal(String(x)), currency });
  const larger = Math.max(Math.abs(l), Math.abs(r));
  const share = larger === 0 ? 0 : Math.abs(l - r) / larger;
  const pct = `${Math.round(share * 1000) / 10}%`;
  const sides = `${describeSide(left, la.get(currency)!.shown)}; ${describeSide(right, ra.get(currency)!.shown)}`;
  const arithmetic = `${money(l)} and ${money(r)} differ by ${money(Math.abs(l - r))}, ${pct} of the larger`;
  const decide = (holds: boolean, rule: string): ComparisonReading =>
    decidedAmounts(interpretation, cite, holds, `Read as two amounts said alike: ${sides}. ${arithmetic}; ${rule}, so the claim (${shape.said}) ${holds ? 'holds' : 'does not hold'}.`);
  const approximate = left.approximate || right.approximate;
  if (shape.likeness === 'approximate') {
    // said as approximate: the one closeness rule ("about"), held only on sources given exactly
    const close = closeness(l, r, 'about', false, { written: false });
    if (close.holds && !approximate) return decide(true, `said as approximate: ${close.arithmetic}`);
    if (close.holds === false) return decide(false, `said as approximate: ${close.arithmetic}`);
    return undecided(`${sides}: ${arithmetic}; ${close.arithmetic}${close.holds ? ', but a source gives an amount as approximate' : ''}`);
  }
  if (shape.likeness === 'equal') {
    if (share === 0 && !approximate) return decide(true, 'the two are equal');
    if (share > 0.1) return decide(false, 'said as equal, a difference beyond 10% refutes');
    return undecided(`${sides}: ${arithmetic}, which a writer may round away`);
  }
  // "as large as": at least as large
  if (share <= 0.1 && !approximate) return decide(true, '"as large as" holds within 10%');
  if (l < r && share > 0.1) return decide(false, `the first is smaller by more than 10%`);
  return undecided(`${sides}: ${arithmetic}; "as large as" may also mean "at least as large"`);
}
