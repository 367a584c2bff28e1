/**
 * The difference between two amounts, said as a noun (round 26): "The difference between A and B
 * is less than C", "the gap between A and B exceeds C", "A and B differ by about C", "A and B are
 * less than C apart". Each side is read as a comparison side is (src/check/comparisons.ts
 * `readSide`: a relation's amount, "its" borrowing the first side's subject); a side said as an
 * amount with its owner ("Sylvania's $105m") is the graph's claims that give the owner that amount
 * (never the amount the claim says alone: that would check the arithmetic, not the graph). The
 * difference, |A - B| in a currency both sides and C share, is compared with C and its bound ("less
 * than", "about": within 10%), the arithmetic shown. A side the graph gives no single amount leaves
 * the claim NOT_ENOUGH_INFO with that side named; a denied difference ("is not") is not read.
 */
import type { CheckContext } from './context.js';
import { scopedIndex, type ClaimInfo } from './claim-index.js';
import { describedAmount } from './comparison-sides.js';
import { amountsOf, decidedAmounts, describeSide, readSide, type ComparisonReading, type Side } from './comparisons.js';
import { shortIri } from './prose.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { Interpretation, MoneyValue } from './types.js';
import { BOUND_TEXT, canonicalDecimal, formatMoney, parseMoney, satisfiesAmount } from './values.js';
import type { Bearing } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';

/** The gate: a noun or verb of difference. */
export const DIFFERENCE_NEEDS = /\b(?:difference|gap|differ(?:s|ed)?|apart)\b/i;

const COPULA = '(?:is|was|will\\s+be|would\\s+be|amounts\\s+to|amounted\\s+to|comes\\s+to|came\\s+to|stands\\s+at|stood\\s+at|totals|totalled|totaled)';
const MORE = '(?:exceeds|exceeded|tops|topped|surpasses|surpassed|is\\s+(?:above|over)|was\\s+(?:above|over))';
const LESS = '(?:falls\\s+short\\s+of|fell\\s+short\\s+of|is\\s+(?:below|under)|was\\s+(?:below|under)|stays\\s+(?:below|under))';
const NOUN = cachedRegExp(`^(?:the\\s+)?(?:difference|gap)\\s+between\\s+(?<ab>.+?)\\s+(?:(?<more>${MORE})|(?<less>${LESS})|${COPULA})\\s+(?<c>.+)$`, 'i');
const VERB = cachedRegExp(`^(?<ab>.+?)\\s+(?:(?:differ|differed)\\s+by\\s+(?<c>.+)|(?:are|were)\\s+(?<c2>.+?)\\s+apart)$`, 'i');

/** The difference claim's parts: the two sides said together, the amount said, and its bound. */
interface DifferenceSaid { ab: string; said: MoneyValue[] }

/**
 * The parts of a difference claim; undefined when the text is not one.
 *
 * @example
 * ```ts
 * differenceSaid(ctx, 'The gap between A and B exceeds $10 million');
 * // { ab: 'A and B', said: [{ value: '10000000', currency: 'USD', bound: 'gt' }] }
 * ```
 */
export function differenceSaid(ctx: CheckContext, text: string): DifferenceSaid | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!?]+$/, '');
  if (/\b(?:not|never|no)\b|n't\b/i.test(t)) return undefined;
  const n = NOUN.exec(t);
  const v = n ? undefined : VERB.exec(t);
  const g = (n ?? v)?.groups;
  if (!g) return undefined;
  const c = g.c ?? g.c2 ?? '';
  const lead = g.more ? 'more than ' : g.less ? 'less than ' : '';
  const said = parseMoney(dropIgnorable(tokenize(`${lead}${c}`, ctx.morph), ctx.morph));
  if (!said?.length) return undefined;
  // a bound said twice ("exceeds more than") is not one the verb allows
  if (lead && said.some((m) => m.bound !== (g.more ? 'gt' : 'lt'))) return undefined;
  return { ab: g.ab!, said };
}

/**
 * "Sylvania's $105m": the graph's claims about the owner (either end) that state the amount said,
 * to 0.5%; undefined when the side is not an owner and an amount, or the graph gives none.
 */
