/**
 * A bare person as the second event of "before" / "after" (round 36, issue 15): "Rufus went to
 * Sylvania twelve years before Zed" says Zed went there too, later; the first clause's verb
 * phrase is the second person's ("... twelve years before Zed went to Sylvania"), which the span
 * readers (src/check/spans.ts) decide against the two dated deeds. A closing "did" / "had" is the
 * same ellipsis ("... before Zed did").
 *
 * The second side must be one name the graph knows as a person, and the first clause a name
 * followed by a verb phrase in lower case (its subject is then the name); anything else is not
 * this reading. The rewritten claim is checked whole, so a deed the graph does not date for the
 * second person leaves the claim undecided, with the reading shown.
 *
 * @example
 * ```ts
 * personEventRewrite(ctx, 'Rufus went to Sylvania two years before Zed.');
 * // 'Rufus went to Sylvania two years before Zed went to Sylvania.'
 * ```
 */
import { isA } from './claim-index.js';
import type { CheckContext } from './context.js';
import { cg } from './context-vocab.js';
import { resolveMention } from './resolver.js';
import { SPAN } from './span-bounds.js';
import { normalizeTypography, tokenize } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** The gate: "before" or "after" between spaces. */
export const PERSON_EVENT_NEEDS = /\s(?:before|after)\s/i;

/**
 * The claim with the first clause's verb phrase said of the bare person after "before" / "after",
 * or undefined when the claim is not of that shape.
 */
export function personEventRewrite(ctx: CheckContext, text: string): string | undefined {
  const said = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (!PERSON_EVENT_NEEDS.test(said)) return undefined;
  const m = cachedRegExp(`^(.+?)\\s+((?:${SPAN}\\s+)?)(before|after)\\s+(.+?)(?:\\s+(?:did|had))?$`, 'i').exec(said);
  if (!m) return undefined;
  const [, first, span, word, second] = m as unknown as [string, string, string, string, string];
  // the first clause: a name (words with capitals), then a verb phrase in lower case
  const clause = /^((?:[A-Z][\w.'-]*\s+)+?)([a-z][\s\S]*)$/.exec(first);
  if (!clause || /\b(?:not|never|n't)\b/i.test(clause[2]!)) return undefined;
  // "S was the last / first N to V O before Y" compares holders, not two deeds (the last-before
  // reader's shape; owner-office, round9-time and round11-own tests: found at round 36's merge)
  if (/\b(?:last|first|only|latest|earliest|next)\b/i.test(clause[2]!)) return undefined;
  // the second side: one name of a person (at most four words, each with a capital)
  if (!/^(?:[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,3}$/.test(second)) return undefined;
  const people = resolveMention(ctx, tokenize(second, ctx.morph));
  if (people.length !== 1 || !isA(ctx, people[0]!.iri, cg('Person'))) return undefined;
  const subject = resolveMention(ctx, tokenize(clause[1]!.trim(), ctx.morph));
  if (subject.length !== 1 || subject[0]!.iri === people[0]!.iri) return undefined;
  return `${first} ${span}${word} ${second} ${clause[2]!.trim()}.`;
}
