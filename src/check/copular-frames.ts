/**
 * Copular frames that are not a job title and a workplace (round 25, branch `structure25`): "X was
 * the venue of E", "the site of E was X", and "X is the smallest N" where the graph says X is the
 * largest. Without these a definite noun phrase after "is" was read as a job title ("X's job title
 * is venue" + "X works at E"), or not at all.
 *
 * - **A venue** (lexicon `cg:venueNoun`: "venue", "site", "scene", "setting", "location", "host
 *   city"): "X is / was / will be the venue of E", "the venue of E was X", "E's venue is X" say "E
 *   took place in X" (in the copula's tense). The place an event took place in is read by the
 *   patterns of the event's deed ("the bank's opening took place in P": the location of the one
 *   opening) and of cg:hostOf; the result is that claim's. Tried also on an undecided reading, since
 *   cg:hostOf reads "X is the venue of E" itself (`{s} venue of {o}`) and the graph may hold the
 *   place only as the deed's location.
 * - **A name** ("X is called Y", "X is known as Y", Y capitalised): "X is Y" ("named" is left out: it
 *   also appoints, "X was named president").
 * - **The opposite superlative** (lexicon `cg:oppositeSuperlative "smallest => largest"`): "X is the
 *   smallest N in G" is checked as "X is the largest N in G"; when the graph states that, X is not
 *   the smallest (a source ranking X first among several ranks it last of none), so the claim is
 *   refuted. Anything else (X not the largest, not decided) leaves the claim undecided with that
 *   reading shown: not the largest is not the smallest. Read only without a "not", a modal, an
 *   ordinal ("second smallest" counts from the other end) or "one of" / "among" (a set, not a place).
 *
 * @example
 * ```ts
 * venueClaim(ctx, 'Zembla was the venue of the League summit'); // 'The League summit took place in Zembla'
 * oppositeSuperlative(ctx, 'Is Freedonia the smallest economy in the region?'); // undefined (a question: read as its statement first)
 * oppositeSuperlative(ctx, 'Freedonia is the smallest economy in the region'); // { claim: 'Freedonia is the largest economy in the region', ... }
 * ```
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { resolveMention } from './resolver.js';
import { lexiconGate } from './reader-gates.js';
import type { ReaderInput, ReaderOutcome, UnreadReader } from './reader-kit.js';
import { claimOf, rewrittenBy } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';
import { dropIgnorable, escapeRegExp, normalizeTypography, tokenize } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** The lexicon's nouns for the place an event is held in ("venue", "site"). */
const venueNouns = (ctx: CheckContext): string[] => literals(ctx.lexicon, null, cg('venueNoun'));

/** The lexicon's superlatives and their opposites ("smallest => largest"). */
function oppositePairs(ctx: CheckContext): Array<[string, string]> {
  return literals(ctx.lexicon, null, cg('oppositeSuperlative'))
    .map((v) => v.split('=>').map((w) => w.trim().toLowerCase()) as [string, string])
    .filter(([a, b]) => a && b);
}

/** The word gate of the venue reader: a venue noun of the lexicon. */
export const VENUE_NEEDS = lexiconGate(venueNouns);

/** The word gate of the opposite-superlative reader: a superlative of the lexicon's pairs. */
export const OPPOSITE_NEEDS = lexiconGate((ctx) => oppositePairs(ctx).map(([a]) => a));

/** The copula's tense, as the tense of "take place". */
const TAKE_PLACE: Record<string, string> = {
  is: 'takes place', are: 'take place', was: 'took place', were: 'took place', 'will be': 'will take place',
  'has been': 'took place', 'had been': 'had taken place', 'would be': 'would take place',
};
const COPULA = 'is|are|was|were|will be|has been|had been|would be';

/** A word that changes what the claim says (a denial, a modal, a question word): no frame is read. */
const NOT_PLAIN = /\b(?:not|never|no|may|might|could|should|must|would|who|what|which|whether|if)\b|n't\b/i;

/**
 * "X was the venue of E" said as "E took place in X" (the copula's tense kept); undefined when the
 * claim is not in that frame.
 *
 * @example
 * ```ts
 * venueClaim(ctx, 'The venue of the League summit was Zembla'); // 'The League summit took place in Zembla'
 * ```
 */
export function venueClaim(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (!VENUE_NEEDS(ctx).test(t) || NOT_PLAIN.test(t) || /[,;:]/.test(t)) return undefined;
  const nouns = venueNouns(ctx).map((w) => w.trim().split(/\s+/).map(escapeRegExp).join('\\s+')).join('|');
  const say = (event: string, copula: string, place: string): string | undefined => {
    const e = event.trim().replace(/^the\s+/i, 'the ');
    if (!e || !place.trim() || e.split(/\s+/).length > 12) return undefined;
    return `${e[0]!.toUpperCase()}${e.slice(1)} ${TAKE_PLACE[copula.toLowerCase().replace(/\s+/g, ' ')]} in ${place.trim()}`;
  };
  // "X was the venue of E", "X will be the site for E"
  const forward = cachedRegExp(`^(.+?)\\s+(${COPULA})\\s+(?:the|a)\\s+(?:${nouns})\\s+(?:of|for)\\s+(.+)$`, 'i').exec(t);
  if (forward) return say(forward[3]!, forward[2]!, forward[1]!);
  // "The venue of E was X"
  const turned = cachedRegExp(`^the\\s+(?:${nouns})\\s+(?:of|for)\\s+(.+?)\\s+(${COPULA})\\s+(.+)$`, 'i').exec(t);
  if (turned) return say(turned[1]!, turned[2]!, turned[3]!);
  // "E's venue was X"
  const owned = cachedRegExp(`^(.+?)'s?\\s+(?:${nouns})\\s+(${COPULA})\\s+(.+)$`, 'i').exec(t);
  if (owned) return say(owned[1]!, owned[2]!, owned[3]!);
  return undefined;
}

