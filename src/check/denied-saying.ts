/**
 * A source that denies or doubts what follows (round 25): "S denies / disputes that P", "S rejects
 * the idea that P", "S dismissed claims that P" is S saying not-P; "S is sceptical / doubtful that P"
 * is S believing not-P (as "S doubts that P" is: src/check/course-named.ts `deniedBelief`). The
 * phrases are data (lexicon `cg:denyingPhrase`, `cg:doubtingPhrase`); the attribution frames then
 * read S and check not-P against S's words only.
 *
 * The inner claim is denied by "not" after its first auxiliary ("would approve" -> "would not
 * approve"), by "did / does not" before the verb after a name of the graph ("Sylvania joined the
 * League" -> "Sylvania did not join the League"), or by "no" for an indefinite subject ("a loan to
 * Sylvania has been approved" -> "no loan to Sylvania has been approved"). A clause that already
 * denies ("S denies that P did not ...") is left as it is: a double denial is no reading to trust.
 */
import type { CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { openingName } from './clause-links.js';
import { alternation } from './lexicon-words.js';
import { cachedRegExp } from './regex-memo.js';
import { pastBase } from './text.js';

const AUX = /\b(would|will|could|can|may|might|should|is|are|was|were|has|have|had|does|do|did)\b/i;
const DENIES = /\b(?:not|never|no|none|nobody|nothing)\b|n't\b/i;

interface Phrases { re: RegExp | undefined }
const cache = new WeakMap<object, Phrases>();

function phrasesOf(ctx: CheckContext): Phrases {
  const hit = cache.get(ctx.lexicon);
  if (hit) return hit;
  const deny = literals(ctx.lexicon, null, cg('denyingPhrase'));
  const doubt = literals(ctx.lexicon, null, cg('doubtingPhrase'));
  const re = deny.length || doubt.length
    ? cachedRegExp(String.raw`^(.+?)\s+(?:(?<deny>${alternation(deny)})|(?<doubt>${alternation(doubt)}))\s+(?<that>that\s+)?(?<inner>\S.+)$`, 'i')
    : undefined;
  const out = { re };
  cache.set(ctx.lexicon, out);
  return out;
}

/**
 * The inner claim denied, or undefined when no denial the reader can trust is found.
 *
 * @example
 * ```ts
 * deniedClause(ctx, 'the League would admit Sylvania'); // 'the League would not admit Sylvania'
 * deniedClause(ctx, 'Sylvania joined the League');      // 'Sylvania did not join the League'
 * deniedClause(ctx, 'a loan to Sylvania has been approved'); // 'no loan to Sylvania has been approved'
 * ```
 */
export function deniedClause(ctx: CheckContext, inner: string): string | undefined {
  if (DENIES.test(inner)) return undefined;
  // an indefinite subject before an auxiliary: "no" for "a" ("a loan ... has been approved")
  const indefinite = /^(?:a|an|any)\s+([a-z][\w-]*(?:\s+(?!(?:would|will|could|can|may|might|should|is|are|was|were|has|have|had)\b)\S+){0,6})\s+((?:would|will|could|can|may|might|should|is|are|was|were|has|have|had)\b.*)$/i.exec(inner);
  if (indefinite) return `no ${indefinite[1]} ${indefinite[2]}`;
  // an auxiliary anywhere: "not" after the first one ("Sylvanian moves would harm" -> "would not harm")
  const aux = AUX.exec(inner);
  if (aux) return aux.index > 0 ? `${inner.slice(0, aux.index)}${aux[1]} not ${inner.slice(aux.index + aux[0].length).trim()}` : undefined;
  // else a name and a verb in the past ("Sylvania joined" -> "Sylvania did not join"); a present
  // "-s" form is left alone: after a demonym it is as often a plural noun ("Sylvanian moves")
  const named = openingName(ctx, inner);
  const verb = named && /^\s*([a-z]+)\b(.*)$/.exec(named.rest);
  if (!named || !verb) return undefined;
  const w = verb[1]!;
  const base = ctx.morph.lemmas.get(w) ?? (/ed$/.test(w) ? pastBase(w, ctx.morph.lemmas) : undefined);
  return base && base !== w && !/ing$/.test(w) ? `${named.name} did not ${base}${verb[2]}` : undefined;
}

/**
 * "S denies that P" -> "S says that not-P", "S is sceptical that P" -> "S believes that not-P" (the
 * tense of the phrase kept); the text unchanged when it is not that shape.
 *
 * @example
 * ```ts
 * deniedSaying(ctx, 'Zed Q. denied that the League would admit Sylvania');
 * // 'Zed Q. said that the League would not admit Sylvania'
 * ```
 */
export function deniedSaying(ctx: CheckContext, text: string): string {
  const { re } = phrasesOf(ctx);
  const m = re?.exec(text);
  if (!m?.groups) return text;
  const g = m.groups;
  const phrase = (g.deny ?? g.doubt)!;
  // "denied the report" is no clause: without "that", the clause must carry an auxiliary
  if (!g.that && !AUX.test(g.inner!)) return text;
  if (/^(?:I|we|you)$/i.test(m[1]!)) return text;
  const inner = deniedClause(ctx, g.inner!);
  if (!inner) return text;
  const past = /^(?:\S+ed|was|were|had)\b/i.test(phrase);
  const third = /^(?:\S+s|is|has)\b/i.test(phrase);
  const verb = g.deny ? (past ? 'said' : third ? 'says' : 'say') : (past ? 'believed' : third ? 'believes' : 'believe');
  return `${m[1]} ${verb} that ${inner}`;
}

/**
 * A clause opening with a name of the graph and a verb in the simple present, said with "will"
 * ("Sylvania lands the loan" -> "Sylvania will land the loan"); undefined for any other clause.
 *
 * @example
 * ```ts
 * presentAsFuture(ctx, 'Sylvania lands the first loan'); // 'Sylvania will land the first loan'
 * ```
 */
export function presentAsFuture(ctx: CheckContext, inner: string): string | undefined {
  if (AUX.test(inner.split(/\s+/).slice(0, 6).join(' '))) return undefined;
  const named = openingName(ctx, inner);
  const verb = named && /^\s*([a-z]+)\b(.*)$/.exec(named.rest);
  if (!named || !verb || ctx.morph.lemmas.has(verb[1]!) || !/[^su]s$/.test(verb[1]!)) return undefined;
  const w = verb[1]!;
  const base = /(?:ss|sh|ch|x|z|o)es$/.test(w) ? w.slice(0, -2) : w.slice(0, -1);
  return `${named.name} will ${base}${verb[2]}`;
}
