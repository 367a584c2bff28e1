/**
 * A possessive before an action noun states who acted: "X's high-profile visit to Y" and "his
 * week-long visit (dates) to Y" say X (he) visited Y. The lexicon writes such nouns in its
 * light-verb patterns ("{s} on [a] [state|official] visit to {o}"); the phrase is read as
 * "X on a visit to Y ..." with those patterns, so the property comes from the lexicon. The
 * possessor is a name before "'s", or "his"/"her" for the one person named before it in the
 * sentence (else in the sentence before). Modifiers between (lower-case words, a hyphenated
 * word, a parenthesis) are left out of the reading.
 */
import { NS, type CheckContext } from '../check/context.js';
import type { Word } from './groups.js';
import type { ArticleReading, SentenceContext, SentenceReader, SuggestValue } from './types.js';

/** Most words between the possessive and the noun ("high-profile": three tokens). */
const MAX_MODIFIERS = 5;
/** Less sure than the same words said with a verb: the noun phrase may be about a plan. */
const NOMINAL_WEIGHT = 0.9;

/** The nouns of light-verb patterns: "{s} on [a] ... <noun> to {o}" (once per context). */
function actionNouns(ctx: CheckContext): Set<string> {
  let hit = cache.get(ctx);
  if (hit) return hit;
  hit = new Set();
  for (const rp of ctx.relations) {
    if (rp.claimOnly) continue;
    const nodes = rp.pattern.nodes;
    const [noun, to, o] = nodes.slice(-3);
    if (nodes[0]?.t !== 'slot' || nodes[0].name !== 's' || o?.t !== 'slot' || o.name !== 'o' || to?.t !== 'lit' || to.norm !== 'to' || noun?.t !== 'lit') continue;
    if (nodes[1]?.t === 'lit' && nodes[1].norm === 'on') hit.add(noun.norm);
  }
  cache.set(ctx, hit);
  return hit;
}
const cache = new WeakMap<CheckContext, Set<string>>();

/** What the construction asks of the reader around it. */
export interface NominalEnv {
  ctx: CheckContext;
  base: SentenceReader;
  /** The entities this sentence names by label, by token position. */
  named: ReadonlyArray<{ id: string; start: number; end: number }>;
  /** The entities the sentence before named. */
  previous: readonly string[];
  isA(id: string, cls: string): boolean;
}

/**
 * Readings of "X's [modifiers] <action noun> [(...)] to Y ...".
 *
 * @example
 * ```ts
 * nominalActs(env, "Firefly's week-long visit to Sylvania ended.", words, sctx); // rufus-firefly visited sylvania
 * ```
 */
export function nominalActs(env: NominalEnv, text: string, words: readonly Word[], context: SentenceContext): ArticleReading[] {
  const nouns = actionNouns(env.ctx);
  const out: ArticleReading[] = [];
  for (let n = 1; n < words.length - 2; n++) {
    if (!nouns.has(words[n]!.norm)) continue;
    // "to" after the noun, over a parenthesis ("visit (October 22-28) to")
    let to = n + 1;
    while (to < words.length && isInParens(text, words[to]!)) to++;
    if (words[to]?.norm !== 'to' || to + 1 >= words.length) continue;
    // the possessive before the noun, over lower-case modifiers ("his" is an ignorable word: it
    // lies in the text between the tokens)
    let possessor: Possessor | undefined;
    for (let k = n; k > 0 && n - k <= MAX_MODIFIERS; k--) {
      const gap = text.slice(words[k - 1]!.end, words[k]!.start);
      const pronoun = /\b(his|her)\s+$/i.exec(gap);
      if (pronoun) {
        possessor = pronounPossessor(env, words[k - 1]!.end + pronoun.index, pronoun[1]!, k);
        break;
      }
      if (words[k - 1]!.kind === 'possessive') {
        possessor = namePossessor(env, text, words, k - 1);
        break;
      }
      if (words[k - 1]!.cap || !/^\s*-?\s*$/.test(gap)) break;
    }
    if (!possessor) continue;
    const head = `${possessor.mention} on a ${words[n]!.raw} to `;
    // the rest of the clause only: what comes after it says nothing about the act
    const clauseEnd = text.slice(words[to + 1]!.start).search(/[,;:.!?](\s|$)/);
    const rest = text.slice(words[to + 1]!.start, clauseEnd < 0 ? text.length : words[to + 1]!.start + clauseEnd);
    const shift = words[to + 1]!.start - head.length;
    for (const r of env.base.read(head + rest, context)) {
      if (r.begin !== 0 || r.subject.kind !== 'entity' || r.subject.id !== possessor.id || r.end <= head.length) continue;
      out.push({
        ...r, subject: { ...r.subject, mention: possessor.mention } satisfies SuggestValue,
        begin: possessor.begin, end: r.end + shift, confidence: r.confidence * NOMINAL_WEIGHT,
        why: `${r.why}; a possessive before "${words[n]!.raw}": "${text.slice(possessor.begin, words[n]!.end)} to" read as "${possessor.mention} on a ${words[n]!.raw} to"${possessor.note ? `; ${possessor.note}` : ''}`,
      });
    }
  }
  return out;
}

function isInParens(text: string, w: Word): boolean {
  const open = text.lastIndexOf('(', w.start);
  return open >= 0 && text.lastIndexOf(')', w.start) < open && text.indexOf(')', w.end) >= 0;
}

interface Possessor {
  id: string;
  mention: string;
  begin: number;
  note?: string;
}

/** "his"/"her" before token `k`: the one person named before it in the sentence, else in the sentence before. */
function pronounPossessor(env: NominalEnv, begin: number, word: string, k: number): Possessor | undefined {
  const people = (ids: readonly string[]): string[] => [...new Set(ids.filter((id) => env.isA(id, 'Person')))];
  const here = people(env.named.filter((m) => m.end <= k).map((m) => m.id));
  const fitting = here.length ? here : people(env.previous);
  if (fitting.length !== 1) return undefined;
  const id = fitting[0]!;
  return { id, mention: env.ctx.entityLabel.get(NS.cgr + id) ?? id, begin, note: `"${word}" read as ${id}, the one person named before it` };
}

/** The name before the possessive at token `p` ("Firefly's"; a label may hold the "'s" itself). */
function namePossessor(env: NominalEnv, text: string, words: readonly Word[], p: number): Possessor | undefined {
  const m = env.named.find((x) => x.end === p || (x.end === p + 1 && x.end - x.start > 1));
  if (!m) return undefined;
  const last = m.end === p + 1 ? p - 1 : m.end - 1;
  return { id: m.id, mention: text.slice(words[m.start]!.start, words[last]!.end), begin: words[m.start]!.start };
}
