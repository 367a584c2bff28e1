/**
 * Verbs that say no more than "is" (round 11): "X counts / qualifies as a member of O" is "X is a
 * member of O"; "X figures / ranks among O's members" is "X is among O's members"; "O counts X as a
 * member" and "O numbers X among its members" are "X is among O's members". The verbs are data
 * (lexicon `cg:copulaVerb`, `cg:amongVerb`); the claim in those words is checked as a claim, and
 * both verdicts decide, since the verb adds nothing the graph could lack.
 */
import type { CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { inflect, isWordRewrite, wordRewriteContext } from './light-verbs.js';
import { normalizeTypography } from './text.js';
import { type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { DENIAL } from './denials.js';
import { cachedRegExp } from './regex-memo.js';
import { restate } from './result.js';

interface Verbs { copula: string; among: string }
const cache = new WeakMap<object, Verbs>();

function verbsOf(ctx: CheckContext): Verbs {
  const hit = cache.get(ctx.lexicon);
  if (hit) return hit;
  const alt = (p: string): string => [...new Set(literals(ctx.lexicon, null, cg(p)).flatMap((v) => (['base', 's', 'ed'] as const).map((f) => inflect(ctx, v.toLowerCase(), f))))]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
  const v = { copula: alt('copulaVerb'), among: alt('amongVerb') };
  cache.set(ctx.lexicon, v);
  return v;
}

/** A plural of a noun phrase's last word ("a founding member" -> "founding members"). */
export function plural(np: string): string {
  const words = np.replace(/^(?:a|an|one)\s+/i, '').split(/\s+/);
  const last = words.pop() ?? '';
  const pl = /s$/i.test(last) ? last : /[^aeiou]y$/i.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`;
  return [...words, pl].join(' ');
}

/**
 * The claim said with "is"; empty when it has no such verb.
 *
 * @example
 * ```ts
 * copulaRewrites(ctx, 'Sylvania counts as a member of the League.'); // ['Sylvania is a member of the League.']
 * copulaRewrites(ctx, 'The League counts Sylvania as a member.');    // ["Sylvania is among the League's members."]
 * ```
 */
export function copulaRewrites(ctx: CheckContext, input: string): string[] {
  const t = normalizeTypography(input).trim().replace(/\s+/g, ' ').replace(/[.!?]+$/, '');
  if (DENIAL.test(t)) return [];
  const v = verbsOf(ctx);
  // names only ("the Sylvania-initiated League" is a name and a statement: left to the compound reader);
  // a hyphen inside a name's word ("the Grand Co-operation Council", British spelling) keeps it one
  // word, unless what follows is a participle ("-initiated", "-based", "-driven")
  const word = String.raw`[A-Z]\w*(?:-(?:[A-Z]\w*|(?![a-z]+(?:ed|en)\b)[a-z]\w*))*`;
  const name = String.raw`(?:[Tt]he\s+)?${word}(?:\s+(?:of\s+)?${word})*`;
  // "O counts X as a member" / "O numbers X among its members": the object is the one that is
  const obj = cachedRegExp(String.raw`^(?<o>${name})\s+(?:${v.among}|${v.copula})\s+(?<x>${name})\s+(?:as|among)\s+(?:(?:its|their|his|her|the)\s+)?(?:one\s+of\s+(?:its|their)\s+)?(?<n>[a-z][a-z\s-]*)$`).exec(t);
  if (obj) {
    const g = obj.groups!;
    return [`${g.x} is among ${g.o!.replace(/^The\b/, 'the')}'s ${plural(g.n!)}.`];
  }
  const among = cachedRegExp(String.raw`^(?<x>.+?)\s+(?:${v.among})\s+among\s+(?<rest>.+)$`, 'i').exec(t);
  if (among) return [`${among.groups!.x} ${/\band\b/i.test(among.groups!.x!) ? 'are' : 'is'} among ${among.groups!.rest}.`];
  const as = cachedRegExp(String.raw`^(?<x>.+?)\s+(?:${v.copula})\s+as\s+(?<rest>.+)$`, 'i').exec(t);
  if (as) return [`${as.groups!.x} ${/\band\b/i.test(as.groups!.x!) ? 'are' : 'is'} ${as.groups!.rest}.`];
  return [];
}

/**
 * The table's reader (src/check/readers.ts): "X counts as a member of O" read as "X is a member of O", rechecked.
 *
 * @example
 * ```ts
 * await readCopula({ ctx, text: 'Freedonia counts as a member of the League.', recheck })
 * ```
 */
export async function readCopula({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  if (isWordRewrite(ctx)) return undefined;
  for (const said of copulaRewrites(ctx, text)) {
    const r = await recheck(said, wordRewriteContext(ctx));
    if (!r || (r.interpretation.notes ?? []).some((n) => n.startsWith('read by its words'))) continue;
    const note = `read as "${said}" (a verb that says no more than "is": lexicon cg:copulaVerb, cg:amongVerb)`;
    const told = restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] }, explanation: `Read as "${said}". ${r.explanation}` });
    return r.verdict === 'NOT_ENOUGH_INFO' ? { held: told } : { decided: told };
  }
  return undefined;
}
