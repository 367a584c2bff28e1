/**
 * Verbs of aspect around a relation's verb (round 11): "X has stopped / ceased to / quit leading
 * Y" says X no longer leads Y; "X keeps / carries on leading Y" and "X remains a member of Y" say X
 * still does (or is). The aspect verbs are data (lexicon `cg:cessationVerb`, `cg:continuationVerb`,
 * `cg:remainVerb`); the verb after them is read in the form the patterns read ("leading" -> "leads":
 * the lexicon's irregular forms, else the regular ones, each tried), and the claim in those words is
 * checked as a claim.
 *
 * A cessation also says the thing once held, which the graph may not say ("Sylvania has stopped
 * being a member" of a League it never joined), so only a refutation of "no longer" decides; a
 * continuation's "still" is the present state the graph's claims give, so both verdicts decide.
 * A claim with a time of its own ("stopped leading it in 2010") or a denial ("did not stop") is
 * not read here.
 */
import type { CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { formOf, inflect, isWordRewrite, wordRewriteContext, type OtherWords } from './light-verbs.js';
import { normalizeTypography, normWord } from './text.js';
import { type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';
import type { CheckResult } from './types.js';

/** One claim in other words, and whether the original says more than it (a cessation). */
export interface AspectReading extends OtherWords {
  /** True for a cessation: only a refutation of the reading decides. */
  refutationOnly: boolean;
}

interface Lists { cease: string[][]; go: string[][]; remain: string[][] }
const cache = new WeakMap<object, Lists>();

function lists(ctx: CheckContext): Lists {
  const hit = cache.get(ctx.lexicon);
  if (hit) return hit;
  // longest first: "keep on" before "keep"
  const words = (p: string): string[][] => literals(ctx.lexicon, null, cg(p)).map((v) => v.toLowerCase().split(/\s+/).map((w) => normWord(w, ctx.morph)))
    .sort((a, b) => b.length - a.length || (a.join(' ') < b.join(' ') ? -1 : 1));
  const l = { cease: words('cessationVerb'), go: words('continuationVerb'), remain: words('remainVerb') };
  cache.set(ctx.lexicon, l);
  return l;
}

/** Words that after "remain"/"stay" make a phrasal verb of their own ("stayed out of"), not a state. */
const PARTICLE = new Set(['out', 'away', 'in', 'at', 'on', 'off', 'with', 'behind', 'up', 'down', 'to', 'from', 'for', 'until', 'till', 'since', 'there', 'home', 'abroad']);
const AUXILIARY = new Set(['has', 'have', 'had']);

interface Word { text: string; start: number; end: number }
const wordsOf = (text: string): Word[] => [...text.matchAll(/[A-Za-z][A-Za-z'-]*/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));

function match(ctx: CheckContext, words: Word[], i: number, list: string[][]): number {
  for (const v of list) if (v.every((w, k) => words[i + k] && normWord(words[i + k]!.text, ctx.morph) === w)) return v.length;
  return 0;
}

/** Base forms a gerund may come from: the lexicon's lemma, else "leading" -> lead, "operating" -> operate, "running" -> run. */
function baseForms(ctx: CheckContext, gerund: string): string[] {
  const w = gerund.toLowerCase();
  const lemma = ctx.morph.lemmas.get(w);
  if (lemma) return [lemma];
  const stem = w.slice(0, -3);
  const out = [stem, `${stem}e`];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
  return [...new Set(out)].filter((v) => v.length > 1);
}

/**
 * The claim with its aspect verb read as "no longer" / "still" and the verb after it in the form
 * the patterns read; empty when it has none (or a time or a denial of its own).
 *
 * @example
 * ```ts
 * aspectRewrites(ctx, 'Freedonia has stopped leading the League.').map((r) => r.claim);
 * // ['Freedonia no longer leads the League.', ...]
 * aspectRewrites(ctx, 'Sylvania remains a member of the League.').map((r) => r.claim);
 * // ['Sylvania is still a member of the League.']
 * ```
 */
export function aspectRewrites(ctx: CheckContext, input: string): AspectReading[] {
  const text = normalizeTypography(input).trim();
  if (/\d/.test(text) || /\b(?:not|never|no|nor|neither|n't)\b/i.test(text)) return [];
  const words = wordsOf(text);
  const l = lists(ctx);
  for (let i = 1; i < words.length - 1; i++) {
    const cease = match(ctx, words, i, l.cease);
    const go = cease ? 0 : match(ctx, words, i, l.go);
    const remain = cease || go ? 0 : match(ctx, words, i, l.remain);
    const n = cease || go || remain;
    if (!n) continue;
    // the aspect verb is finite here ("stopped", "keeps", "has ceased", "quit"), not a gerund, nor a
    // noun after a determiner ("the stay")
    // ("carries": formOf reads a lemma's "-ies" form as a past)
    const form = /[^s]s$/i.test(words[i]!.text) ? 's' : formOf(ctx, words[i]!.text);
    const aux = AUXILIARY.has(words[i - 1]!.text.toLowerCase()) ? i - 1 : i;
    if (form === 'ing' || /^(?:a|an|the|its|his|her|their)$/i.test(words[i - 1]!.text)) continue;
    const subject = text.slice(0, words[aux]!.start).trim();
    const plural = /\band\b/i.test(subject);
    // a continuation in the past stays past ("kept leading"); a cessation says the present ("gave up
    // leading": no longer leads)
    const past = form === 'ed' && aux === i && !cease;
    const be = past ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
    const adverb = cease ? 'no longer' : 'still';
    const said = text.slice(words[aux]!.start, words[i + n - 1]!.end);
    const note = (as: string): string => `read '${said}' as '${adverb}' (${cease ? 'lexicon cg:cessationVerb: the claim also says it once did, which only a refutation of the reading decides' : remain ? 'lexicon cg:remainVerb' : 'lexicon cg:continuationVerb'}): "${as}"`;
    const after = words[i + n];
    if (!after) return [];
    if (remain) {
      if (PARTICLE.has(after.text.toLowerCase())) return [];
      const claim = `${subject} ${be} ${adverb} ${text.slice(after.start)}`;
      return [{ claim, note: note(claim), refutationOnly: false }];
    }
    // "stopped leading Y", "ceased to lead Y", "stopped being a member of Y"
    let verbWord = after;
    if (after.text.toLowerCase() === 'to') {
      verbWord = words[i + n + 1]!;
      if (!verbWord) return [];
    } else if (formOf(ctx, after.text) !== 'ing') return [];
    const rest = text.slice(verbWord.end);
    const v = verbWord.text.toLowerCase();
    if (v === 'be' || v === 'being') {
      const claim = `${subject} ${be} ${adverb}${rest}`;
      return [{ claim, note: note(claim), refutationOnly: !!cease }];
    }
    const bases = after.text.toLowerCase() === 'to' ? [v] : baseForms(ctx, v);
    return bases.map((b) => {
      const verb = past ? inflect(ctx, b, 'ed') : plural ? b : inflect(ctx, b, 's');
      const claim = `${subject} ${adverb} ${verb}${rest}`;
      return { claim, note: note(claim), refutationOnly: !!cease };
    });
  }
  return [];
}

/**
 * The table's reader (src/check/readers.ts): "X has stopped leading Y" read as "X no longer leads Y" (and the other aspect rewrites), each rechecked; the readings that decide must agree.
 *
 * @example
 * ```ts
 * await readAspect({ ctx, text: 'Freedonia has stopped leading the League.', recheck })
 * ```
 */
export async function readAspect({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  if (isWordRewrite(ctx)) return undefined;
  const told: CheckResult[] = [];
  for (const other of aspectRewrites(ctx, text)) {
    const r = await recheck(other.claim, wordRewriteContext(ctx));
    if (!r || (r.interpretation.notes ?? []).some((n) => n.startsWith('read by its words'))) continue;
    const interpretation = { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), other.note] };
    told.push(other.refutationOnly && r.verdict === 'SUPPORTED'
      ? undecidedResult(restate(r, text, { interpretation }), `Read as "${other.claim}" (${other.note}): that is supported, but the claim also says it once did, which the graph does not say. ${r.explanation}`)
      : restate(r, text, { interpretation, explanation: `Read as "${other.claim}" (${other.note}). ${r.explanation}` }));
  }
  const decidedOnes = told.filter((r) => r.verdict !== 'NOT_ENOUGH_INFO');
  if (decidedOnes.length && decidedOnes.every((r) => r.verdict === decidedOnes[0]!.verdict)) return { decided: decidedOnes[0]! };
  const undecided = told.find((r) => r.verdict === 'NOT_ENOUGH_INFO');
  return undecided ? { held: undecided } : undefined;
}
