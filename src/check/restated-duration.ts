/**
 * A duration restated in brackets or between dashes ("a week (seven days)", "three weeks [21
 * days]", "two weeks - 14 days -", "(i.e. 30 days)"): read as the one duration when the two agree,
 * and the claim left unread when they do not.
 * round 39 (fix31c, users31's F17): the duration reader added the two as parts of one span ("a
 * week (seven days)" refuted as 14 days), or a reader of "after" dropped both and kept the order
 * ("three weeks (30 days) after" supported by 22 days). A restatement names the same span again;
 * two spans that differ say two things, and neither is the claim.
 */
import type { CheckContext } from './context.js';
import { normalizeTypography, tokenize } from './text.js';
import { parseDuration } from './values.js';

/** The claim with its restated duration read as one, or why it is not read. */
export type RestatedDuration = { claim: string; said: string; again: string } | { unread: string };

/** A bracketed or dashed aside: its opening, its words, its closing (a dash aside may end the claim). */
const ASIDE = /\s*(?:\(([^()]+)\)|\[([^[\]]+)\]|\s-{1,2}\s*([^-]+?)\s*(?:-{1,2}|(?=[.!]?\s*$)))/g;
/** Words that only say "this is the same" before a restatement ("i.e.", "that is", "or"). */
const SAME_LEAD = /^(?:i\.?\s?e\.?,?|that\s+is,?|or|namely|in\s+other\s+words,?|so)\s+/i;

/** The days of a plain duration, or undefined (no bound: "about a week (seven days)" is left alone). */
function days(ctx: CheckContext, words: string): number | undefined {
  const v = parseDuration(tokenize(words, ctx.morph));
  return v?.kind === 'duration' && !v.bound ? v.days : undefined;
}

/**
 * The claim with a duration restated in an aside read as the one duration, `{ unread }` when the
 * aside names another span, or undefined when the claim restates no duration.
 *
 * @example
 * ```ts
 * restatedDuration(ctx, "Rufus's tour lasted a week (seven days).");
 * // { claim: "Rufus's tour lasted a week.", said: 'a week', again: 'seven days' }
 * restatedDuration(ctx, 'The League opened three weeks (30 days) after the treaty.');
 * // { unread: 'the claim says "three weeks" and restates it as "30 days", another span' }
 * ```
 */
export function restatedDuration(ctx: CheckContext, text: string): RestatedDuration | undefined {
  const t = normalizeTypography(text);
  if (!/[([]|\s-/.test(t)) return undefined;
  for (const m of t.matchAll(ASIDE)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? '').trim().replace(/[!?.]+$/, '').replace(SAME_LEAD, '').trim();
    if (!inner || inner.split(/\s+/).length > 4) continue;
    const again = days(ctx, inner);
    if (again === undefined) continue;
    // the duration right before the aside: the longest run of its last words that reads as one
    const before = t.slice(0, m.index).split(/\s+/);
    let said: string | undefined;
    let first: number | undefined;
    for (let k = Math.min(5, before.length); k >= 1 && first === undefined; k--) {
      const words = before.slice(-k).join(' ');
      const d = days(ctx, words);
      if (d !== undefined) {
        said = words;
        first = d;
      }
    }
    if (first === undefined) continue;
    if (Math.abs(first - again) > 1e-9) return { unread: `the claim says "${said}" and restates it as "${inner}", another span` };
    const rest = t.slice(m.index + m[0].length);
    return { claim: `${t.slice(0, m.index)}${/^[\s.,;!?]/.test(rest) || !rest ? '' : ' '}${rest}`, said: said!, again: inner };
  }
  return undefined;
}
