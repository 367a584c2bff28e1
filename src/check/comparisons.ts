/**
 * Comparisons between two values of the graph (issue 15): "A's aid to B was larger than its
 * grants to C", "A's deals with B exceeded its assistance to C", "... more than twice the size of
 * ...", "... smaller than US$ 5 million". Each side is a noun phrase that the lexicon's nominal
 * patterns read as a relation ("{s} 's (grant|grants) to {o}"); its value is the one amount the
 * graph's claims of that relation state, whatever their modality (the phrase names the aid, a
 * pledge or a possibility, not its status: the explanation says which), or an amount said
 * outright. A second side opening with "its"/"their" borrows the first side's subject. The two
 * amounts are compared in a currency both state, with the arithmetic shown. A side that reads but
 * names no single amount (none, or several that differ) leaves the claim NOT_ENOUGH_INFO; a side
 * that does not read is no comparison reading.
 */
import { hasErrorCode } from '../errors.js';
import { NS, type CheckContext } from './context.js';
import { readByWords } from './by-words.js';
import { scopedIndex, type ClaimInfo } from './claim-index.js';
import { parseClaim } from './parser.js';
import { shortIri } from './prose.js';
import { dropIgnorable, normalizeTypography, tokenize, type Token } from './text.js';
import { amountInside, describedAmount, PRONOUN, receivedSides, recipientClaims, relativeRewrites } from './comparison-sides.js';
import { possessorlessSide } from './possessor-sides.js';
import type { Interpretation, ModalityName, MoneyValue } from './types.js';
import { BOUND_TEXT, canonicalDecimal, formatMoney, parseMoney, satisfiesAmount } from './values.js';
import { alternation, comparisonWords, type ComparisonWords } from './lexicon-words.js';
import { evaluateClaim, type Bearing, type Evaluation } from './verdict.js';
import { textMemo } from './text-memo.js';
import { cachedRegExp } from './regex-memo.js';

// the comparison words are lexicon data (ontology/lexicon.ttl cg:comparativeWord, cg:exceedVerb,
// cg:fallShortVerb, cg:multiplierWord, read by src/check/lexicon-words.ts); the regular expression is built from them
const patterns = new WeakMap<ComparisonWords, RegExp>();
// round 35: a particle after a verb of exceeding makes another verb: "will top out at V" is a
// ceiling (src/check/verb-bounds.ts), not "tops V" ("the cost will top out at 5bn" of a 10bn cost
// was supported as "more than 5bn")
const PARTICLE = '(?:out|off|up)';
function comparisonPattern(words: ComparisonWords): RegExp {
  let re = patterns.get(words);
  if (!re) {
    // the falling-short verbs before the exceeding ones: "dwarfed by" is not "dwarfed" + "by ..."
    re = new RegExp(
      `^(.+?)\\s+(?:(?:is|are|was|were)\\s+)?(?:worth\\s+)?(?:(${alternation([...words.greater.keys(), ...words.less.keys()])})\\s+than\\s+(?:(${alternation(words.factors.keys())})\\s+(?:the\\s+(?:size|amount|value)\\s+of\\s+)?)?|(${alternation(words.fallShort)})\\s+|(${alternation(words.exceed)})\\s+(?!${PARTICLE}\\s))(.+)$`,
      'i',
    );
    patterns.set(words, re);
  }
  return re;
}
/**
 * The pattern's gate: both of its shapes need "than" or an exceeding verb between spaces, so a
 * text without one is not matched against the whole pattern (whose lazy first side is tried at
 * every split; round 23).
 */
const gates = new WeakMap<ComparisonWords, RegExp>();
function comparisonGate(words: ComparisonWords): RegExp {
  let re = gates.get(words);
  if (!re) gates.set(words, (re = cachedRegExp(`\\s(?:than|${alternation([...words.exceed, ...words.fallShort])})\\s`, 'i')));
  return re;
}
const MODALITIES: ModalityName[] = ['stated', 'pledged', 'expected', 'possible'];

/** A difference said after the second side: "... than its aid to Y by $2.9 million", "... by 10 percent". */
const DIFFERENCE = /\s+by\s+(?:\S+\s+){0,4}?(?:\S*\d|[$\u00A5\u20AC\u00A3]|US\$|USD\b|(?:million|billion|trillion|thousand|percent|dollars?|yen|half|third|quarter)\b)/i;

