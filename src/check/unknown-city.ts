/**
 * A deed placed in a city the graph does not know (round 23): "Freedonia signed energy deals with
 * Sylvania in Gala City", "The signing ... took place in Gala City", "Did Rufus meet Gloria in Gala
 * City?". The name is a city and nothing else (ontology/lexicon.places.txt, src/check/place-names.ts)
 * and names no entity of the graph, so no pattern can fill the place slot and the claim was left
 * unread. It is read without "in <city>": that claim refuted refutes the claim (a deed not done
 * was done nowhere), unless by a rank (the city may be the rank's scope); supported or undecided,
 * the claim is held NOT_ENOUGH_INFO with that reading shown and the place named, since no source
 * places the deed there. A denial ("did not sign ... in Gala City" says less than "did not sign")
 * and a place phrase before the verb ("Analysts in Gala City said ...": the source, not the deed's
 * place) are not read.
 */
import { NS, type CheckContext } from './context.js';
import { isA } from './claim-index.js';
import { cityName } from './place-names.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { DENIAL } from './denials.js';

/** "in / at <Capitalised name>" closing the claim, or before a closing time phrase ("on May 5, 2015"). */
const PLACE_LAST = /^(.+?\S)\s+(?:in|at)\s+((?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,2})(\s+(?:on|in|during)\s+[^,]+?)?\s*([.!?]?)$/;

/**
 * The claim without its closing place, and the place, when the place is a city the graph does not
 * know; undefined otherwise.
 *
 * @example
 * ```ts
 * withoutUnknownCity(ctx, 'Freedonia signed deals with Sylvania in Gala City.');
 * // { claim: 'Freedonia signed deals with Sylvania.', city: 'Gala City' }
 * ```
 */
export function withoutUnknownCity(ctx: CheckContext, text: string): { claim: string; city: string } | undefined {
  const t = normalizeTypography(text).trim();
  if (DENIAL.test(t)) return undefined;
  const m = PLACE_LAST.exec(t);
  if (!m || !cityName(ctx, m[2]!)) return undefined;
  // a name the graph knows is read by the patterns (or by src/check/dated-place.ts)
  if (resolveMention(ctx, dropIgnorable(tokenize(m[2]!, ctx.morph), ctx.morph)).length) return undefined;
  return { claim: `${m[1]}${m[3] ?? ''}${m[4]}`, city: m[2]! };
}

/**
 * The reader (see the module comment): the claim without the city, refuted -> refuted; otherwise
 * held, not decided, with the reading shown.
 *
 * @example
 * ```ts
 * await readUnknownCity({ ctx, text: 'Freedonia signed deals with Sylvania in Gala City.', recheck });
 * // { held: NOT_ENOUGH_INFO ... } when the graph supports the deals and names no place
 * ```
 */
export async function readUnknownCity({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const found = withoutUnknownCity(ctx, text);
  if (!found) return undefined;
  const r = await recheck(found.claim);
  if (!r) return undefined;
  const read = `Read as "${found.claim}" in ${found.city}, a city no source names`;
  const note = `"in ${found.city}": a city the graph does not know (ontology/lexicon.places.txt)`;
  const interpretation = { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] };
  // a rank is said within a scope, which the city may be ("the largest economy in Gala City"):
  // a rank refuted without it says nothing of the rank there
  // round 36 (fix29a; users29's F3): an event of a kind held again (cg:RecurringEvent) may have an
  // instance in that city ("attended the Gala in Gala City"): the graph's instance refuted says nothing of it
  const recurring = [r.interpretation.subject, r.interpretation.object].some((v) => v?.kind === 'entity' && isA(ctx, v.iri, `${NS.cg}RecurringEvent`));
  if (r.verdict === 'REFUTED' && !/rank/.test(r.reason) && !recurring) {
    return { decided: restate(r, text, { interpretation, explanation: `${read}: the deed itself is refuted, so it was done in no place. ${r.explanation}` }) };
  }
  const why = r.verdict === 'SUPPORTED' ? 'the graph states the deed, but no source places it there'
    : r.verdict === 'REFUTED' ? 'the graph denies it of its one instance of an event of a kind held again (cg:RecurringEvent), which says nothing of one there' : 'the graph does not decide the deed';
  return { held: { ...undecidedResult(r, `${read}: ${why}. ${r.explanation}`), claim: text.trim(), interpretation } };
}
