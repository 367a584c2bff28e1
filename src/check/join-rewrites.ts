/**
 * Ways of joining facts the compound reader (src/check/compound.ts) does not cut, said in the ones
 * it does (round 25, branch `structure25`, from an enumeration of English coordination and
 * subordination): the claim is rechecked whole in the other words, so each part keeps its own
 * verdict, evidence, polarity and modality and the compound rule combines them.
 *
 * - "A; however, B", "A; moreover, B" as "A; B";
 * - ", yet B" / "and yet B" as ", but B" ("not yet" and "yet to" are no joiners);
 * - "A as well as B", "A, plus B" as "A and B";
 * - an aside in parentheses ("X (a former minister) was elected ...") as one between commas;
 * - "Not only did X V, but (it) also W" as "X did V, and it also W"; "X is not only A but also B"
 *   as "X is A and also B" ("not only" denies nothing);
 * - "A, along with B, V" (a subject) as "A and B V";
 * - "In addition to / Besides / Apart from V-ing O, S W" as "S W, and V-ed O" (the second part
 *   borrows the subject);
 * - "X is the largest N, followed by A and B" as "...; A is the second largest N; B is the third
 *   largest N" (a ranked list: the order is the claim's);
 * - "Having V-en O, S W", "After V-ing O, S W" likewise: these also say what came first, which
 *   the parts do not check, so only a refutation decides (a supported reading is held).
 *
 * @example
 * ```ts
 * joinRewrites(ctx, 'Freedonia is not a member, yet it joined the League')[0];
 * // { claim: 'Freedonia is not a member, but it joined the League', why: '"yet" as "but"' }
 * ```
 */
import type { CheckContext } from './context.js';
import { inflect } from './light-verbs.js';
import { type ReaderInput, type ReaderOutcome, type UnreadReader } from './reader-kit.js';
import { invertedStatements } from './questions.js';
import { undecidedResult, restate } from './result.js';
import { escapeRegExp, normalizeTypography } from './text.js';
import { thingNamesIn } from './clause-links.js';
import { cachedRegExp } from './regex-memo.js';
import { CARDINALS } from './values.js';
import { NUMBER_TENS } from './number-words.js';

/** One rewrite: the claim in joiners the compound reader cuts, why, and whether only a refutation decides. */
export interface JoinRewrite { claim: string; why: string; refuteOnly?: boolean }

/** A number word or a unit just before "plus", or a number (word, currency) just after: a sum, not "and". */
const NUMBER_WORD = `(?:${[...Object.keys(CARDINALS), ...Object.keys(NUMBER_TENS).filter((w) => !(w in CARDINALS)), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'score', 'century', 'half-century', 'decade', 'mln', 'bn', 'm', 'k'].join('|')})`;
const SUM_BEFORE = cachedRegExp(`(?:\\d|\\b${NUMBER_WORD}|\\b(?:km|kilometres?|kilometers?|miles?|metres?|meters?|dollars?|yen|euros?|bcm|percent|per\\s+cent|members?|days?|years?))\\s*$`, 'i');
const SUM_AFTER = cachedRegExp(`^(?:${NUMBER_WORD}\\b|(?:us|usd|eur|jpy|a\\s+further|another|an\\s+additional|an\\s+extra)\\b)`, 'i');

