/**
 * A time clause said with an event noun: "X entered into force before the bank's opening", "Y
 * happened after the opening of the League Bank". The noun is read as its verb, as the nominal-event
 * reader reads it (src/check/nominal-event.ts `eventVerb`: WordNet derivations of the lexicon's
 * words), and the clause said as one: "before the bank opened", "after the League Bank was opened". The
 * time readers (clause dates, spans between events) then compare the two dates the graph gives.
 *
 * The noun's owner may be the doer or what the deed is done to: both clauses are checked, and the
 * claim is decided only when the readings the graph decides agree; an undecided one is held.
 */
import type { CheckContext } from './context.js';
import { eventVerb, pastOf } from './nominal-event.js';
import { normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';
import { DENIAL_OR_CONDITION as DENIAL } from './denials.js';
import { cachedRegExp } from './regex-memo.js';

const LINK = String.raw`(?:after|before|until|since)`;
/** "... before X's N [in|on|at|to P]" */
const POSSESSIVE = cachedRegExp(String.raw`^(.+?\b${LINK})\s+((?:the\s+)?.+?)'s\s+([a-z]+)((?:\s+(?:in|on|at|to|of|near)\s+.+?)?)\s*[.!]?$`, 'i');
/** "... before the N of X [in|on|at P]" */
const OF = cachedRegExp(String.raw`^(.+?\b${LINK})\s+the\s+([a-z]+)\s+of\s+(.+?)((?:\s+(?:in|on|at|near)\s+.+?)?)\s*[.!]?$`, 'i');

/**
 * The claim with its event-noun time clause said as a clause, active then passive; empty when it
 * has none.
 *
 * @example
 * ```ts
 * eventClauseRewrites(ctx, "The charter entered into force before the canal's opening.");
 * // ['The charter entered into force before the canal opened', 'The charter entered into force before the canal was opened']
 * ```
 */
export function eventClauseRewrites(ctx: CheckContext, text: string): Array<{ claim: string; noun: string; verb: string }> {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  if (DENIAL.test(t)) return [];
  const m = POSSESSIVE.exec(t);
  const o = m ? undefined : OF.exec(t);
  const [head, owner, noun, rest] = m ? [m[1]!, m[2]!, m[3]!, m[4] ?? ''] : o ? [o[1]!, o[3]!, o[2]!, o[4] ?? ''] : [];
  if (!head || !owner || !noun) return [];
  // the owner is one noun phrase: no clause of its own
  if (/\b(?:after|before|until|since|when|while|and|or)\b|,/i.test(owner)) return [];
  const verb = eventVerb(ctx, noun);
  if (!verb) return [];
  const v = pastOf(ctx, verb);
  return [`${head} ${owner} ${v}${rest}`, `${head} ${owner} was ${v}${rest}`].map((claim) => ({ claim, noun, verb }));
}

/**
 * Reads the claim through {@link eventClauseRewrites}: the decided readings must agree; an
 * undecided one is held.
 *
 * @example
 * ```ts
 * await readEventClause(ctx, "The charter entered into force before the canal's opening.", recheck); // { decided: ... }
 * ```
 */
export async function readEventClause(ctx: CheckContext, text: string, recheck: (claim: string) => Promise<CheckResult | undefined>):
  Promise<{ decided: CheckResult } | { held: CheckResult } | undefined> {
  const found: Array<{ claim: string; noun: string; verb: string; r: CheckResult }> = [];
  for (const rw of eventClauseRewrites(ctx, text)) {
    const r = await recheck(rw.claim);
    if (r) found.push({ ...rw, r });
  }
  if (!found.length) return undefined;
  const tell = (f: (typeof found)[number]): CheckResult => ({
    ...f.r, claim: text.trim(),
    interpretation: { ...f.r.interpretation, notes: [...(f.r.interpretation.notes ?? []), `read the event noun "${f.noun}" of the time clause as the verb "${f.verb}": "${f.claim}"`] },
    explanation: `Read as "${f.claim}" (the event of the time clause said as a noun, "${f.noun}", is the deed of "${f.verb}"). ${f.r.explanation}`,
  });
  const decidedOnes = found.filter((f) => f.r.verdict !== 'NOT_ENOUGH_INFO');
  if (decidedOnes.length && decidedOnes.every((f) => f.r.verdict === decidedOnes[0]!.r.verdict)) return { decided: tell(decidedOnes[0]!) };
  if (decidedOnes.length) return { held: undecidedResult(tell(decidedOnes[0]!)) };
  return { held: tell(found[0]!) };
}