/** The lexicon's verbs of a place hosting an event, each with its tense as a copula ("played host to|was"). */
const hostVerbs = (ctx: CheckContext): Array<[string, string]> => literals(ctx.lexicon, null, cg('venueHostVerb'))
  .map((v) => v.split('|').map((w) => w.trim().toLowerCase()) as [string, string]).filter(([v, c]) => v && TAKE_PLACE[c!]);

/** The word gate of the venue-host reader: a verb of hosting of the lexicon. */
export const VENUE_HOST_NEEDS = lexiconGate((ctx) => hostVerbs(ctx).map(([v]) => v));

/**
 * (round 28) "Zembla hosted the League summit", "Zembla played host to the summit": a place named
 * as host, said as "The League summit took place in Zembla" (the verb's tense kept). Only when the
 * host side names exactly one place of the graph (a person or an organisation hosts guests, which
 * the patterns of cg:hostOf read); undefined otherwise.
 *
 * @example
 * ```ts
 * venueHostClaim(ctx, 'Zembla played host to the League summit'); // 'The League summit took place in Zembla'
 * venueHostClaim(ctx, 'Rufus Firefly hosted the League summit'); // undefined (a person)
 * ```
 */
export function venueHostClaim(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  if (!VENUE_HOST_NEEDS(ctx).test(t) || NOT_PLAIN.test(t) || /[,;:]/.test(t)) return undefined;
  const verbs = hostVerbs(ctx);
  const m = cachedRegExp(`^(.+?)\\s+(${verbs.map(([v]) => v.split(/\s+/).map(escapeRegExp).join('\\s+')).join('|')})\\s+(.+)$`, 'i').exec(t);
  if (!m) return undefined;
  const toks = dropIgnorable(tokenize(m[1]!, ctx.morph), ctx.morph);
  const places = toks.length && toks.length <= 6 ? resolveMention(ctx, toks).map((e) => e.iri) : [];
  if (places.length !== 1 || !isA(ctx, places[0]!, `${NS.cg}Place`)) return undefined;
  const copula = verbs.find(([v]) => v === m[2]!.toLowerCase().replace(/\s+/g, ' '))?.[1];
  const e = m[3]!.trim().replace(/^the\s+/i, 'the ');
  if (!copula || !e || e.split(/\s+/).length > 12) return undefined;
  return `${e[0]!.toUpperCase()}${e.slice(1)} ${TAKE_PLACE[copula]} in ${m[1]!.trim()}`;
}

/**
 * "X is the smallest N" said with the opposite superlative ("X is the largest N"); undefined when
 * the claim has none, or has a word that changes what the swap would mean.
 *
 * @example
 * ```ts
 * oppositeSuperlative(ctx, 'Freedonia is the smallest economy in the region');
 * // { claim: 'Freedonia is the largest economy in the region', said: 'smallest', opposite: 'largest' }
 * ```
 */
export function oppositeSuperlative(ctx: CheckContext, text: string): { claim: string; said: string; opposite: string } | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  if (!OPPOSITE_NEEDS(ctx).test(t) || t.endsWith('?') || NOT_PLAIN.test(t)) return undefined;
  // a set ("one of the smallest") or a rank counted from the other end ("second smallest") says otherwise
  if (/\b(?:one\s+of|among|amongst|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b/i.test(t)) return undefined;
  const pairs = oppositePairs(ctx);
  // a superlative of a noun phrase: right after "the" or a possessive ("the smallest", "the region's
  // smallest"); "at least", "at most" are bounds, not ranks
  const found = pairs.filter(([a]) => cachedRegExp(`(?:\\bthe|'s)\\s+${escapeRegExp(a)}\\b`, 'i').test(t));
  const words = new Set(pairs.flatMap(([a, b]) => [a, b]));
  const present = [...words].filter((w) => cachedRegExp(`\\b${escapeRegExp(w)}\\b`, 'i').test(t));
  // one superlative only: with two ("the smallest ... the largest") the swap is no longer one claim
  if (!found.length || present.length !== 1) return undefined;
  const [said, opposite] = found[0]!;
  return { claim: t.replace(cachedRegExp(`((?:\\bthe|'s)\\s+)${escapeRegExp(said)}\\b`, 'i'), `$1${opposite}`), said, opposite };
}