/**
 * Whether the text after "than" ends with the difference between the sides ("... by $2.9 million"):
 * that amount is the difference, not the second side (round 14: "exceeded its aid to Y by 29
 * million dollars" was supported as "more than $29 million"). A margin in money is computed
 * (readComparison's byMargin); any other ("by 10 percent", "by half") leaves no reading.
 *
 * @example
 * ```ts
 * statesDifference("its aid to Sylvania by $2.9 million"); // true
 * statesDifference("its aid to Sylvania"); // false
 * ```
 */
export function statesDifference(text: string): boolean {
  return DIFFERENCE.test(` ${text}`);
}

/** One side of a comparison: an amount said outright, or the claims a noun phrase names. */
export interface Side {
  text: string;
  money?: MoneyValue[];
  /** The amounts of a value property's claims ("the pipeline costs": cg:slotCurrency). */
  values?: MoneyValue[];
  /** Whether a source gives the value as approximate (cg:approximate). */
  approximate?: boolean;
  interpretation?: Interpretation;
  claims: ClaimInfo[];
}

/** A comparison read from a claim and decided. */
export interface ComparisonReading {
  interpretation: Interpretation;
  evaluation: Evaluation;
}

const isUnread = (err: unknown): boolean => hasErrorCode(err, 'CHECK_UNINTERPRETABLE');

/**
 * The claims with an amount that a side's reading names (no group expansion: its amount is the
 * group's): in any modality for a noun phrase, which names the aid whatever its status; in the
 * clause's own modality for a clause, which asserts it ("A gave B money" is not the amount A may
 * give B).
 */
function claimsNamed(ctx: CheckContext, q: Interpretation, asserted = false): ClaimInfo[] {
  const seen = new Map<string, ClaimInfo>();
  for (const modality of asserted ? [q.modality] : MODALITIES) {
    const ev = evaluateClaim(ctx, { ...q, modality });
    if (ev.verdict !== 'SUPPORTED') continue;
    for (const b of ev.bearings) {
      const c = b.claim;
      if (b.stance === 'supports' && c.polarity === 'positive' && c.amounts.length && c.derivation !== `${NS.cg}GroupExpansion`) seen.set(c.iri, c);
    }
  }
  return [...seen.values()];
}

/**
 * One side read: an amount said outright, or the claims of the relation a noun phrase or clause
 * names (`borrow`: the subject "its" / "it" stands for; `asserted`: the side is a clause, whose
 * verb asserts the relation in its own modality).
 */
export function readSide(ctx: CheckContext, text: string, borrow?: string, asserted = false): Side | undefined {
  // "what it pledged to C", "what B got from A", "what the pipeline is expected to cost" (round 27)
  const free = FREE_RELATIVE.exec(text.trim());
  if (free) return freeRelativeSide(ctx, text, free[1]!, borrow);
  const tokens = dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
  const money = parseMoney(tokens);
  if (money && !money.some((m) => m.bound)) return { text, money, claims: [] };
  let readings: Interpretation[];
  let byWords = false;
  try {
    readings = parseClaim(ctx, text).readings.slice(0, 4).map((r) => r.interpretation);
  } catch (err) {
    if (!isUnread(err)) throw err;
    // one pattern's words in another order ("A's aid to B"); every reading's claims count, so
    // readings that name different amounts leave no single amount
    readings = readByWords(ctx, text).map((r) => r.interpretation);
    byWords = true;
  }
  readings = readings.filter((q) => q.polarity === 'positive' && q.subject.kind === 'entity' && q.object.kind === 'entity');
  if (!readings.length) {
    // "its possible grants to C", "the promised aid to C" (round 25): the side's amount is the
    // graph's in any modality (the explanation says which), so the modal adjective is read without
    const plain = text.replace(MODAL_ADJECTIVE, '');
    if (plain !== text) {
      const side = readSide(ctx, plain, borrow, asserted);
      if (side) return { ...side, text };
    }
    const valued = valueSide(ctx, text);
    if (valued) return valued;
    const m = /^(?:its|their|his|her)\s+(.+)$/i.exec(text);
    return borrow && m ? readSide(ctx, `${borrow}'s ${m[1]}`) : looseSide(ctx, text, tokens, borrow);
  }
  if (byWords) {
    const claims = new Map(readings.flatMap((q) => claimsNamed(ctx, q, asserted)).map((c) => [c.iri, c]));
    return { text, interpretation: readings[0]!, claims: [...claims.values()] };
  }
  let first: Side | undefined;
  for (const q of readings) {
    const side = { text, interpretation: q, claims: claimsNamed(ctx, q, asserted) };
    if (side.claims.length) return side;
    first ??= side;
  }
  return first;
}

