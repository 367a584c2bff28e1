/**
 * A host and a guest: "X hosted Y at E" says X hosted E and Y attended it; "X hosted Y" says so of
 * some event X hosted. The graph records the host of an event (`cg:hostOf`) and who attended it
 * (`cg:attended`), not a host-guest relation, so the claim is said again as those two statements
 * and checked as a compound claim (src/check/compound.ts):
 *
 * - with the event named, its verdict is the compound's (a refuted part refutes the claim: X did
 *   not host E, or Y did not attend it);
 * - without one, once per event the graph's stated claims say X hosted: SUPPORTED when one such
 *   event's reading is; otherwise NOT_ENOUGH_INFO with a reading shown (X may have hosted Y at an
 *   event the graph does not know: never REFUTED).
 *
 * Round 18 (branch lex18): a host named by an office ("Freedonia's president") hosted the events
 * its holders hosted; a guest named with a title ("Freedonian Prime Minister Rufus Firefly", or
 * "Rufus Firefly, Freedonian Prime Minister,") is the person, the title a part of its own
 * ("..., and Rufus Firefly is Freedonian Prime Minister"), so a wrong title is no support.
 */
import { claimsByPredicate, isA, officeHolders } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { inflect } from './light-verbs.js';
import { lexiconGate } from './reader-gates.js';
import { endingEvent } from './event-where.js';
import { entityName } from './prose.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, escapeRegExp, normalizeTypography, tokenize } from './text.js';
import { type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';
import type { CheckResult } from './types.js';
import { cachedRegExp } from './regex-memo.js';

/** The claims to check for a host-guest claim, and whether one of them must hold (no event named). */
export interface HostGuest {
  /** Compound claims ("X hosted E, and Y attended E"), one per event. */
  claims: string[];
  /** True when the claim names its event (its verdict is the one claim's). */
  named: boolean;
  /**
   * True when the guests are no names the graph knows ("the other leaders"): the claim is read as
   * the host hosting the event, which decides only when refuted (a host who did not host the
   * event hosted no one at it; a supported host says nothing of unnamed guests).
   */
  refuteOnly?: boolean;
}

// the verb of hosting; "at" opens the event ("welcomed ... to" it). Verbs of receiving a person
// (lexicon cg:receivingVerb: "welcomed", "received", "greeted", round 17; "entertained", "rolled
// out the red carpet for", round 25) say hosting only of guests who are people (or offices held
// by people) the graph names, and are said again with "hosted" (a reception of unnamed things, or
// an idea "entertained", is no hosting); "was host to" is hosting said with the noun (round 25)
const HOSTING = String.raw`hosted|hosts|host|played\s+host\s+to|plays\s+host\s+to|play\s+host\s+to|(?:was|is|were|are)\s+(?:the\s+)?host\s+to`;

/** The lexicon's verbs of receiving a guest (cg:receivingVerb), each phrase as written. */
function receivingPhrases(ctx: CheckContext): string[] {
  return literals(ctx.lexicon, null, cg('receivingVerb')).map((v) => v.trim().toLowerCase()).filter(Boolean);
}

/**
 * The word gate of the host-guest reader: "host" or "guest", or a verb of receiving (its stem, so
 * every form passes; a phrasal verb by the words after its verb).
 *
 * @example
 * ```ts
 * HOST_GUEST_NEEDS(ctx).test('Freedonia entertained Rufus Firefly at the gala'); // true
 * ```
 */
export const HOST_GUEST_NEEDS = lexiconGate((ctx) => ['host', 'guest',
  ...receivingPhrases(ctx).map((p) => (p.includes(' ') ? p.split(/\s+/).slice(1).join(' ') : p.replace(/e$/, '')))]);

const BUILT = new WeakMap<object, { hosted: RegExp; received: RegExp; hostWho: RegExp }>();

/** The patterns of a hosting claim, built once per lexicon from its verbs of receiving. */
function hostPatterns(ctx: CheckContext): { hosted: RegExp; received: RegExp; hostWho: RegExp } {
  let built = BUILT.get(ctx.lexicon);
  if (built) return built;
  const forms = receivingPhrases(ctx).flatMap((p) => {
    const [verb, ...rest] = p.split(/\s+/);
    return (['base', 's', 'ed'] as const).map((f) => [inflect(ctx, verb!, f), ...rest].map(escapeRegExp).join(String.raw`\s+`));
  }).sort((a, b) => b.length - a.length);
  const receiving = forms.length ? forms.join('|') : '(?!)';
  built = {
    hosted: cachedRegExp(String.raw`^(.+?)\s+(${HOSTING}|${receiving})\s+(.+?)(?:\s+(?:at|to)\s+(.+?))?\s*[.!?]?$`, 'i'),
    received: cachedRegExp(String.raw`^(?:${receiving})$`, 'i'),
    // "X was the host who greeted Y at E" (round 23): the relative clause's verb is the host's deed,
    // "X greeted Y at E"; read as a job title "host who greeted Y" it said nothing of the event
    hostWho: cachedRegExp(String.raw`^(.+?)\s+(?:was|is)\s+(?:the\s+)?host\s+(?:who|that)\s+(hosted|${receiving})\b`, 'i'),
  };
  BUILT.set(ctx.lexicon, built);
  return built;
}

/** The one entity a whole span names, or undefined. */
function entityOf(ctx: CheckContext, span: string): string | undefined {
  const toks = dropIgnorable(tokenize(span, ctx.morph), ctx.morph);
  const hit = toks.length && toks.length <= 8 ? resolveMention(ctx, toks) : [];
  return hit.length === 1 ? hit[0]!.iri : undefined;
}

/** The guests a list names, each a person or an office, with the titles said of them. */
interface Guests {
  /** The guests as the claim names them, titles set apart ("Rufus Firefly"). */
  names: string[];
  iris: Array<string | undefined>;
  /** "Rufus Firefly, Freedonian Prime Minister" or "Freedonian Prime Minister Rufus Firefly": a title said of a guest. */
  titles: Array<{ name: string; title: string }>;
}

/**
 * The guests of "X hosted A, B and C": each a name of the graph, or a title and a name ("Freedonian
 * Prime Minister Rufus Firefly", or the name with its title after it, as the titled-name reader
 * writes it: "Rufus Firefly, Freedonian Prime Minister,"), the title kept as a claim of its own
 * (round 18): a title dropped would let a wrong one pass.
 */
function readGuests(ctx: CheckContext, guest: string): Guests {
  const spans = guest.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((g) => g.trim()).filter(Boolean);
  // a title after the name only in "Name, Title[,]": in a longer list, or with "and", an office is
  // a guest of its own ("A, Freedonia's president and B")
  const apposition = spans.length === 2 && !/\band\b/i.test(guest);
  const out: Guests = { names: [], iris: [], titles: [] };
  const isPerson = (iri: string | undefined): boolean => !!iri && isA(ctx, iri, `${NS.cg}Person`);
  const isOffice = (iri: string | undefined): boolean => !!iri && isA(ctx, iri, `${NS.cg}Office`);
  for (const span of spans) {
    const iri = entityOf(ctx, span);
    const prev = out.names.length - 1;
    // a title after a person's name is said of that person ("Rufus Firefly, Freedonian Prime Minister")
    if (apposition && isOffice(iri) && prev === 0 && isPerson(out.iris[prev]) && !out.titles.length) {
      out.titles.push({ name: out.names[prev]!, title: span });
      continue;
    }
    if (iri) {
      out.names.push(span);
      out.iris.push(iri);
      continue;
    }
    // a title before a person's name ("Freedonian Prime Minister Rufus Firefly")
    const words = span.split(/\s+/);
    let split: { name: string; title: string; iri: string } | undefined;
    for (let k = 1; k < words.length && !split; k++) {
      const name = words.slice(k).join(' ');
      const title = words.slice(0, k).join(' ');
      const who = entityOf(ctx, name);
      if (isPerson(who) && isOffice(entityOf(ctx, title))) split = { name, title, iri: who! };
    }
    out.names.push(split?.name ?? span);
    out.iris.push(split?.iri);
    if (split) out.titles.push({ name: split.name, title: split.title });
  }
  return out;
}

// "X hosted E, with Y among his guests" (round 25): the clause before, and Y among the guests at E
const AMONG_GUESTS = /^(.+?),?\s+with\s+(.+?)\s+(?:among|as\s+one\s+of|as)\s+(?:his|her|its|their|the)\s+(?:guests|invitees|visitors)\s*[.!?]?$/i;

/**
 * "X hosted E, with Y among his guests" said as two statements: the clause before the absolute,
 * and "Y was among the guests at E", E the event the clause's last words name (the longest run of
 * them that names one event). Undefined when the clause names no event there.
 *
 * @example
 * ```ts
 * guestsAbsolute(ctx, 'Rufus Firefly hosted the Founders Gala, with Gloria Teasdale among his guests');
 * // 'Rufus Firefly hosted the Founders Gala, and Gloria Teasdale was among the guests at the Founders Gala.'
 * ```
 */
export function guestsAbsolute(ctx: CheckContext, text: string): string | undefined {
  const m = AMONG_GUESTS.exec(normalizeTypography(text).trim());
  if (!m) return undefined;
  const [, main, guests] = m as unknown as [string, string, string];
  const span = endingEvent(ctx, main);
  return span ? `${main}, and ${guests} ${/,|\band\b/.test(guests) ? 'were' : 'was'} among the guests at ${span}.` : undefined;
}

/**
 * Reads "X hosted Y [at E]" where Y is no event (an event after "hosted" is the plain hostOf
 * reading); undefined otherwise, or under a denial or a question word.
 *
 * @example
 * ```ts
 * readHostGuest(ctx, 'Rufus Firefly hosted Gloria Teasdale at the Founders Gala.')?.claims;
 * // ['Rufus Firefly hosted the Founders Gala, and Gloria Teasdale attended the Founders Gala.']
 * ```
 */
export function readHostGuest(ctx: CheckContext, text: string): HostGuest | undefined {
  if (!HOST_GUEST_NEEDS(ctx).test(text)) return undefined;
  const { hosted, received, hostWho } = hostPatterns(ctx);
  const t = normalizeTypography(text).trim().replace(hostWho, '$1 $2');
  if (/\b(?:not|never|no|nor|neither|without)\b|n't\b|^(?:did|does|do|has|have|had|was|were|is|are|will)\b/i.test(t)) return undefined;
  const m = hosted.exec(t);
  if (!m) return undefined;
  const [, host, said, guest, event] = m as unknown as [string, string, string, string, string | undefined];
  // round 29: a passive ("Y was hosted by X as a guest at E") is no "X hosted Y": read as one it
  // took the guest for the host ("Y hosted E"), refuted by X's hosting
  if (/\b(?:was|were|is|are|be|been|being|get|gets|got)$/i.test(host) || /^by\b/i.test(guest)) return undefined;
  const receives = received.test(said);
  const hostTo = /\bhost\s+to$/i.test(said) && !/^play/i.test(said);
  // "to" opens an event only after a verb of receiving ("welcomed X to the gala")
  if (!receives && / to /i.test(m[0].slice(m[0].indexOf(said) + said.length)) && !/\bat\b/i.test(m[0]) && event !== undefined) return undefined;
  const verb = receives || hostTo ? 'hosted' : said;
  const hostIri = entityOf(ctx, host);
  if (!hostIri || /,|\band\b/.test(host)) return undefined;
  const isEvent = (iri: string | undefined): boolean => !!iri && isA(ctx, iri, `${NS.cg}Event`);
  // a guest that is itself an event is the plain reading ("X hosted the summit"), not this one
  // the guest: one name, or a list of names ("A, B and C"), none an event
  const guests = readGuests(ctx, guest);
  const guestIris = guests.iris;
  if (guestIris.some((g) => isEvent(g))) return undefined;
  // a person received, or an office its holder stands for ("entertained the Freedonian president")
  if (receives && !guestIris.every((g) => !!g && (isA(ctx, g, `${NS.cg}Person`) || isA(ctx, g, `${NS.cg}Office`)))) return undefined;
  if (guestIris.some((g) => !g)) {
    return event && isEvent(entityOf(ctx, event)) ? { claims: [`${host} ${verb} ${event}.`], named: true, refuteOnly: true } : undefined;
  }
  const list = guests.names.length > 1 ? `${guests.names.slice(0, -1).join(', ')} and ${guests.names.at(-1)}` : guests.names[0]!;
  const titles = guests.titles.map((t) => `, and ${t.name} is ${t.title}`).join('');
  const say = (e: string): string => `${host} ${verb} ${e}, and ${list} attended ${e}${titles}.`;
  if (event) return isEvent(entityOf(ctx, event)) ? { claims: [say(event)], named: true } : undefined;
  const hostOf = ctx.axioms.properties.get('hostOf');
  // a host named by an office ("Freedonia's president") hosted what its holders hosted
  const hosts = new Set(isA(ctx, hostIri, `${NS.cg}Office`) ? officeHolders(ctx, hostIri) : [hostIri]);
  const events = new Set((hostOf ? claimsByPredicate(ctx).get(hostOf) ?? [] : [])
    .filter((c) => hosts.has(c.subject) && c.polarity === 'positive' && c.modality === 'stated' && c.object.termType === 'NamedNode')
    .map((c) => c.object.value));
  const claims = [...events].filter((e) => isEvent(e)).sort().map((e) => say(`the ${entityName(ctx, e)}`));
  return claims.length ? { claims, named: false } : undefined;
}

/**
 * The table's reader (src/check/readers.ts): "X hosted Y at E" read as "X hosted E" and "Y attended E", each rechecked (see `readHostGuest`).
 *
 * @example
 * ```ts
 * await readHostGuestClaim({ ctx, text: 'Freedonia hosted Rufus Firefly at the gala.', recheck })
 * ```
 */
export async function readHostGuestClaim({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const absolute = guestsAbsolute(ctx, text);
  if (absolute) {
    const r = await recheck(absolute);
    if (r) {
      const told = restate(r, text, { explanation: `Read as "${absolute}" (the guests said in an absolute clause are guests at the event the clause before names). ${r.explanation}` });
      return r.verdict === 'NOT_ENOUGH_INFO' ? { held: told } : { decided: told };
    }
  }
  const h = readHostGuest(ctx, text);
  if (!h) return undefined;
  let undecided: CheckResult | undefined;
  for (const claim of h.claims) {
    const r = await recheck(claim);
    if (!r) continue;
    const told = restate(r, text, { explanation: `Read as "${claim}" (a host and a guest: the host hosted the event, the guest attended it). ${r.explanation}` });
    // guests the graph cannot name: only a host who did not host the event decides
    if (h.refuteOnly) return r.verdict === 'REFUTED' ? { decided: { ...told, explanation: `Read as "${claim}" (a host and guests the graph does not name: only a refutation of the host decides). ${r.explanation}` } } : { held: undecidedResult(told, `Read as "${claim}" (a host and guests the graph does not name): only a refutation of the host would decide, and the graph ${r.verdict === 'SUPPORTED' ? 'supports the host but names no such guests' : 'does not decide it'}. ${r.explanation}`) };
    if (h.named || r.verdict === 'SUPPORTED') return { decided: told };
    undecided ??= undecidedResult(told, `Read as "${claim}" (a host and a guest), at none of the events the graph says the host hosted is it supported, and it may have been at another. ${r.explanation}`);
  }
  return undecided ? { held: undecided } : undefined;
}