function ownedAmount(ctx: CheckContext, text: string): Side | undefined {
  const d = describedAmount(text, ctx.morph);
  if (!d) return undefined;
  const owner = /^(.+?)(?:'s|\u2019s|')$/.exec(d.rest.trim())?.[1];
  if (!owner) return undefined;
  const found = resolveMention(ctx, dropIgnorable(tokenize(owner, ctx.morph), ctx.morph));
  if (found.length !== 1) return undefined;
  const x = found[0]!.iri;
  const near = (a: MoneyValue, m: MoneyValue): boolean => a.currency.toUpperCase() === m.currency.toUpperCase()
    && Math.abs(Number(a.value) - Number(m.value)) <= 0.005 * Number(m.value);
  const claims: ClaimInfo[] = [];
  const index = scopedIndex(ctx);
  for (const p of new Set(ctx.axioms.properties.values())) {
    for (const c of index.get(p) ?? []) {
      if (c.polarity !== 'positive' || (c.subject !== x && c.object.value !== x)) continue;
      if (c.amounts.some((a) => d.money.some((m) => near(a, m)))) claims.push(c);
    }
  }
  if (!claims.length) return undefined;
  // the side's amounts are the graph's, in the currencies it gives them (said or not)
  const first = claims[0]!;
  const interpretation: Interpretation = {
    subject: { kind: 'entity', iri: first.subject, label: ctx.entityLabel.get(first.subject) ?? first.subject },
    predicate: first.predicate, predicateName: first.predicate.slice(first.predicate.lastIndexOf('#') + 1),
    object: { kind: 'entity', iri: first.object.value, label: ctx.entityLabel.get(first.object.value) ?? first.object.value },
    polarity: 'positive', modality: first.modality, qualifiers: {},
    notes: [`read "${text}" as the graph's amount for ${found[0]!.label} that the claim says`],
  };
  return { text, interpretation, claims };
}

/** A side read for a difference: a relation's amount, or an owner and the amount the graph gives it. */
function sideOf(ctx: CheckContext, text: string, borrow?: string): Side | undefined {
  const side = readSide(ctx, text, borrow);
  if (side && !side.money) return side;
  return ownedAmount(ctx, text);
}

/**
 * Reads and decides a difference claim; undefined when it is not one or its sides do not read.
 *
 * @example
 * ```ts
 * readDifference(ctx, "The difference between Freedonia's aid to Sylvania and its grants to Ruritania is less than $5 million")?.evaluation.verdict;
 * ```
 */
export function readDifference(ctx: CheckContext, text: string): ComparisonReading | undefined {
  if (!DIFFERENCE_NEEDS.test(text)) return undefined;
  const d = differenceSaid(ctx, text);
  if (!d) return undefined;
  // the two sides: the first cut at an "and" where both read
  const cuts = [...d.ab.matchAll(/\s+and\s+/gi)];
  for (const cut of cuts) {
    const aText = d.ab.slice(0, cut.index);
    const bText = d.ab.slice(cut.index! + cut[0].length);
    const a = sideOf(ctx, aText);
    if (!a?.interpretation) continue;
    const borrow = a.interpretation.subject.kind === 'entity' ? a.interpretation.subject.label : undefined;
    const b = sideOf(ctx, bText, borrow);
    if (!b) continue;
    return decide({ ...a, interpretation: a.interpretation }, b, d.said);
  }
  return undefined;
}

function decide(a: Side & { interpretation: Interpretation }, b: Side, said: MoneyValue[]): ComparisonReading {
  const interpretation: Interpretation = { ...a.interpretation, notes: [...(a.interpretation.notes ?? []), `read as the difference between "${a.text}" and "${b.text}"`] };
  const la = amountsOf(a);
  const lb = amountsOf(b);
  const claimed = said.find((m) => la.has(m.currency.toUpperCase()) && lb.has(m.currency.toUpperCase()));
  const cite = [...a.claims, ...b.claims];
  const related = cite.map((c): Bearing => ({ claim: c, stance: 'related', reason: 'partial-match', note: `claim ${shortIri(c.iri)} states an amount` }));
  if (!claimed) {
    const missing = !la.size ? a : !lb.size ? b : undefined;
    const why = missing ? `the graph gives no single amount for "${missing.text}"` : 'the graph gives the two sides no amount in the currency said';
    return { interpretation, evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', conflict: false, bearings: related, explanation: `Read as the difference between two amounts ("${a.text}" and "${b.text}"), but ${why}.` } };
  }
  const cur = claimed.currency.toUpperCase();
  const x = la.get(cur)!;
  const y = lb.get(cur)!;
  const diff = Math.abs(x.value - y.value);
  const money = (v: number): string => formatMoney({ value: canonicalDecimal(String(Math.round(v * 100) / 100)), currency: cur });
  const sides = `${describeSide(a, x.shown)}; ${describeSide(b, y.shown)}`;
  const bound = claimed.bound ? `${BOUND_TEXT[claimed.bound]} ` : '';
  const c = Number(canonicalDecimal(claimed.value));
  // a value a source gives as approximate decides nothing within 10% of the larger side
  if ((a.approximate || b.approximate) && Math.abs(diff - c) <= 0.1 * Math.max(x.value, y.value)) {
    return { interpretation, evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', conflict: false, bearings: related, explanation: `Read as the difference between two amounts: ${sides}. The source gives an amount as approximate, and the difference, ${money(diff)}, is too near ${bound}${money(c)} to decide.` } };
  }
  const holds = satisfiesAmount({ value: canonicalDecimal(String(Math.round(diff * 100) / 100)), currency: cur }, claimed);
  return decidedAmounts(interpretation, cite, holds, `Read as the difference between two amounts: ${sides}. |${money(x.value)} - ${money(y.value)}| = ${money(diff)}; the claim says ${bound}${money(c)}${claimed.bound === 'about' ? ' (about: within 10%)' : ''}, so it ${holds ? 'holds' : 'does not hold'}.`);
}