/** The word gate: a joiner this module rewrites (or a parenthesis). */
export const JOIN_NEEDS = /;\s*\w+(?:\s+\w+)?\s*,|\bfollowed\s+by\b|\byet\b|\bas\s+well\s+as\b|\bplus\b|\(|\bnot\s+only\b|\balong\s+with\b|\btogether\s+with\b|\bin\s+addition\s+to\b|\bbesides\b|\bapart\s+from\b|\bhaving\b|^\s*after\s+\w+ing\b|\b(?:as\s+well|too)\s*$|\bfor\s+(?:its|their|his|her)\s+part\b|\s(?:-{1,2}|\u2013|\u2014)\s|\bwith\s+[A-Z].*\bas\s+(?:its|their|his|her)\s/i;

/** An auxiliary that "not only" inverts ("Not only did X ..."). */
const AUX = 'did|does|do|is|was|are|were|has|have|had|will|would|can|could';

/** "signing" -> ["signed", "signeed"...]: the past of a participle's verb, each stem it may have (a wrong stem reads nothing). */
function pastsOf(ctx: CheckContext, ing: string): string[] {
  const w = ing.toLowerCase();
  if (!w.endsWith('ing') || w.length < 6) return [];
  const lemma = ctx.morph.lemmas.get(w);
  if (lemma) return [inflect(ctx, lemma, 'ed')];
  const base = w.slice(0, -3);
  // "planning" -> "plan", "making" -> "make", "signing" -> "sign"
  const stems = [/([bdgmnprt])\1$/.test(base) ? base.slice(0, -1) : base, `${base}e`];
  return [...new Set(stems.map((b) => inflect(ctx, b, 'ed')))];
}

/**
 * The claim said with the joiners the compound reader cuts; empty when it has none of these.
 *
 * @example
 * ```ts
 * joinRewrites(ctx, 'Rufus (a former minister) was elected president').map((r) => r.claim);
 * // ['Rufus, a former minister, was elected president']
 * ```
 */
export function joinRewrites(ctx: CheckContext, text: string): JoinRewrite[] {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  if (!JOIN_NEEDS.test(t) || t.endsWith('?')) return [];
  const out: JoinRewrite[] = [];
  const add = (claim: string, why: string, refuteOnly = false) => {
    if (claim !== t && !out.some((o) => o.claim === claim)) out.push({ claim, why, refuteOnly });
  };
  // ", yet B", "and yet B", "but yet B"; never "not yet", "yet to", "as yet"
  const yet = t.replace(/(?:,\s+(?:and\s+|but\s+)?|\s+(?:and|but)\s+)yet\s+(?!to\b)/gi, ', but ');
  if (yet !== t) add(yet, '"yet" as "but"');
  // "A; however, B", "A; moreover, B": the connective adverb after the semicolon says no more than the semicolon
  const adverb = t.replace(/;\s*(?:however|moreover|furthermore|besides|also|in\s+addition|additionally|meanwhile|by\s+contrast|in\s+contrast|still|nevertheless|nonetheless)\s*,\s*/gi, '; ');
  if (adverb !== t) add(adverb, 'a connective adverb after a semicolon');
  // "A as well as B", "A, plus B": "and"
  // (round 38, users31's F4: "fifty plus seven members", "US$ 100 million plus US$ 5 million", "1,500 km
  // plus another 300 km" are sums: a "plus" after a number or a unit, or before a number, stays)
  const also = t.replace(/\s+as\s+well\s+as\s+/gi, ' and ').replace(/,?\s+plus\s+(?![\d$\u00a3\u00a5\u20ac~])/gi, (m: string, off: number) =>
    (SUM_BEFORE.test(t.slice(0, off)) || SUM_AFTER.test(t.slice(off + m.length)) ? m : ' and '));
  if (also !== t) add(also, '"as well as" / "plus" as "and"');
  // "X (a former minister) was elected": the aside between commas (an acronym or a one-word aside stays)
  const paren = t.replace(/\s*\(([^()]+)\)(\s*)/g, (m, inner: string, after: string, off: number) => {
    if (inner.trim().split(/\s+/).length < 2) return m;
    const end = off + m.length >= t.length;
    return `, ${inner.trim()}${end ? '' : ','}${end ? '' : after || ' '}`;
  });
  if (paren !== t) add(paren.replace(/,\s*,/g, ','), 'an aside in parentheses as one between commas');
  // (round 27) "X (about 900 km, est. cost $5bn) will V": each aside "noun value" as the value of X's noun
  const asides = measuredAsides(t);
  if (asides) add(asides, 'asides in parentheses, each "noun value" as the value of the noun of the thing before them');
  // (round 27) "A V O, and B V as well / too": the second clause's elided object is the first's
  const elided = elidedObject(ctx, t);
  if (elided) add(elided, 'the object left out of the second clause ("as well", "too") taken from the first');
  // "Not only did X V O, but (it) also W"
  // (round 27) "Not only did X V O, he also W": the "but" left out, the "also" (or "too") kept as the sign
  const notOnly = cachedRegExp(`^not\\s+only\\s+(${AUX})\\s+(.+?)(?:,?\\s+but\\s+|,\\s+(?=(?:\\S+\\s+){1,3}(?:also|too)\\b))(.+?)$`, 'i').exec(t);
  if (notOnly) {
    const second = notOnly[3]!.replace(/\balso\s+/i, '').replace(/\s+as\s+well$/i, '');
    // "did" is do-support: the clause without it ("X stay out of Y", as a question "Did X ...?" is read)
    const firsts = /^(?:did|does|do)$/i.test(notOnly[1]!) ? [notOnly[2]!] : invertedStatements(`${notOnly[1]![0]!.toUpperCase()}${notOnly[1]!.slice(1).toLowerCase()} ${notOnly[2]}?`).slice(0, 3);
    for (const first of firsts) add(`${first.replace(/\?$/, '')}, and ${second}`, '"not only ... but also" as "and"');
  }
  // "X is not only A but also B"
  const inner = /^(.+?)\s+not\s+only\s+(.+?),?\s+but\s+also\s+(.+)$/i.exec(t);
  if (inner && !/^not\b/i.test(t)) add(`${inner[1]} ${inner[2]} and also ${inner[3]}`, '"not only ... but also" as "and"');
  // "A, along with B, V O": "A and B V O"
  const along = /^([^,]+?),\s+(?:along|together)\s+with\s+([^,]+?),\s+(.+)$/i.exec(t);
  if (along) add(`${along[1]} and ${along[2]} ${along[3]}`, '"A, along with B," as "A and B"');
  // "X is the largest N, followed by A and B": A the second largest N, B the third (a ranked list)
  const followed = /^(.+?)\s+(is|was|are|were|remains)\s+the\s+(largest|biggest)\s+([^,]+?)((?:,\s+with\s+(?:[^,]|,(?=\d{3}\b))+)?),\s+followed\s+by\s+(.+)$/i.exec(t);
  if (followed) {
    const [, first, copula, most, noun, withPart, rest] = followed as unknown as string[];
    const next = rest!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
    const ordinals = ['second', 'third', 'fourth', 'fifth'];
    if (next.length && next.length <= ordinals.length && next.every((x) => x.split(/\s+/).length <= 4)) {
      const ranked = next.map((x, i) => `${x} ${copula} the ${ordinals[i]} ${most} ${noun}`);
      add([`${first} ${copula} the ${most} ${noun}${withPart ?? ''}`, ...ranked].join('; '), '"followed by A and B" after a rank as the next ranks, in order');
    }
  }
  // "In addition to V-ing O, S W", "Having V-en O, S W", "After V-ing O, S W"
  const fronted = /^(in\s+addition\s+to|besides|apart\s+from|having|after)\s+([a-z]+)\s+(.+)$/i.exec(t);
  if (fronted) {
    const lead = fronted[1]!.toLowerCase();
    const verbs = lead === 'having' ? [`had ${fronted[2]}`] : pastsOf(ctx, fronted[2]!);
    const refuteOnly = lead === 'having' || lead === 'after';
    const body = fronted[3]!;
    // each comma may close the fronted clause ("Having left on May 3, 2015, X ..."): the main clause opens with a capital or a pronoun
    for (let i = body.indexOf(', '); i > 0; i = body.indexOf(', ', i + 1)) {
      const [obj, main] = [body.slice(0, i), body.slice(i + 2)];
      if (!/^(?:[A-Z]|(?:it|he|she|they)\b)/.test(main) || main.split(/\s+/).length < 3) continue;
      for (const verb of verbs) add(`${main}, and ${verb} ${obj}`, `a fronted "${lead} ..." clause as a second statement of the main clause's subject${refuteOnly ? ' (the order of the two is not checked)' : ''}`, refuteOnly);
    }
  }
  // (round 39, users31) "X, for its part, V O" / "For its part, X V O": a marker of contrast that says
  // no more than the joiner before it
  const ownPart = t.replace(/\s*,\s*for\s+(?:its|their|his|her)\s+part\s*,\s*/gi, ' ').replace(/(^|;\s*)for\s+(?:its|their|his|her)\s+part\s*,\s*/gi, '$1')
    .replace(/\s*,\s*for\s+(?:its|their|his|her)\s+part$/i, '');
  if (ownPart !== t) add(`${ownPart[0]!.toUpperCase()}${ownPart.slice(1)}`, '"for its part" as no more than the joiner');
  // (round 39, users31) "A V O \u2014 X holds N \u2014 in T": a clause of its own between dashes (it opens
  // with a name, not "which", "who" or an apposition's determiner) is a second statement
  const dashed = /^(.+?)\s+(?:-{1,2}|\u2013|\u2014)\s+(.+?)\s+(?:-{1,2}|\u2013|\u2014)\s+(.+)$/.exec(t);
  if (dashed && /^[A-Z]/.test(dashed[2]!) && !/^(?:which|who|whom|whose|that|a|an|the|one|with|once|formerly|then|now|also|both)\b/i.test(dashed[2]!)) {
    add(`${dashed[1]} ${dashed[3]}; ${dashed[2]}`, 'a clause between dashes as a statement of its own');
  }
  // (round 39, users31) "A opened in P with X as its first N": "A opened in P; X is its first N"
  const withAs = /^(.+?),?\s+with\s+([A-Z][^,;]*?)\s+as\s+(its|their|his|her)\s+([^,;]+)(;.*)?$/.exec(ownPart);
  if (withAs) add(`${withAs[1]}; ${withAs[2]} is ${withAs[3]} ${withAs[4]}${withAs[5] ?? ''}`, '"with X as its N" as a statement of its own');
  return out;
}

/** A value an aside gives: an amount or a measure, perhaps hedged ("approx. 900 km", "US$5bn"). */
const ASIDE_VALUE = /^(?:(?:approx\.?|approximately|about|around|roughly|some|nearly|almost|up\s+to|over|under|~)\s*)?(?:US\$|\$|\u00a5|\u20ac|\u00a3|\d)/i;

/** A length's unit: a bare measure in an aside says how long the thing is. */
const LENGTH_UNIT = /\d\s*(?:km|kilomet(?:re|er)s?|miles?)\s*$/i;

/**
 * "X (approx. 900 km, est. cost US$5bn) will V O" as "X will be approx. 900 km long; X's est.
 * cost will be US$5bn; X will V O": a parenthesis after the claim's opening name whose asides are each a
 * noun and a value ("cost US$5bn") or a bare length. Undefined when any aside is of another kind
 * (its fact would be lost), so an aside is never dropped.
 */
function measuredAsides(t: string): string | undefined {
  const m = /^((?:\S+\s+){0,5}?\S+?)\s*\(([^()]+)\)\s+(.+)$/.exec(t);
  if (!m || /^(?:the\s+)?[a-z]/.test(m[1]!) && !/^the\s/i.test(m[1]!)) return undefined;
  const [, head, inner, rest] = m as unknown as string[];
  const facts: string[] = [];
  // a verbless aside takes the main clause's modality ("X (900 km) will run ...": X will be 900 km long)
  const be = /^(?:will|would)\s/i.test(rest!) ? 'will be' : 'is';
  for (const item of inner!.split(/\s*[,;]\s+/)) {
    const valued = /^((?:[a-z][a-z.-]*\s+){0,3}[a-z][a-z.-]*)\s+(\S.*)$/i.exec(item);
    if (ASIDE_VALUE.test(item)) {
      if (!LENGTH_UNIT.test(item)) return undefined;
      facts.push(`${head} ${be} ${item} long`);
    } else if (valued && ASIDE_VALUE.test(valued[2]!) && !/\b(?:is|was|are|were|has|had)\b/i.test(valued[1]!)) {
      facts.push(`${head}'s ${valued[1]} ${be} ${valued[2]}`);
    } else return undefined;
  }
  return facts.length ? [...facts, `${head} ${rest}`].join('; ') : undefined;
}

/** A verb that stays out of something: "B stayed out as well" after "A joined / stayed out of O". */
const STAY_OUT = /^(.+?)\s+((?:stayed|kept|remained|stays|keeps|remains|stay|keep|remain)\s+out)$/i;

/**
 * "A stayed out of O, and B stayed out as well" as "..., and B stayed out of O"; "Neither A nor B
 * joined O, and C stayed out too" as "..., and C stayed out of O": the second clause's verb (the
 * first's, or "stay out") with the object of the first clause. Undefined when the second clause
 * says more than a subject and the verb, or the first names no object.
 */
function elidedObject(ctx: CheckContext, t: string): string | undefined {
  const m = /^(.+?),?\s+and\s+(.+?)\s+(?:as\s+well|too)$/i.exec(t);
  if (!m) return undefined;
  const [, first, second] = m as unknown as string[];
  // the same verb (one or two words) in both clauses: the first clause's object after it
  const words = second!.split(/\s+/);
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const verb = words.slice(-n).join(' ');
    const at = cachedRegExp(`\\s${escapeRegExp(verb)}\\s+(.+)$`, 'i').exec(first!);
    if (at) return `${first}, and ${second} ${at[1]}`;
  }
  const out = STAY_OUT.exec(second!);
  const things = thingNamesIn(ctx, first!);
  const object = things[things.length - 1];
  // the object closes the first clause, its determiner with it ("joined the League")
  const det = object ? cachedRegExp(`(?:\\b(the)\\s+)?${escapeRegExp(object)}\\s*$`, 'i').exec(first!) : null;
  if (out && det) return `${first}, and ${out[1]} ${out[2]} of ${det[0].trim()}`;
  return undefined;
}