/** A side that is a free relative clause: "what" and a clause missing the thing compared. */
const FREE_RELATIVE = /^what\s+(\S+\s+\S+.*)$/i;

/**
 * A free relative side ("what it pledged to C", "what B got from A", "what the pipeline is
 * expected to cost"): the amount the clause leaves out. Read as the clause of a value property
 * without its value (valueSide: "the pipeline is expected to cost"), else as the clause with what
 * was given named as aid (the noun the clause comparisons give a bare comparative,
 * src/check/clause-comparisons.ts IMPLICIT), in the clause's own modality; a leading pronoun is
 * the first side's subject. A clause that does not read so is no side (round 27).
 *
 * @example
 * ```ts
 * readSide(ctx, 'what it pledged to Sylvania', 'Freedonia')?.claims.length; // 1
 * ```
 */
function freeRelativeSide(ctx: CheckContext, text: string, clause: string, borrow?: string): Side | undefined {
  const words = clause.split(/\s+/);
  if (PRONOUN.test(words[0]!)) {
    if (!borrow) return undefined;
    words.splice(0, 1, borrow);
  }
  const said = words.join(' ');
  const valued = valueSide(ctx, said);
  if (valued?.claims.length) return { ...valued, text };
  for (const rewrite of relativeRewrites(`aid ${said}`)) {
    const side = readSide(ctx, rewrite, undefined, true);
    if (side?.interpretation && side.claims.length && !side.money) {
      return { ...side, text, interpretation: { ...side.interpretation, notes: [...(side.interpretation.notes ?? []), `read "${text}" as "${rewrite}" (what was given read as aid)`] } };
    }
  }
  return undefined;
}

/** A modal adjective before a side's noun ("possible grants", "promised aid"). */
const MODAL_ADJECTIVE = /\b(?:possible|potential|promised|pledged|planned|proposed|mooted)\s+(?=[a-z])/i;

/**
 * "the pipeline costs": a clause that names a value property without its value (one whose bare
 * decimals are in a currency, cg:slotCurrency) is read with a placeholder amount to find the
 * property and subject; the side's values are the graph's values of that property for it.
 */
function valueSide(ctx: CheckContext, text: string): Side | undefined {
  if (!ctx.slotCurrency.size || /\d/.test(text)) return undefined;
  let readings: Interpretation[];
  try {
    readings = parseClaim(ctx, `${text} US$ 1`).readings.slice(0, 4).map((r) => r.interpretation);
  } catch (err) {
    if (!isUnread(err)) throw err;
    return undefined;
  }
  for (const q of readings) {
    const currency = ctx.slotCurrency.get(q.predicate);
    if (!currency || q.subject.kind !== 'entity' || q.polarity !== 'positive') continue;
    const iri = q.subject.iri;
    const claims = (scopedIndex(ctx).get(q.predicate) ?? []).filter((c) => c.subject === iri && c.polarity === 'positive' && c.object.termType === 'Literal');
    const values = claims.map((c) => ({ value: canonicalDecimal(c.object.value), currency }));
    const approximate = claims.some((c) => (c.qualifiers.get('approximate') ?? []).includes('true'));
    const interpretation: Interpretation = { ...q, notes: [...(q.notes ?? []), `read "${text}" as the value of ${shortIri(q.predicate)} the graph gives ${q.subject.label}`] };
    return { text, interpretation, claims, values, approximate };
  }
  return undefined;
}

