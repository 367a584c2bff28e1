/**
 * A claim about one part of a whole whose amount the source gives only for the whole (round 37,
 * users29's F9): "the League signed several energy deals worth US$ 18 billion with Sylvania" gives
 * the deals' total, so "the League signed an energy deal worth US$ 5 billion with Sylvania" is
 * neither refuted (one deal may be worth 5 billion) nor, at 18 billion, supported (one deal is not
 * all of them); "US$ 105 million for two purposes, A and B" gives no share of A, so "US$ 40
 * million for A" is not refuted (while "the US$ 105 million is for A" is held: the money is for A,
 * among others). The source's amount then only relates to the claim. Two shapes are read:
 * - the claim names fewer values of a qualifier than the source lists (one purpose of two) with
 *   another amount than the source's;
 * - the claim names one thing ("a deal", "an agreement", "one deal") of a kind the source's
 *   sentence counts in the plural with a quantity ("several deals", "three agreements"), or each
 *   of them ("each of the deals", "every deal", "all the deals", "were each worth"; round 38).
 */
import { NS, type CheckContext } from './context.js';
import { anchorText } from './articles.js';
import type { ClaimInfo } from './claim-index.js';
import { entityName, labelOf } from './prose.js';
import { cachedRegExp } from './regex-memo.js';
import type { CheckValue, Interpretation } from './types.js';

/** The qualifiers that give an amount of money: the part-of-whole reading applies to them only. */
const AMOUNT_QUALIFIERS = new Set(['amount']);

// the quantity words before a plural noun that make it several things ("several deals")
const MANY = String.raw`(?:several|many|various|numerous|multiple|a\s+number\s+of|a\s+series\s+of|a\s+string\s+of|two|three|four|five|six|seven|eight|nine|ten|\d+)`;

/** The IRIs a qualifier value names (one entity, or a list). */
function iris(v: CheckValue): string[] {
  if (v.kind === 'entity') return [v.iri];
  if (v.kind === 'entities') return v.items.flatMap((i) => (i.kind === 'entity' ? [i.iri] : []));
  return [];
}

/** The text of the source claim's sentences. */
function sentenceText(ctx: CheckContext, c: ClaimInfo): string {
  return c.sentences.map((s) => anchorText(ctx.store, s)).join(' ');
}

/**
 * The note of a claim about one part of the whole the source's amount is given for, or undefined.
 *
 * @example
 * ```ts
 * // "Freedonia signed an energy deal worth US$ 5 billion with Sylvania" against "several energy deals worth US$ 18 billion"
 * partOfTotal(ctx, q, c, false); // 'the source gives the amount for several deals together ...'
 * ```
 */
export function partOfTotal(ctx: CheckContext, q: Interpretation, c: ClaimInfo, amountMatches: boolean): string | undefined {
  const amount = Object.keys(q.qualifiers).find((n) => AMOUNT_QUALIFIERS.has(n));
  if (!amount || c.polarity !== 'positive') return undefined;
  // one value of a list the source gives ("for A" of "for A and B"), with another amount than the
  // whole's: the whole amount said of one of its purposes is still held ("the US$ 30 million is for
  // roads", as the sets label it: the money is for that purpose, among others)
  for (const [name, v] of Object.entries(q.qualifiers)) {
    if (amountMatches) break;
    if (AMOUNT_QUALIFIERS.has(name)) continue;
    const source = c.qualifiers.get(name) ?? [];
    const said = iris(v);
    if (source.length < 2 || !said.length || said.length >= source.length || !said.every((i) => source.includes(i))) continue;
    return `the source gives the ${labelOf(ctx, amount)} for ${source.map((i) => entityName(ctx, i)).join(' and ')} together (its ${labelOf(ctx, name)}), and the claim names ${said.map((i) => entityName(ctx, i)).join(' and ')} only, whose share it does not state`;
  }
  // one thing of a kind the source counts in the plural ("an energy deal" of "several energy deals"),
  // or each of them ("each of the deals", "every deal", "the deals were each worth": round 38,
  // users30's F4): the whole's amount is not each part's
  const one = q.determiner?.kind === 'indefinite' && /^(?:a|an|one)$/i.test(q.determiner.word);
  if ((!one && !q.eachPart) || !q.pattern) return undefined;
  const text = sentenceText(ctx, c);
  // (the claim's noun or another of the pattern's for the same kind: "agreements" of "several deals")
  for (const w of kindNouns(q.pattern)) {
    const plural = cachedRegExp(String.raw`\b(${MANY}\s+(?:[a-z-]+\s+){0,2}${w}s)\b`, 'i').exec(text);
    if (plural) return `the source gives the ${labelOf(ctx, amount)} for "${plural[1]}" together, and the claim names ${one ? `one ${w}` : `each ${q.eachPart}`}, whose share it does not state`;
  }
  return undefined;
}

/** The pattern's nouns of a kind that it also takes in the plural ("(deal|deals|...)": deal). */
function kindNouns(pattern: string): string[] {
  return [...pattern.matchAll(/\(([^()]+)\)/g)].flatMap((alt) => {
    const words = alt[1]!.split('|');
    return words.filter((w) => /^[a-z]{3,}$/.test(w) && words.includes(`${w}s`));
  });
}

/**
 * The noun of the matched pattern's kinds that a distributive quantifier goes with in the claim:
 * "each (one) of [the / X's] [two words] deals", "every [two words] deal", "all [of] [the / X's /
 * a number] [two words] deals", or after the plural ("the deals were each worth", "... worth US$ 1
 * billion each"); undefined otherwise.
 *
 * @example
 * ```ts
 * eachPartNoun('Each of the League\'s deals was worth US$ 5 billion.', '{s} \'s (deal|deals)'); // 'deal'
 * ```
 */
export function eachPartNoun(claim: string, pattern: string | undefined): string | undefined {
  if (!pattern || !/\b(?:each|every|all)\b/i.test(claim)) return undefined;
  const text = claim.replace(/\u2019/g, "'");
  for (const w of kindNouns(pattern)) {
    const mods = String.raw`(?:[\w-]+\s+){0,2}`;
    const before = cachedRegExp(String.raw`\b(?:(?:each|every)\s+(?:one\s+)?(?:of\s+)?|all\s+(?:of\s+)?)(?:(?:the|these|those|its|their|[\w-]+'s?)\s+)?(?:\w+\s+)?${mods}${w}s?\b`, 'i');
    const after = cachedRegExp(String.raw`\b${w}s\b(?:\s+[\w$\u00a5\u20ac.,-]+){0,12}?\s+(?:each\b|all\s+worth\b)`, 'i');
    if (before.test(text) || after.test(text)) return w;
  }
  return undefined;
}
