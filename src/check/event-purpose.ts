/**
 * What an event was held for (round 40): "The gala near Zenda was held to launch the canal's
 * construction", "the summit was convened for the signing of the treaty", "the ceremony was staged
 * so that leaders could open the canal". An event has no wishes of its own and the claim names no
 * one who held it: what it was held for is what was done at it, so the claim is read as that deed
 * done at the event, said in the passive (no agent): "the canal's construction was launched at the
 * gala near Zenda". A noun of the deed ("for the signing of Y") is read back into its verb through
 * the lexicon's event nouns (src/check/nominal-event.ts).
 *
 * Only a supported reading decides: the graph stating that the deed was done at the event says
 * what the event was held for; a deed the graph does not tie to the event, or denies, leaves the
 * claim to the other purpose readers (an aim may fail, and an event may serve more than one).
 */
import type { CheckContext } from './context.js';
import { eventVerb, pastOf } from './nominal-event.js';
import { decided, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { resolveMention } from './resolver.js';
import { cachedRegExp } from './regex-memo.js';
import { restate } from './result.js';

/** The verbs of holding an event, the gate of the reader. */
export const HELD_WORDS = /\b(?:held|organi[sz]ed|staged|convened)\b/i;
/** "<event> was|is|will be held <tail>" */
const HELD = String.raw`^(.+?)\s+(?:was|were|is|are|will\s+be|would\s+be|had\s+been|has\s+been|have\s+been)\s+(?:held|organi[sz]ed|staged|convened)\s+(.+)$`;
/** "to V O" (also "in order to", "so as to") */
const TO_DO = String.raw`^(?:in\s+order\s+to|so\s+as\s+to|to)\s+([a-z]+)\s+(.+)$`;
/** "for the N of O" */
const FOR_NOUN = String.raw`^for\s+the\s+([a-z]+(?:-[a-z]+)?)\s+of\s+(.+)$`;
/** "so that W could V O" */
const SO_THAT = String.raw`^so\s+that\s+(.+?)\s+(?:could|would|might|can|will)\s+([a-z]+)\s+(.+)$`;
/** A determiner or pronoun after "to" is no verb; "be" and "have" say a state, not a deed. */
const NOT_A_VERB = /^(?:the|a|an|its|their|his|her|this|that|these|those|each|every|all|some|any|no|be|have)$/i;

/**
 * Whether the words are a bare plural of a common noun ("leaders", "Officials"): doers the claim
 * does not name, which no entity of the graph is (a demonym plural resolves, and is kept).
 *
 * @example
 * ```ts
 * genericDoers(ctx, 'Leaders'); // true
 * ```
 */
export function genericDoers(ctx: CheckContext, words: string): boolean {
  if (!/^[A-Z]?[a-z]+s$/.test(words.trim())) return false;
  const toks = dropIgnorable(tokenize(words, ctx.morph), ctx.morph);
  return toks.length > 0 && resolveMention(ctx, toks).length === 0;
}

/** The event-purpose claim read as the deed done at the event. */
export interface EventPurpose {
  /** "the canal's construction was launched at the gala near Zenda" */
  claim: string;
  /** The purpose as the claim says it ("to launch the canal's construction"). */
  purpose: string;
}

/**
 * The claim said as the deed done at the event, or undefined when it is not of that shape.
 *
 * @example
 * ```ts
 * eventPurposeRewrite(ctx, "The gala near Zenda was held to launch the canal's construction.")?.claim;
 * // "the canal's construction was launched at the gala near Zenda"
 * ```
 */
export function eventPurposeRewrite(ctx: CheckContext, text: string): EventPurpose | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  // a denial or a condition may deny the purpose, not the event
  if (/\b(?:not|never|no|neither|nor|if|whether|unless)\b|n't\b/i.test(t)) return undefined;
  const held = cachedRegExp(HELD, 'i').exec(t);
  if (!held) return undefined;
  const event = held[1]!.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
  const tail = held[2]!;
  const at = (clause: string, purpose: string): EventPurpose => ({ claim: `${clause} at ${event}`, purpose });
  const todo = cachedRegExp(TO_DO, 'i').exec(tail);
  if (todo && !NOT_A_VERB.test(todo[1]!)) return at(`${todo[2]} was ${pastOf(ctx, todo[1]!.toLowerCase())}`, tail);
  const noun = cachedRegExp(FOR_NOUN, 'i').exec(tail);
  const verb = noun ? eventVerb(ctx, noun[1]!) : undefined;
  if (noun && verb) return at(`${noun[2]} was ${pastOf(ctx, verb)}`, tail);
  const so = cachedRegExp(SO_THAT, 'i').exec(tail);
  if (!so || NOT_A_VERB.test(so[2]!)) return undefined;
  const done = pastOf(ctx, so[2]!.toLowerCase());
  // "so that leaders could V O": a bare plural of a common noun names no one the graph holds; the
  // deed is said without it, like the event's own purpose
  return at(genericDoers(ctx, so[1]!) ? `${so[3]} was ${done}` : `${so[1]} ${done} ${so[3]}`, tail);
}

/**
 * Reads "<event> was held to V O" as "O was V-ed at <event>", decided only when supported.
 *
 * @example
 * ```ts
 * await readEventPurpose({ ctx, text: "The gala near Zenda was held to launch the canal's construction.", recheck });
 * ```
 */
export async function readEventPurpose({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const ep = eventPurposeRewrite(ctx, text);
  const r = ep ? await recheck(ep.claim) : undefined;
  if (!ep || r?.verdict !== 'SUPPORTED') return undefined;
  return decided(restate(r, text, {
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read the event's purpose ("${ep.purpose}") as the deed done at it: "${ep.claim}"`] },
    explanation: `Read as "${ep.claim}" (what an event was held for is what was done at it). ${r.explanation}`,
  }));
}
