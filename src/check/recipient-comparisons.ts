/**
 * Two recipients of one giver compared by what they got (round 28, branch phrasing28): "Sylvania
 * got more money out of Freedonia than Marsovia did", "Sylvania received far less aid from
 * Freedonia than Marsovia", "Freedonia gave Sylvania more money than Marsovia", "Freedonia gave
 * more aid to Sylvania than to Marsovia". Each is said as the comparison of the giver's two
 * packages the value-comparison reader takes ("Freedonia's aid to Sylvania was larger than its aid
 * to Marsovia"), and the graph's two amounts decide; a degree word ("far", "slightly") is kept
 * before the comparative, where the degree reader weighs it.
 *
 * The rank-comparison reading of the same words ("Sylvania received aid from Freedonia" ranked
 * against Marsovia) finds no rank and is undecided: this reader is also tried then
 * (`whenUndecided`). Left alone: a denial or a question (the question readers say the statement
 * first), a giver compared with a giver ("Freedonia gave Sylvania more than Marsovia did": who
 * else gave is the other side), loans and other kinds of money than aid.
 */
import { normalizeTypography } from './text.js';

const GOT = '(?:got|gets|has\\s+got|received|receives|has\\s+received|had\\s+received|obtained|secured|was\\s+given|has\\s+been\\s+given|was\\s+granted|was\\s+offered|was\\s+promised|took\\s+home|drew)';
const DEGREE = '(?:(far|much|a\\s+lot|slightly|a\\s+little|a\\s+bit|considerably|significantly|substantially|way|marginally|somewhat)\\s+)?';
const MONEY = '(?:money|aid|assistance|financial\\s+assistance|financial\\s+help|financial\\s+support|financial\\s+aid|economic\\s+aid|help|funding|funds|cash|support)';
const GAVE = '(?:gave|gives|has\\s+given|granted|offered|pledged|provided|extended|promised)';
/** What may close the second side ("than Marsovia did"). */
const CLOSE = '(?:\\s+(?:did|does|had|has|got|received|was))?';
const DENIAL = /\b(?:not|never|no)\b|n't\b/i;

const said = (giver: string, a: string, more: string, degree: string | undefined, b: string): string =>
  `${giver}'s aid to ${a} was ${degree ? `${degree.replace(/\s+/g, ' ')} ` : ''}${/^more$/i.test(more) ? 'larger' : 'smaller'} than its aid to ${b}.`;

/**
 * The claim as a comparison of one giver's aid to two recipients, or undefined for another claim.
 *
 * @example
 * ```ts
 * recipientComparison('Sylvania got more money out of Freedonia than Marsovia did');
 * // "Freedonia's aid to Sylvania was larger than its aid to Marsovia."
 * ```
 */
export function recipientComparison(text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  if (/\?$/.test(t) || DENIAL.test(t) || !/\bthan\b/i.test(t)) return undefined;
  // "A got more money (out of | from) G than B [did]"
  const got = new RegExp(`^(.+?)\\s+${GOT}\\s+${DEGREE}(more|less)\\s+${MONEY}\\s+(?:out\\s+of|from|by)\\s+(.+?)\\s+than\\s+(.+?)${CLOSE}$`, 'i').exec(t);
  if (got) {
    const [, a, degree, more, giver, b] = got as unknown as [string, string, string | undefined, string, string, string];
    return plain(b) ? said(giver, a, more, degree, b) : undefined;
  }
  // "G gave more aid to A than to B"
  const toTo = new RegExp(`^(.+?)\\s+${GAVE}\\s+${DEGREE}(more|less)\\s+${MONEY}\\s+to\\s+(.+?)\\s+than\\s+to\\s+(.+)$`, 'i').exec(t);
  if (toTo) {
    const [, giver, degree, more, a, b] = toTo as unknown as [string, string, string | undefined, string, string, string];
    return plain(b) ? said(giver, a, more, degree, b) : undefined;
  }
  // "G gave A more money than B" (no "did": a giver compared with a giver is another claim)
  const two = new RegExp(`^(.+?)\\s+${GAVE}\\s+(.+?)\\s+${DEGREE}(more|less)\\s+${MONEY}\\s+than\\s+(.+)$`, 'i').exec(t);
  if (two && !/\b(?:did|does|had|has|gave|did\s+so)$/i.test(two[5]!)) {
    const [, giver, a, degree, more, b] = two as unknown as [string, string, string, string | undefined, string, string];
    return plain(b) && !/\bto\b/i.test(a) ? said(giver, a, more, degree, b) : undefined;
  }
  return undefined;
}

/** A second side that is one name, not a clause or an amount ("Marsovia", not "$5 million" or "it gave X"). */
const plain = (b: string): boolean => !/\d|\$|\b(?:it|he|she|they|what|the\s+amount)\b/i.test(b) && b.split(' ').length <= 5;