/** A side that is no relation read in order (src/check/comparison-sides.ts): an amount said inside it, a reduced relative clause, a recipient and nouns of aid. */
function looseSide(ctx: CheckContext, text: string, tokens: Token[], borrow?: string): Side | undefined {
  const inside = amountInside(tokens);
  if (inside) return { text, money: inside, claims: [] };
  for (const rewrite of relativeRewrites(text, borrow)) {
    let readings: Interpretation[];
    try {
      readings = parseClaim(ctx, rewrite).readings.slice(0, 4).map((r) => r.interpretation)
        .filter((q) => q.polarity === 'positive' && q.subject.kind === 'entity' && q.object.kind === 'entity');
    } catch (err) {
      if (!isUnread(err)) throw err;
      continue;
    }
    for (const q of readings) {
      const claims = claimsNamed(ctx, q);
      if (claims.length) return { text, interpretation: { ...q, notes: [...(q.notes ?? []), `read "${text}" as "${rewrite}"`] }, claims };
    }
  }
  const claims = recipientClaims(ctx, text);
  // "the energy deals with Y": no possessor and no recipient noun; each giver the graph names (src/check/possessor-sides.ts)
  // (the borrowed subject is for "its"/"their", which such a side does not have)
  if (!claims?.length) {
    const side = possessorlessSide(ctx, text, (t) => readSide(ctx, t));
    if (side) return side;
  }
  if (!claims) return undefined;
  const givers = [...new Set(claims.map((c) => c.subject))];
  const first = claims[0];
  const interpretation: Interpretation | undefined = first && givers.length === 1 ? {
    subject: { kind: 'entity', iri: first.subject, label: ctx.entityLabel.get(first.subject) ?? first.subject },
    predicate: first.predicate, predicateName: first.predicate.slice(first.predicate.lastIndexOf('#') + 1),
    object: { kind: 'entity', iri: first.object.value, label: ctx.entityLabel.get(first.object.value) ?? first.object.value },
    polarity: 'positive', modality: first.modality, qualifiers: {},
    notes: [`read "${text}" by its recipient: the graph's assistance claims to ${ctx.entityLabel.get(first.object.value) ?? first.object.value} (lexicon cg:recipientNoun)`],
  } : undefined;
  return { text, interpretation, claims };
}

/** The side's one amount per currency; undefined for a currency whose claims differ. */
/** The one amount per currency a side names (currencies with differing amounts left out). */
export function amountsOf(side: Side): Map<string, { value: number; shown: string }> {
  const out = new Map<string, { value: number; shown: string }>();
  const all = side.money ?? side.values ?? side.claims.flatMap((c) => c.amounts);
  const byCurrency = new Map<string, Set<string>>();
  for (const a of all) byCurrency.set(a.currency, (byCurrency.get(a.currency) ?? new Set()).add(canonicalDecimal(a.value)));
  for (const [cur, values] of byCurrency) {
    if (values.size !== 1) continue;
    const v = [...values][0]!;
    out.set(cur, { value: Number(v), shown: formatMoney({ value: v, currency: cur }) });
  }
  return out;
}

/**
 * The currency two sides' amounts ({@link amountsOf}) are compared in: US dollars when both state
 * them, else the first of the left side's that the right states too; undefined when none is shared.
 *
 * @example
 * ```ts
 * sharedCurrency(amountsOf(left), amountsOf(right)); // 'USD'
 * ```
 */
export function sharedCurrency(la: ReadonlyMap<string, unknown>, ra: ReadonlyMap<string, unknown>): string | undefined {
  return ['USD', ...la.keys()].find((c) => la.has(c) && ra.has(c));
}

/**
 * A comparison of amounts decided either way: every cited claim states one of the amounts, and the
 * explanation shows the arithmetic.
 *
 * @example
 * ```ts
 * decidedAmounts(interpretation, cite, true, 'Read as ...').evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function decidedAmounts(interpretation: Interpretation, cite: ClaimInfo[], holds: boolean, explanation: string): ComparisonReading {
  const stance = holds ? 'supports' : 'refutes';
  return {
    interpretation,
    evaluation: {
      verdict: holds ? 'SUPPORTED' : 'REFUTED', reason: 'value-comparison', conflict: false,
      bearings: cite.map((c): Bearing => ({ claim: c, stance, reason: 'value-comparison', note: `claim ${shortIri(c.iri)} states an amount` })),
      explanation,
    },
  };
}

/** A side and its amount as the explanation says them. */
export function describeSide(side: Side, shown: string): string {
  if (side.money) return `${shown} (stated in the claim)`;
  const mods = [...new Set(side.claims.map((c) => c.modality))].filter((m) => m !== 'stated');
  return `"${side.text}" is ${shown} (${side.claims.map((c) => `claim ${shortIri(c.iri)}`).join(', ')}${mods.length ? `, stated as ${mods.join('/')}` : ''})`;
}

/**
 * Reads and decides "<side> was larger/smaller than <side>" and "<side> exceeded <side>";
 * undefined when the claim is not of that form or a side does not read.
 *
 * @example
 * ```ts
 * readComparison(ctx, "Freedonia's grants to Sylvania were larger than its aid to Grand Fenwick.")?.evaluation.verdict;
 * ```
 */
