/**
 * Frames of appraisal with two objects, and a source before a colon (round 26, branch frames26):
 * rewritten into the frame `src/check/attribution.ts` reads ("S says that X is Y"), so the inner
 * claim is handed to the whole reader and decided against S's statements only.
 *
 * - "S calls / dubs / terms / deems / labels / considers X a Y" (lexicon `cg:namingVerb`): S saying
 *   that X is a Y. Only with a determiner opening the second object ("a", "an", "the"), after a word
 *   that is no preposition, so "called on X", "called for X", "called X to ask" stay as written.
 * - "S: P" (a headline's colon after a short name): S saying P.
 *
 * Neither rewrite names a source: when S is no source of the graph, attribution.ts reads no frame
 * and the claim is read as it stands.
 */
import { cg, literals } from './context-vocab.js';
import type { CheckContext } from './context.js';

const namingCache = new WeakMap<object, Set<string>>();

/** The lexicon's naming verbs (cg:namingVerb), lower case. */
function namingVerbs(ctx: CheckContext): Set<string> {
  let hit = namingCache.get(ctx.lexicon);
  if (!hit) {
    hit = new Set(literals(ctx.lexicon, null, cg('namingVerb')).map((v) => v.toLowerCase()));
    namingCache.set(ctx.lexicon, hit);
  }
  return hit;
}

/** Words after which a determiner opens no second object ("the visit to a region"). */
const BEFORE_NO_OBJECT = /^(?:of|to|in|on|at|for|with|from|by|into|about|as|and|or|than|that|which|a|an|the|its|his|her|their)$/i;
/** Words right after a naming verb that show another sense ("called on", "called for", "considered that"). */
const OTHER_SENSE = /^(?:on|for|off|up|in|out|to|that|upon|back|into|whether|if|by|at|as)$/i;

/**
 * "S calls X a Y" as "S says that X is a Y"; any other text unchanged.
 *
 * @example
 * ```ts
 * namedAs(ctx, 'Ann Author calls the canal a lifeline for the region');
 * // 'Ann Author says that the canal is a lifeline for the region'
 * ```
 */
export function namedAs(ctx: CheckContext, text: string): string {
  const words = text.split(/\s+/);
  const verbs = namingVerbs(ctx);
  const at = words.findIndex((w, i) => i > 0 && i <= 8 && verbs.has(w.toLowerCase()));
  if (at < 0) return text;
  const rest = words.slice(at + 1);
  if (rest.length < 3 || OTHER_SENSE.test(rest[0]!)) return text;
  // the second object opens with "a/an" (an appraisal names a kind), else with "the"
  const split = (dets: RegExp): number => rest.findIndex((w, k) => k > 0 && dets.test(w) && !BEFORE_NO_OBJECT.test(rest[k - 1]!) && k < rest.length - 1);
  let k = split(/^(?:a|an)$/i);
  if (k < 0) k = split(/^the$/i);
  if (k < 0 || k > 10) return text;
  const thing = rest.slice(0, k).join(' ');
  // a verb form in the first object is a clause, not a noun phrase ("considered joining a bank")
  if (/\b(?:to|that|is|are|was|were|be)\b/i.test(thing) || /\b[a-z]+ing\b/.test(thing)) return text;
  const source = words.slice(0, at).join(' ');
  const verb = words[at]!;
  const past = /ed$/i.test(verb);
  const plural = /[^su']s$/i.test(thing) && !/(?:'s|\u2019s)$/i.test(thing);
  return `${source} ${past ? 'said' : 'says'} that ${thing} ${plural ? 'are' : 'is'} ${rest.slice(k).join(' ')}`;
}

/**
 * "Ann Author: the canal is a lifeline" (a headline's colon after a short name of one to five
 * words, no digit, one colon) as "Ann Author says the canal is a lifeline"; any other text unchanged.
 *
 * @example
 * ```ts
 * colonSays('Ann Author: the canal is a lifeline'); // 'Ann Author says the canal is a lifeline'
 * ```
 */
export function colonSays(text: string): string {
  const m = /^([^:\d]{2,60}?)\s*:\s+([^:]+)$/.exec(text);
  if (!m || m[1]!.split(/\s+/).length > 5 || m[2]!.split(/\s+/).length < 3) return text;
  return `${m[1]} says ${m[2]}`;
}
