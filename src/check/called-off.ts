/**
 * A verb that negates a trip (round 20, branch idioms20): "Rufus Firefly called off his May 2015
 * visit to Sylvania", "Gloria Teasdale cancelled a trip to Marsovia". Calling a visit off says it
 * did not happen, and also that it was planned, which no source records; and a visit called off
 * once may be made at another time. So the claim is read as the visit ("Rufus Firefly made a visit
 * to Sylvania in May 2015", the light verb and the noun read by src/check/light-verbs.ts) and:
 *
 * - that visit SUPPORTED in the claim's own time (the reading carries a date, a month or a year
 *   the claim gives) -> REFUTED: the graph records the visit happening in the frame the claim says
 *   it was called off in;
 * - anything else (no time in the claim, the visit undecided or refuted) -> NOT_ENOUGH_INFO, the
 *   reading shown: a visit not made need not have been called off.
 *
 * A postponed trip is no cancelled one (it may be made later in the same year), so "postpone" is no
 * cancelling verb. The verbs are lexicon data (`cg:cancellingVerb`), and so are the nouns of a trip they are read
 * with (`cg:cancelledTripNoun`). A claim with a denial of its own ("did not call off") is not read.
 */
import { MONTH_NAMES } from './calendar-names.js';
import type { CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { formOf, isFormOf } from './light-verbs.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';
import { lexiconGate } from './reader-gates.js';
import { normalizeTypography } from './text.js';
import { DAY_OR_YEAR_QUALIFIERS } from './claim-index.js';
import { DENIAL } from './denials.js';
import { cachedRegExp } from './regex-memo.js';

interface Lists { verbs: string[][]; nouns: Set<string> }
const cache = new WeakMap<object, Lists>();

function lists(ctx: CheckContext): Lists {
  const hit = cache.get(ctx.lexicon);
  if (hit) return hit;
  const verbs = literals(ctx.lexicon, null, cg('cancellingVerb')).sort().map((v) => v.toLowerCase().split(/\s+/));
  const nouns = new Set(literals(ctx.lexicon, null, cg('cancelledTripNoun')).map((n) => n.toLowerCase()));
  const out = { verbs, nouns };
  cache.set(ctx.lexicon, out);
  return out;
}

/** A trip called off is named by one of the lexicon's trip nouns (the reader's gate, `needs`). */
export const CALLED_OFF_NEEDS = lexiconGate((ctx) => literals(ctx.lexicon, null, cg('cancelledTripNoun')));

// month names as the claim writes them (capitalised: the pattern takes no i flag)
const MONTH = `(?:${MONTH_NAMES.join('|')})`;
/** A time said before the noun: "his October 2015 visit", "a 2006 trip". */
const TIME_BEFORE_NOUN = cachedRegExp(`^(?:${MONTH}\\s+)?\\d{4}$`);
/** Words between the determiner and the noun that name no time and say no more of the trip. */
const MODIFIER = /^(?:planned|scheduled|proposed|expected|state|official|high-profile|week-long|long-awaited)$/i;

/** The claim's trip said as made, and what was read. */
export interface CalledOff {
  /** "X made a visit to Y in <time>". */
  claim: string;
  /** The words read as a denial ("called off"). */
  phrase: string;
}

/**
 * The trip a cancelling verb's claim says was not made, said as made; undefined when the claim has
 * no cancelling verb before a trip noun.
 *
 * @example
 * ```ts
 * calledOffTrip(ctx, 'Rufus Firefly called off his May 2015 visit to Sylvania.');
 * // { claim: 'Rufus Firefly made a visit to Sylvania in May 2015.', phrase: 'called off' }
 * ```
 */
export function calledOffTrip(ctx: CheckContext, input: string): CalledOff | undefined {
  const text = normalizeTypography(input).trim().replace(/[.!]$/, '');
  if (!CALLED_OFF_NEEDS(ctx).test(text)) return undefined;
  if (DENIAL.test(text)) return undefined;
  const words = [...text.matchAll(/[A-Za-z0-9][A-Za-z0-9'-]*/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  const { verbs, nouns } = lists(ctx);
  for (let i = 1; i < words.length - 2; i++) {
    // the verb in any form ("cancelled", "called"), its particle as written ("off")
    const verb = verbs.find((v) => v.every((w, k) => words[i + k] && (k === 0 ? isFormOf(ctx, words[i]!.text, w) : words[i + k]!.text.toLowerCase() === w)));
    if (!verb) continue;
    // a past or present deed, or a perfect ("has called off"); not a plan ("will call off")
    const form = formOf(ctx, words[i]!.text);
    if (form !== 'ed' && form !== 's') return undefined;
    let j = i + verb.length;
    const det = words[j]?.text ?? '';
    if (!/^(?:a|an|the|his|her|its|their)$/i.test(det) && !/'s$/.test(det)) return undefined;
    j++;
    const times: string[] = [];
    const start = j;
    while (j < words.length && !nouns.has(words[j]!.text.toLowerCase())) j++;
    if (j >= words.length - 1) return undefined;
    const between = words.slice(start, j).map((w) => w.text);
    // a time before the noun ("October 2015") is moved after the claim; other words must say no more
    const joined = between.filter((w) => !MODIFIER.test(w)).join(' ');
    if (joined && !TIME_BEFORE_NOUN.test(joined)) return undefined;
    if (joined) times.push(joined);
    const kept = between.filter((w) => /^(?:state|official)$/i.test(w));
    const noun = words[j]!.text.toLowerCase();
    const rest = text.slice(words[j]!.end).trim();
    if (!/^(?:to|of|in)\s/i.test(rest)) return undefined;
    const subject = text.slice(0, words[i]!.start).trim().replace(/\s+(?:has|have|had)$/i, '');
    const phrase = text.slice(words[i]!.start, words[i + verb.length - 1]!.end);
    const adjective = [...kept, noun].join(' ');
    const article = /^[aeiou]/i.test(adjective) ? 'an' : 'a';
    return { claim: `${subject} made ${article} ${adjective} ${rest}${times.length ? ` in ${times[0]}` : ''}.`, phrase };
  }
  return undefined;
}

/**
 * The called-off reader (table entry `called-off`): the trip said as made and checked; made in
 * the claim's own time refutes, anything else is held as not enough information with the reading.
 *
 * @example
 * ```ts
 * await readCalledOff({ ctx, text: 'Rufus Firefly called off his May 2015 visit to Sylvania.', recheck });
 * // { decided: REFUTED } when the graph records the visit in May 2015
 * ```
 */
export async function readCalledOff({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const trip = calledOffTrip(ctx, text);
  if (!trip) return undefined;
  const res = await recheck(trip.claim);
  if (!res || (res.interpretation.notes ?? []).some((n) => n.startsWith('read by its words'))) return undefined;
  const timed = DAY_OR_YEAR_QUALIFIERS.some((k) => k in res.interpretation.qualifiers);
  const note = `read '${trip.phrase}' as a denial of "${trip.claim}" (lexicon cg:cancellingVerb): refuted only when the graph records the trip in the claim's own time`;
  const interpretation = { ...res.interpretation, polarity: 'negative' as const, notes: [...(res.interpretation.notes ?? []), note] };
  if (res.verdict === 'SUPPORTED' && timed) {
    return {
      decided: {
        ...res, claim: text.trim(), verdict: 'REFUTED', reason: 'contrary-word', conflict: false, interpretation,
        evidence: res.evidence.map((e) => ({ ...e, stance: e.stance === 'related' ? e.stance : 'refutes' as const })),
        explanation: `Read as the trip "${trip.claim}", which the claim says was called off: the graph records it made at that time, so the claim is refuted. ${res.explanation}`,
      },
    };
  }
  const why = res.verdict === 'SUPPORTED'
    ? 'is supported, but the claim gives no time, and a trip called off once may be made at another'
    : res.verdict === 'REFUTED' ? 'is refuted, but a trip not made need not have been called off' : 'is not decided';
  return { held: undecidedResult(restate(res, text, { interpretation }), `Read as the trip "${trip.claim}", which the claim says was called off: that trip ${why}. ${res.explanation}`) };
}