export function readComparison(ctx: CheckContext, text: string): ComparisonReading | undefined {
  // a function of the context and the text, asked again of each text its readers and rechecks
  // see again (the users' set: about twice per text): kept per context (text-memo.ts, round 19)
  return readComparisonMemo(ctx, text, () => readComparisonUncached(ctx, text));
}

const readComparisonMemo = textMemo<ComparisonReading | undefined>();

function readComparisonUncached(ctx: CheckContext, text: string): ComparisonReading | undefined {
  const words = comparisonWords(ctx);
  const claim = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (!comparisonGate(words).test(claim)) return undefined;
  // round 38: a side said as what a recipient got ("the grants Sylvania may get", "what Sylvania
  // was pledged"): the side the readers read, the rewrite shown (src/check/comparison-sides.ts)
  const said = receivedSides(claim);
  if (said !== claim) {
    const r = readComparisonUncached(ctx, said);
    return r && { ...r, evaluation: { ...r.evaluation, explanation: `Read as "${said}". ${r.evaluation.explanation}` } };
  }
  const m = comparisonPattern(words).exec(claim);
  if (!m) return undefined;
  const [, leftText, word, factorWord, shortVerb, verb, rightText] = m as unknown as [string, string, string | undefined, string | undefined, string | undefined, string | undefined, string];
  // an exceeding verb says more, a falling-short verb ("falls short of", "is dwarfed by") less
  const greater = !shortVerb && (!!verb || words.greater.has((word ?? '').toLowerCase()));
  const factor = factorWord ? words.factors.get(factorWord.toLowerCase().replace(/\s+/g, ' '))! : 1;
  let left = readSide(ctx, leftText);
  // "The $12bn Freedonian deals outweigh ...": the thing described, its amount the graph's
  if (left?.money && !left.interpretation) left = describedSide(ctx, leftText, left.money);
  if (!left?.interpretation) return undefined;
  const borrow = left.interpretation.subject.kind === 'entity' ? left.interpretation.subject.label : undefined;
  // "... exceeded its aid to C by more than US$ 10 million": the margin is part of the claim, and
  // reading the right side without it would decide only the direction (a false SUPPORTED)
  // "... is less than US$ 10 million but more than 8": a second bound after the side is a clause
  // of its own; the amount inside the side would decide the first bound alone (a false SUPPORTED):
  // each bound is read as its own comparison
  if (SECOND_BOUND.test(rightText)) return twoBounds(ctx, claim, rightText);
  const by = marginOf(ctx, rightText);
  // a difference said in other units ("by about 10 percent", "by half") is not computed: no reading
  if (!by && statesDifference(rightText)) return undefined;
  // "... exceeds B in value": the dimension is the amount compared (round 26)
  const rightSaid = (by?.side ?? rightText).replace(/^the\s+(?=\S*\d)/i, '').replace(/\s+in\s+(?:value|size|worth)$/i, '');
  let right = readSide(ctx, rightSaid, borrow);
  if (!right) return undefined;
  // an amount said inside the second side's description is cited from the graph when it gives it
  if (right.money && !right.interpretation) right = describedSide(ctx, rightSaid, right.money) ?? right;
  return compareSides({ ...left, interpretation: left.interpretation }, right, greater, factor, factorWord, by?.margin);
}

/**
 * A side that is an amount inside a description ("the $12bn Freedonian deals", "the ¥9bn Sylvanian
 * package"), read as the thing described when the graph gives it the amount said (in a currency
 * both state, to the precision said): the side is then the graph's claims, cited. An amount the
 * graph does not give the thing, or a description that does not read, is no side (round 24).
 */
function describedSide(ctx: CheckContext, text: string, money: MoneyValue[]): Side | undefined {
  const d = describedAmount(text, ctx.morph);
  if (!d) return undefined;
  const side = readSide(ctx, d.rest);
  if (!side?.interpretation || !side.claims.length) return undefined;
  const graph = amountsOf(side);
  const said = amountsOf({ text, money, claims: [] });
  const common = [...said.keys()].filter((c) => graph.has(c));
  if (!common.length || common.some((c) => Math.abs(graph.get(c)!.value - said.get(c)!.value) > 0.005 * said.get(c)!.value)) return undefined;
  const note = `read "${text}" as "${d.rest}", whose amount the graph gives as said (${common.map((c) => said.get(c)!.shown).join(', ')})`;
  return { ...side, text, interpretation: { ...side.interpretation, notes: [...(side.interpretation.notes ?? []), note] } };
}