/** "called", "known as": a name given to what the subject describes (never "named", which also appoints). */
const CALLED = /^(.+?)\s+(is|was|are|were)\s+(?:(?:also|officially|commonly)\s+)?(?:called|known\s+as|dubbed|referred\s+to\s+as)\s+((?!the\b)[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*)*)$/;

/**
 * "X is called Y" (Y a name) said as "X is Y": the name is what the description is; undefined
 * without that frame.
 *
 * @example
 * ```ts
 * calledClaim("Freedonia's main port is called Port Rufus"); // "Freedonia's main port is Port Rufus"
 * ```
 */
export function calledClaim(text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  if (NOT_PLAIN.test(t)) return undefined;
  const m = CALLED.exec(t);
  return m ? `${m[1]} ${m[2]} ${m[3]}` : undefined;
}

/** Reads "X is the smallest N": refuted when the graph says X is the largest; else held. */
async function readOppositeSuperlative({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const swap = oppositeSuperlative(ctx, text);
  if (!swap) return undefined;
  const r = await recheck(swap.claim);
  if (!r) return undefined;
  const plain = r.interpretation.polarity === 'positive' && r.interpretation.modality === 'stated' && !r.parts?.length;
  const note = `read "${swap.said}" as the opposite of "${swap.opposite}" (lexicon cg:oppositeSuperlative)`;
  const interpretation = { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] };
  if (r.verdict === 'SUPPORTED' && plain) {
    return {
      decided: {
        ...r, claim: claimOf(text), verdict: 'REFUTED', reason: 'contrary-word', conflict: false, interpretation,
        evidence: r.evidence.map((e) => ({ ...e, stance: e.stance === 'related' ? e.stance : 'refutes' as const })),
        explanation: `Read against "${swap.claim}" ("${swap.said}" is the opposite of "${swap.opposite}"): the graph states it, and what is ranked ${swap.opposite} among several is not ranked ${swap.said}, so the claim is refuted. ${r.explanation}`,
      },
    };
  }
  const why = r.verdict === 'SUPPORTED' ? 'is stated, but not plainly' : r.verdict === 'REFUTED' ? `is refuted, and what is not the ${swap.opposite} need not be the ${swap.said}` : 'is not decided';
  return { held: undecidedResult(restate(r, text, { interpretation }), `Read against "${swap.claim}" ("${swap.said}" is the opposite of "${swap.opposite}"): that claim ${why}, so the claim is not decided. ${r.explanation}`) };
}

/** Reads "X was the venue of E" as "E took place in X": that claim's result. */
async function readVenue({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const claim = venueClaim(ctx, text);
  if (!claim) return undefined;
  const r = await recheck(claim);
  if (!r) return undefined;
  const out = restate(r, text, { explanation: `Read as "${claim}" (a place named as the venue of an event, lexicon cg:venueNoun). ${r.explanation}` });
  return r.verdict === 'NOT_ENOUGH_INFO' ? { held: out } : { decided: out };
}

/**
 * The reader-table entries of copular frames, spread into UNREAD_READERS after the question shapes.
 *
 * @example
 * ```ts
 * const readers = [...COPULAR_READERS]; // [{ name: 'venue-frame', ... }, { name: 'opposite-superlative', ... }]
 * ```
 */
export const COPULAR_READERS: readonly UnreadReader[] = [
  {
    name: 'venue-frame', module: 'copular-frames.ts', needs: VENUE_NEEDS, whenUndecided: true,
    reads: '(round 25) "Zembla was the venue of the League summit", "The site of the summit was Zembla": said as E took place in X (lexicon cg:venueNoun); also on an undecided reading',
    read: readVenue,
  },
  {
    name: 'venue-host', module: 'copular-frames.ts', needs: VENUE_HOST_NEEDS, whenUndecided: true,
    reads: '(round 28) "Zembla hosted the League summit", "Zembla played host to the summit": a place as host, said as E took place in X (lexicon cg:venueHostVerb); also on an undecided reading',
    read: async (input) => {
      const claim = venueHostClaim(input.ctx, input.text);
      const r = claim ? await input.recheck(claim) : undefined;
      if (!r) return undefined;
      const out = { ...r, claim: claimOf(input.text), explanation: `Read as "${claim}" (a place named as the host of an event, lexicon cg:venueHostVerb). ${r.explanation}` };
      return r.verdict === 'NOT_ENOUGH_INFO' ? { held: out } : { decided: out };
    },
  },
  {
    name: 'called-name', module: 'copular-frames.ts', needs: /\b(?:called|known\s+as|dubbed|referred\s+to\s+as)\b/i,
    reads: '(round 25) "Freedonia\'s main port is called Port Rufus": said as X is Y, the name for what the description is',
    read: rewrittenBy((_ctx, text) => calledClaim(text), 'a name said with "is called"'),
  },
  {
    name: 'opposite-superlative', module: 'copular-frames.ts', needs: OPPOSITE_NEEDS,
    reads: '(round 25) "Freedonia is the smallest economy in the region": refuted when the graph says Freedonia is the largest (lexicon cg:oppositeSuperlative), else held',
    read: readOppositeSuperlative,
  },
];