/**
 * Reads a claim joined in a way the compound reader does not cut: the first rewrite the graph
 * decides; a supported one whose joiner also says an order (`refuteOnly`) is held.
 */
async function readJoin({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  let held: ReaderOutcome | undefined;
  for (const { claim, why, refuteOnly } of joinRewrites(ctx, text)) {
    const r = await recheck(claim);
    if (!r) continue;
    const out = restate(r, text, { explanation: `Read as "${claim}" (${why}). ${r.explanation}` });
    if (r.verdict === 'REFUTED' || (r.verdict === 'SUPPORTED' && !refuteOnly)) return { decided: out };
    held ??= { held: r.verdict === 'SUPPORTED' ? undecidedResult(out, `Read as "${claim}" (${why}): every part is supported, but not the order the claim says, so it is not decided. ${r.explanation}`) : out };
  }
  return held;
}

/**
 * The reader-table entry of the joiners, spread into UNREAD_READERS before `compound`.
 *
 * @example
 * ```ts
 * const readers = [...JOIN_READERS]; // [{ name: 'join-words', ... }]
 * ```
 */
export const JOIN_READERS: readonly UnreadReader[] = [
  {
    name: 'join-words', module: 'join-rewrites.ts', needs: JOIN_NEEDS, whenUndecided: true,
    reads: '(round 25) "A, yet B", "A as well as B", "X (a former minister) was elected", "Not only did X V, but it also W", "A, along with B, V", "In addition to V-ing O, S W", "Having V-en O, S W" (refuted only): said with the joiners the compound reader cuts; also on an undecided reading',
    read: readJoin,
  },
];
