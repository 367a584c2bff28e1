/**
 * An event named with its organiser after "of" (round 17): "the Gala summit of the League is
 * planned for June 2016" is "the League's Gala summit is planned for June 2016". The patterns read
 * the possessive ("the League's Gala summit") as the event, but "of the League" after the event's
 * name is left over and the claim is unread. The claim is said again with the organiser as a
 * possessive, only when the span before "of" names an event the graph knows and the graph says
 * that event is the named party's (a positive `cg:organisedBy` claim, in any modality): another
 * party ("the Gala summit of Acme Bank") is no such event, and the claim stays unread.
 */
import { claimsByPredicate, isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { rewrittenHeld, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';

/** The one entity a whole span names, or undefined. */
function entityOf(ctx: CheckContext, span: string): string | undefined {
  const toks = dropIgnorable(tokenize(span, ctx.morph), ctx.morph);
  const hit = toks.length && toks.length <= 6 ? resolveMention(ctx, toks) : [];
  return hit.length === 1 ? hit[0]!.iri : undefined;
}

// "<up to five words> of [the] <a capitalised name of up to five words>"
const OF = /((?:[A-Za-z][\w'-]*\s+){0,4}[A-Za-z][\w'-]*)\s+of\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})/g;

/**
 * The claim with "<event> of <organiser>" said as "<organiser>'s <event>", or undefined.
 *
 * @example
 * ```ts
 * eventOfRewrite(ctx, 'The Gala summit of the League is planned for June 2016.');
 * // "The League's Gala summit is planned for June 2016."
 * ```
 */
export function eventOfRewrite(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  const organised = (claimsByPredicate(ctx).get(`${NS.cg}organisedBy`) ?? []).filter((c) => c.polarity === 'positive');
  for (const m of t.matchAll(OF)) {
    const left = m[1]!.split(/\s+/);
    const right = m[2]!.split(/\s+/);
    // the longest event name ending at "of", then the longest organiser name starting after it
    for (let i = 0; i < left.length; i++) {
      const eventWords = left.slice(i);
      const event = entityOf(ctx, eventWords.join(' '));
      if (!event || !isA(ctx, event, `${NS.cg}Event`)) continue;
      for (let j = right.length; j > 0; j--) {
        const party = entityOf(ctx, right.slice(0, j).join(' '));
        if (!party || !organised.some((c) => c.subject === event && c.object.value === party)) continue;
        const owner = right.slice(0, j).join(' ').replace(/^the\s+/i, '');
        let start = m.index! + m[1]!.length - eventWords.join(' ').length;
        const end = m.index! + m[0].length - (j < right.length ? right.slice(j).join(' ').length + 1 : 0);
        // "the" before the event moves before the owner ("the Gala summit of the League": "the League's Gala summit")
        let words = eventWords;
        let det = '';
        if (/^the$/i.test(words[0]!)) [det, words] = [words[0]!, words.slice(1)];
        else {
          const prev = /(?:^|\s)(the)\s+$/i.exec(t.slice(0, start));
          if (prev) [det, start] = [prev[1]!, prev.index + (/^\s/.test(prev[0]) ? 1 : 0)];
        }
        return `${t.slice(0, start)}${det ? `${det} ` : ''}${owner}'s ${words.join(' ')}${t.slice(end)}`;
      }
    }
  }
  return undefined;
}

/**
 * The table's reader (src/check/readers.ts): the claim with its "<event> of <organiser>" said as a
 * possessive, rechecked; its result is the claim's, the words read shown.
 *
 * @example
 * ```ts
 * await readEventOf({ ctx, text: 'The Gala summit of the League was held in 2011.', recheck });
 * ```
 */
export function readEventOf(input: ReaderInput): Promise<ReaderOutcome | undefined> {
  return rewrittenHeld(eventOfRewrite, 'an event named with its organiser after "of", which the graph says organises it')(input);
}