/** A contrast, or "and"/"or" before a comparative bound, inside a comparison's second side. */
const SECOND_BOUND = /\b(?:but|yet)\b|\b(?:and|or)\s+(?:still\s+|even\s+)?(?:more|less|fewer|greater|smaller|larger|bigger|higher|lower|over|under|above|below|at\s+(?:least|most))\b/i;

const TWO_BOUNDS = /^(.+?)\s*,?\s+(?:but|yet|and)\s+((?:more|less|fewer|greater|smaller|larger|bigger|higher|lower)\s+than\s+(.+))$/i;
const COMPARATIVE_END = /(?:more|less|fewer|greater|smaller|larger|bigger|higher|lower)\s+than\s*$/i;

/**
 * "S is less than A but more than B": each bound read as its own comparison of S ("S is less than
 * A", "S is more than B"; a bare B takes A's currency and scale, "110 million" A's currency), refuted when either is, supported
 * when both are; undefined otherwise (the bounds in another shape are not read here).
 */
function twoBounds(ctx: CheckContext, claim: string, rightText: string): ComparisonReading | undefined {
  const t = TWO_BOUNDS.exec(rightText);
  if (!t || !claim.endsWith(rightText)) return undefined;
  const prefix = claim.slice(0, claim.length - rightText.length);
  if (!COMPARATIVE_END.test(prefix)) return undefined;
  const [, first, bound, amount] = t as unknown as [string, string, string, string];
  // a bare second number takes the first's currency and scale, a number with a scale its currency
  const lead = first.slice(0, Math.max(0, first.search(/\d/)));
  const head = bound.slice(0, bound.length - amount.length);
  const second = /^\d[\d.,]*$/.test(amount) && /\d/.test(first) ? head + first.replace(/\d[\d.,]*/, amount)
    : /^\d/.test(amount) && /\S/.test(lead) ? head + lead + amount : bound;
  const texts = [prefix + first, prefix.replace(COMPARATIVE_END, '') + second];
  const [a, b] = texts.map((x) => readComparison(ctx, x));
  if (!a || !b) return undefined;
  const said = `Read as two bounds, each its own comparison ("${texts[0]}", "${texts[1]}")`;
  const refuted = [a, b].find((r) => r.evaluation.verdict === 'REFUTED');
  if (refuted) return { ...refuted, evaluation: { ...refuted.evaluation, explanation: `${said}; one fails: ${refuted.evaluation.explanation}` } };
  if (a.evaluation.verdict !== 'SUPPORTED' || b.evaluation.verdict !== 'SUPPORTED') return undefined;
  return { ...a, evaluation: { ...a.evaluation, bearings: [...a.evaluation.bearings, ...b.evaluation.bearings], explanation: `${said}; both hold: ${a.evaluation.explanation} ${b.evaluation.explanation}` } };
}

/** "<right side> by <amount>": the side and the margin said, when the words after "by" are an amount. */
function marginOf(ctx: CheckContext, rightText: string): { side: string; margin: MoneyValue[] } | undefined {
  const m = /^(.+?)\s+by\s+(.+)$/i.exec(rightText);
  if (!m) return undefined;
  const margin = parseMoney(dropIgnorable(tokenize(m[2]!, ctx.morph), ctx.morph));
  return margin ? { side: m[1]!, margin } : undefined;
}

interface MarginInput {
  left: Side; right: Side; l: { value: number; shown: string }; r: { value: number; shown: string };
  target: number; greater: boolean; currency: string; margin: MoneyValue[]; money: (x: number) => string;
}

/**
 * "A exceeded B by [bound] M": the difference, in the direction said, against the margin and its
 * bound (satisfiesAmount: "about" within 10%); a margin in another currency decides nothing.
 */
