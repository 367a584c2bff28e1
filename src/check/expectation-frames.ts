/**
 * Frames that say a thing is planned or expected, or a state as of an event, in words the
 * lexicon's patterns do not read (issue 15, round 12):
 *
 * - "X is to V ..." / "X are to V ...": the plan, said with "will" ("The canal is to carry ships"
 *   -> "The canal will carry ships"); "X was to V" -> "X was expected to V". Only before a bare
 *   verb (not "is to the north", "is to blame").
 * - "X is due to V ...": "X is expected to V ...".
 * - "As of Y's N, S" / "S as of Y's N": S at the time of the event the noun names, said as the
 *   time clause the checker reads ("S by the time Y V-ed": src/check/time-clause.ts), the verb
 *   the lexicon derives from the noun (src/check/nominal-event.ts).
 *
 * Text only: the rewritten claim is checked by the whole pipeline, and its verdict is the claim's.
 */
import type { CheckContext } from './context.js';
import { eventVerb, pastOf } from './nominal-event.js';
import { normalizeTypography } from './text.js';

/** Words after "to" that are no verb ("is to the north", "is to blame" aside: an idiom). */
const NOT_A_VERB = /^(?:the|a|an|its|his|her|their|this|that|these|those|my|our|your|blame|some|any|no|each|every|[A-Z0-9].*)$/;
// a subject headed by a noun of purpose ("the main aim of X's trip", "Freedonia's goal"): "was to V" is its content
const PURPOSE_NOUN = /\b(?:aims?|purposes?|goals?|objectives?|point|intentions?|intent|idea|mission)(?:\s+of\b.*)?$/i;

/**
 * The claims an expectation frame says in the words the patterns read; empty when it has none.
 *
 * @example
 * ```ts
 * expectationRewrites(ctx, 'The canal is to carry ships from Zenda.'); // ['The canal will carry ships from Zenda']
 * expectationRewrites(ctx, 'Sylvania is due to sign the charter.'); // ['Sylvania is expected to sign the charter']
 * ```
 */
export function expectationRewrites(ctx: CheckContext, text: string): string[] {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  if (/\?$/.test(t)) return [];
  const out: string[] = [];
  const planned = /^(.+?)\s+(is|are|was|were)\s+(not\s+)?to\s+([a-z]+)\b(.*)$/.exec(t);
  // "The point / aim / purpose of X was to V" says why X was done, not that V was planned (round 22:
  // read by src/check/purpose.ts; "was expected to V" would make the purpose an expectation)
  if (planned && !NOT_A_VERB.test(planned[4]!) && !/\b(?:due|expected|set|likely|going|able|about|used|supposed|meant|said)$/i.test(planned[1]!)
    && !PURPOSE_NOUN.test(planned[1]!)) {
    const [, who, be, not, verb, rest] = planned as unknown as [string, string, string, string | undefined, string, string];
    out.push(/^(?:is|are)$/.test(be) ? `${who} will ${not ?? ''}${verb}${rest}` : `${who} ${be} ${not ?? ''}expected to ${verb}${rest}`);
  }
  const due = /^(.+?)\s+(is|are|was|were)\s+(not\s+)?due\s+to\s+([a-z]+\b.*)$/.exec(t);
  if (due && !NOT_A_VERB.test(due[4]!.split(/\s+/)[0]!)) out.push(`${due[1]} ${due[2]} ${due[3] ?? ''}expected to ${due[4]}`);
  // "The N of X are expected / due / set to be V-ed ...": "X are expected to V their N ..." (the
  // owner of the thing done is its doer, as "X are expected to sign their memoranda")
  const passive = /^(?:[Tt]he\s+)?([A-Za-z][\w\s-]*?)\s+of\s+([A-Z].+?)\s+(is|are)\s+(expected|due|set|scheduled|slated)\s+to\s+be\s+([a-z]+ed)\b(.*)$/.exec(t);
  if (passive) {
    const [, thing, owner, be, , done, rest] = passive as unknown as [string, string, string, string, string, string, string];
    const verb = ctx.morph.lemmas.get(done.toLowerCase()) ?? done.replace(/ed$/, '');
    const their = /\s(?:and)\s/.test(owner) || be.toLowerCase() === 'are' ? 'their' : 'its';
    out.push(`${owner} ${/\s(?:and)\s/.test(owner) ? 'are' : 'is'} expected to ${verb} ${their} ${thing}${rest}`);
  }
  // "As of Y's N, S": S by the time Y V-ed
  const asOf = /^as\s+of\s+(.+?)['\u2019]s\s+([a-z]+),\s+(.+)$/i.exec(t) ?? swapTrailing(/^(.+?),?\s+as\s+of\s+(.+?)['\u2019]s\s+([a-z]+)$/i.exec(t));
  if (asOf) {
    const verb = eventVerb(ctx, asOf[2]!);
    if (verb) out.push(`${asOf[3]} by the time ${asOf[1]} ${pastOf(ctx, verb)}`);
  }
  return out;
}

/** "S as of Y's N" in the order of "As of Y's N, S" (owner, noun, statement). */
function swapTrailing(m: RegExpExecArray | null): [string, string, string, string] | null {
  return m ? [m[0], m[2]!, m[3]!, m[1]!] : null;
}
