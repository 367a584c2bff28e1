/**
 * A state at the time of an event: "The canal had already opened when Rufus toured Sylvania", "When
 * the gala was held, the Acme pipeline was not yet in operation", "By the time the League met,
 * Freedonia's neutrality had been recognised". The state is the result of a deed the graph dates
 * (the opening, the start of operation, the recognition), so the claim is the order of two dated
 * things: "had already V-ed when E" holds when the deed came before E and fails when it came after
 * E; "had not yet V-ed when E" the other way round. Both orders are checked by the span readers
 * (src/check/spans.ts: "<deed> before <E>", "<deed> after <E>", each side dated by the graph), so a
 * deed on E's own day, or within E's span, decides nothing.
 *
 * The state is read only from words that name one: a past perfect ("had opened", "had been
 * recognised"), a passive or adjective with "already" / "not yet" ("was already recognised"), or a
 * state of operation ("was operating", "in operation", "in service", "open", "in force"), whose
 * start is the deed. A state that may have ended ("was serving as president") is not read: only
 * the start is compared, so the state is one the graph does not end (operation, force, recognition).
 */
import type { ReaderOutcome } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';
import { normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';
import { cachedRegExp } from './regex-memo.js';

/** What the claim says, read as the order of a deed and an event. */
export interface EventState {
  /** The deed whose result the state is, said as a clause ("the canal opened"). */
  deed: string;
  /** The event whose time the state is said at, as the claim says it ("when Rufus toured Sylvania"). */
  time: string;
  /** The event alone ("Rufus toured Sylvania"). */
  event: string;
  /** True when the claim says the deed had not yet happened ("not yet", "had yet to"). */
  notYet: boolean;
}

const LEADS = String.raw`when|by the time|at the time`;
/** Words of a state of operation, with the deed that starts it. */
const OPERATION: Array<[RegExp, string]> = [
  [/^(?:operating|running|operational|in operation|in service|functioning|working)$/i, 'began operating'],
  [/^(?:open|opened|open for business)$/i, 'opened'],
  [/^(?:in force|in effect)$/i, 'entered into force'],
];
/** A past participle (regular, or one of the irregular ones a deed of the graph uses). */
const PARTICIPLE = /^(?:[a-z]+(?:ed|en)|begun|built|held|made|set up|laid|won|put)$/i;

function capital(s: string): string {
  return s.replace(/^[a-z]/, (c) => c.toUpperCase());
}

/**
 * The deed of a main clause said as a state; undefined when the clause names no state this reader
 * reads.
 */
function deedOf(main: string): { deed: string; notYet: boolean } | undefined {
  const m = main.trim().replace(/[.!?]+$/, '');
  // "S had already V-ed R", "S had not (yet) V-ed R", "S had yet to V R" is left to other readers
  let x = /^(.+?)\s+had\s+(already\s+|not\s+yet\s+|not\s+|never\s+|yet\s+)?(been\s+)?(\S+)(.*)$/i.exec(m);
  if (x) {
    const [, s, adv = '', been, verb, rest] = x as unknown as [string, string, string | undefined, string | undefined, string, string];
    if (!PARTICIPLE.test(verb) || /^(?:never|yet)\b/i.test(adv.trim())) return undefined;
    // "had been operating": a state of operation said in the past perfect progressive
    if (been) {
      const op = OPERATION.find(([re]) => re.test(`${verb}${rest}`.trim()) || re.test(verb));
      if (op && !rest.trim()) return { deed: `${s} ${op[1]}`, notYet: /not/i.test(adv) };
      return { deed: `${s} was ${verb}${rest}`, notYet: /not/i.test(adv) };
    }
    return { deed: `${s} ${verb}${rest}`, notYet: /not/i.test(adv) };
  }
  // "S was (already | not yet | still) <state of operation>"
  x = /^(.+?)\s+(?:was|were)\s+(already\s+|still\s+|not\s+yet\s+|not\s+)?(.+)$/i.exec(m);
  if (!x) return undefined;
  const [, s, adv = '', state] = x as unknown as [string, string, string | undefined, string];
  const op = OPERATION.find(([re]) => re.test(state.trim()));
  if (op) return { deed: `${s} ${op[1]}`, notYet: /not/i.test(adv) };
  // "S was already V-ed R" / "S was not yet V-ed R": a passive state, its deed the passive
  const [first] = state.trim().split(/\s+/);
  if (/already|not\s+yet/i.test(adv) && first && PARTICIPLE.test(first)) return { deed: `${s} was ${state.trim()}`, notYet: /not/i.test(adv) };
  return undefined;
}

/**
 * Reads "<lead> <event>, <state>" and "<state> <lead> <event>" (lead: when, by the time, at the
 * time); undefined when the claim is not of that shape.
 *
 * @example
 * ```ts
 * readEventState('The canal had already opened when Rufus toured Sylvania.');
 * // { deed: 'The canal opened', time: 'when Rufus toured Sylvania', event: 'Rufus toured Sylvania', notYet: false }
 * ```
 */
export function readEventState(text: string): EventState | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  // a question or a condition is no statement of order
  if (/\?\s*$/.test(t) || /\b(?:if|whether|unless)\b/i.test(t)) return undefined;
  const fronted = cachedRegExp(String.raw`^(${LEADS})\s+([^,]+),\s+(.+)$`, 'i').exec(t);
  const trailing = fronted ? undefined : cachedRegExp(String.raw`^(.+?),?\s+(${LEADS})\s+(.+?)[.!]?$`, 'i').exec(t);
  const [lead, event, main] = fronted ? [fronted[1]!, fronted[2]!, fronted[3]!] : trailing ? [trailing[2]!, trailing[3]!, trailing[1]!] : [];
  if (!lead || !event || !main) return undefined;
  // the event must not itself be a denial (a time nothing gives)
  if (/\b(?:not|never|no)\b|n't\b/i.test(event)) return undefined;
  const d = deedOf(main);
  if (!d) return undefined;
  // the deed's own words keep no time word of their own ("had already opened in 2015 when ...")
  if (/\b(?:before|after|since|until|in \d{4}|on [A-Z][a-z]+ \d)/.test(d.deed)) return undefined;
  // a deed denied in its own words ("had approved no loan") is a state of the relation, read as such elsewhere
  if (/\b(?:no|none|any|nothing|never)\b|n't\b/i.test(d.deed)) return undefined;
  return { deed: capital(d.deed.trim()), time: `${lead.toLowerCase()} ${event}`, event: event.trim(), notYet: d.notYet };
}

/**
 * The claim decided by the order of its deed and its event: the span readers check "<deed> before
 * <event>" and "<deed> after <event>"; the state holds (or, with "not yet", fails) when the deed
 * came before, and the other way when it came after. Undecided otherwise (held, with the reading).
 */
export async function readEventStateClaim(text: string, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<ReaderOutcome | undefined> {
  const es = readEventState(text);
  if (!es) return undefined;
  const before = await recheck(`${es.deed} before ${es.event}.`);
  const after = await recheck(`${es.deed} after ${es.event}.`);
  const reading = `"${es.deed}" ${es.notYet ? 'had not yet happened' : 'had already happened'} ${es.time}`;
  const tell = (r: CheckResult, order: 'before' | 'after', verdict: 'SUPPORTED' | 'REFUTED'): CheckResult => {
    const stance = verdict === 'SUPPORTED' ? 'supports' as const : 'refutes' as const;
    return {
      ...r, claim: text.trim(), verdict,
      evidence: r.evidence.map((e) => (e.stance === 'related' ? e : { ...e, stance })),
      interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read as ${reading}: the order of "${es.deed}" and "${es.event}"`] },
      explanation: `Read as a state at the time of an event: ${reading}, which holds when the deed came ${es.notYet ? 'after' : 'before'} the event. "${es.deed} ${order} ${es.event}" is supported, so the claim is ${verdict === 'SUPPORTED' ? 'supported' : 'refuted'}. ${r.explanation}`,
    };
  };
  if (before?.verdict === 'SUPPORTED' && after?.verdict !== 'SUPPORTED') return { decided: tell(before, 'before', es.notYet ? 'REFUTED' : 'SUPPORTED') };
  if (after?.verdict === 'SUPPORTED' && before?.verdict !== 'SUPPORTED') return { decided: tell(after, 'after', es.notYet ? 'SUPPORTED' : 'REFUTED') };
  const seen = before ?? after;
  if (!seen) return undefined;
  return { held: undecidedResult(restate(seen, text), `Read as ${reading}: the graph does not order "${es.deed}" and "${es.event}" (neither before nor after is supported). ${seen.explanation}`) };
}