function byMargin(interpretation: Interpretation, cite: ClaimInfo[], x: MarginInput): ComparisonReading {
  const said = x.margin.find((m) => m.currency.toUpperCase() === x.currency.toUpperCase());
  const diff = x.greater ? x.l.value - x.target : x.target - x.l.value;
  const sides = `${describeSide(x.left, x.l.shown)}; ${describeSide(x.right, x.r.shown)}`;
  if (!said) {
    return { interpretation, evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', conflict: false, bearings: cite.map((c): Bearing => ({ claim: c, stance: 'related', reason: 'partial-match', note: `claim ${shortIri(c.iri)} states an amount` })), explanation: `Read as a comparison of two amounts with a margin: ${sides}; the margin is in another currency, so it is not decided.` } };
  }
  const holds = diff > 0 && satisfiesAmount({ value: canonicalDecimal(String(Math.round(diff * 100) / 100)), currency: x.currency }, said);
  const bound = said.bound ? `${BOUND_TEXT[said.bound]} ` : '';
  return decidedAmounts(interpretation, cite, holds, `Read as a comparison of two amounts with a margin: ${sides}. ${x.greater ? `${x.money(x.l.value)} - ${x.money(x.target)}` : `${x.money(x.target)} - ${x.money(x.l.value)}`} = ${x.money(diff)}; the claim says by ${bound}${formatMoney({ ...said, bound: undefined })}${said.bound === 'about' ? ' (about: within 10%)' : ''}, so it ${holds ? 'holds' : 'does not hold'}.`);
}

/**
 * Decides "<left> more/less than [factor x] <right>" from the two sides' amounts, in a currency both
 * state, with the arithmetic shown; NOT_ENOUGH_INFO when a side gives no single amount.
 *
 * @example
 * ```ts
 * compareSides(left, right, true, 1).evaluation.verdict; // 'SUPPORTED' when left's amount is larger
 * ```
 */
export function compareSides(left: Side & { interpretation: Interpretation }, right: Side, greater: boolean, factor: number, factorWord?: string, margin?: MoneyValue[]): ComparisonReading {
  const rel = `${greater ? 'more' : 'less'} than ${factor !== 1 ? `${factorWord} ` : ''}`;
  const interpretation: Interpretation = { ...left.interpretation, notes: [...(left.interpretation.notes ?? []), `read as a comparison: "${left.text}" ${rel}"${right.text}"`] };
  const la = amountsOf(left);
  const ra = amountsOf(right);
  const currency = sharedCurrency(la, ra);
  const cite = [...left.claims, ...right.claims];
  if (!currency) {
    const why = !la.size || !ra.size
      ? `the graph gives no single amount for "${(!la.size ? left : right).text}"`
      : 'the two sides have no currency in common';
    return {
      interpretation,
      evaluation: {
        verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', conflict: false,
        bearings: cite.map((c): Bearing => ({ claim: c, stance: 'related', reason: 'partial-match', note: `claim ${shortIri(c.iri)} states an amount` })),
        explanation: `Read as a comparison of two amounts ("${left.text}" ${rel}"${right.text}"), but ${why}.`,
      },
    };
  }
  const l = la.get(currency)!;
  const r = ra.get(currency)!;
  const target = r.value * factor;
  const holds = greater ? l.value > target : l.value < target;
  // a value the source gives as approximate decides nothing within 10% of the other side
  if ((left.approximate || right.approximate) && Math.abs(l.value - target) <= 0.1 * Math.max(Math.abs(l.value), Math.abs(target))) {
    return {
      interpretation,
      evaluation: {
        verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', conflict: false,
        bearings: cite.map((c): Bearing => ({ claim: c, stance: 'related', reason: 'partial-match', note: `claim ${shortIri(c.iri)} states an approximate amount` })),
        explanation: `Read as a comparison of two amounts: ${describeSide(left, l.shown)}; ${describeSide(right, r.shown)}. The source gives an amount as approximate, and the two are within 10% of each other.`,
      },
    };
  }
  const money = (x: number): string => formatMoney({ value: canonicalDecimal(String(x)), currency });
  if (margin) return byMargin(interpretation, cite, { left, right, l, r, target, greater, currency, margin, money });
  const arithmetic = `${money(l.value)} is ${l.value > target ? 'more' : l.value < target ? 'less' : 'no more and no less'} than ${factor !== 1 ? `${factor} x ${money(r.value)} = ` : ''}${money(target)}`;
  const decidedReading = decidedAmounts(interpretation, cite, holds, `Read as a comparison of two amounts: ${describeSide(left, l.shown)}; ${describeSide(right, r.shown)}. ${arithmetic}, so the claim (${rel.trim()}) ${holds ? 'holds' : 'does not hold'}.`);
  // the amounts behind the verdict travel with it, for a degree said with the comparison (src/check/degree-comparisons.ts)
  decidedReading.evaluation.amounts = { larger: Math.max(l.value, target), smaller: Math.min(l.value, target) };
  return decidedReading;
}
