/**
 * "Not even A, let alone B" (round 19, branch shapes19): "Sylvania is not even an ordinary member of
 * the League, let alone a founding one". The claim denies A and, a fortiori, B, the narrower
 * relation (a founding member is a member: rdfs:subPropertyOf); denying A says it all, since the
 * denial of the wider relation entails that of the narrower. The claim is read as "Sylvania is not
 * a member of the League" (the "let alone" part and "even" dropped, with an "ordinary", "simple" or
 * "regular" before A: the wider relation is meant; "full" is kept, a full member is narrower) and
 * rechecked.
 *
 * Only a denial ("not even", "never even", "n't even") is read: "let alone" after an affirmative
 * ("can barely afford A, let alone B") is not a relation the graph holds.
 */
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { agreeingRewrites } from './package-names.js';
import { normalizeTypography } from './text.js';

const LET_ALONE = /^(?<head>.+?(?:\bnot|\bnever|n't))\s+even\s+(?:(?:an?|the)\s+)?(?:(?:ordinary|simple|regular|plain|mere)\s+)?(?<rest>.+?),?\s+(?:let\s+alone|much\s+less|still\s+less|never\s+mind)\s+.+$/i;

/**
 * The claim with its "let alone" part dropped, or undefined when it has none.
 *
 * @example
 * ```ts
 * letAloneRewrite('Sylvania is not even an ordinary member of the League, let alone a founding one.');
 * // 'Sylvania is not a member of the League.'
 * ```
 */
export function letAloneRewrite(text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  const m = LET_ALONE.exec(t);
  if (!m?.groups) return undefined;
  const rest = m.groups.rest!;
  // the article the noun takes again ("a member", "an ally"); a verb phrase ("join X") keeps none
  const noun = /^(?:[a-z-]+\s+)?(?:member|shareholder|partner|ally|participant|signatory|founder|part)\b/i.test(rest);
  return `${m.groups.head} ${noun ? (/^[aeiou]/i.test(rest) ? 'an ' : 'a ') : ''}${rest}.`;
}

/**
 * Reads "not even A, let alone B" as the denial of A (see the module comment).
 *
 * @example
 * ```ts
 * await readLetAlone({ ctx, text: 'Sylvania is not even a member of the League, let alone a founding one.', recheck });
 * ```
 */
export async function readLetAlone({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const said = letAloneRewrite(text);
  return said ? agreeingRewrites(text, [{ claim: said, note: '"not even A, let alone B": the denial of A, which entails that of the narrower B' }], recheck) : undefined;
}
