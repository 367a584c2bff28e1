/**
 * A kind the graph's attributes exclude (round 12, branch `idioms`): "Freedonia is an island
 * nation" when the graph says Freedonia is landlocked.
 *
 * The lexicon names pairs of contrary words (`cg:contraryWord "island => landlocked"`: no thing is
 * both, though a thing may be neither). The claim is said again with the other word and checked:
 *
 * - "X is an island nation": the other claim ("X is a landlocked nation") SUPPORTED -> REFUTED;
 *   refuted or undecided -> NOT_ENOUGH_INFO (a country that is not landlocked need not be an island);
 * - "X is not an island nation": the other claim ("X is not a landlocked nation") REFUTED (X is
 *   landlocked) -> SUPPORTED; otherwise NOT_ENOUGH_INFO.
 *
 * Verbs too (round 18, branch lex18: `cg:contraryVerb "bypass => cross"`): "the canal pipeline
 * bypasses Sylvania" is said again as "the canal pipeline crosses Sylvania", the verb in the form
 * the claim wrote it (a line that goes round a country does not cross it, though it may do
 * neither).
 *
 * Only the graph's own statements decide (the other claim is checked like any claim); the words
 * read are in `interpretation.notes`.
 */
import type { CheckContext } from './context.js';
import { cg, literals } from './context-vocab.js';
import { formOf, inflect, isFormOf } from './light-verbs.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { undecidedResult, restate } from './result.js';
import { indefiniteArticle, normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';

const cache = new WeakMap<object, Map<string, Map<string, string[]>>>();

/** A lexicon list of "A => B" pairs as A -> [B, ...], lower-cased, built once per lexicon and property. */
function arrowPairs(ctx: CheckContext, property: string): Map<string, string[]> {
  let byProperty = cache.get(ctx.lexicon);
  if (!byProperty) cache.set(ctx.lexicon, (byProperty = new Map()));
  const hit = byProperty.get(property);
  if (hit) return hit;
  const m = new Map<string, string[]>();
  for (const v of literals(ctx.lexicon, null, cg(property)).sort()) {
    const [a, b] = v.split('=>').map((s) => s.trim().toLowerCase());
    if (a && b) m.set(a, [...(m.get(a) ?? []), b]);
  }
  byProperty.set(property, m);
  return m;
}

/**
 * The lexicon's contrary words: word -> the words it excludes.
 *
 * @example
 * ```ts
 * contraryWords(ctx).get('island'); // ['landlocked']
 * ```
 */
export function contraryWords(ctx: CheckContext): Map<string, string[]> {
  return arrowPairs(ctx, 'contraryWord');
}

/**
 * The lexicon's contrary verbs (`cg:contraryVerb`): verb lemma -> the verb lemmas it excludes.
 *
 * @example
 * ```ts
 * contraryVerbs(ctx).get('bypass'); // ['cross']
 * ```
 */
export function contraryVerbs(ctx: CheckContext): Map<string, string[]> {
  return arrowPairs(ctx, 'contraryVerb');
}

/** Words that deny the claim they stand in. */
const DENIAL = /\b(not|never|no longer|isn't|aren't|wasn't|weren't)\b/i;

/** One claim said with the contrary word. */
export interface ContraryRewrite {
  claim: string;
  word: string;
  other: string;
  negated: boolean;
}

/**
 * The claim with a word the lexicon names a contrary of said with that contrary ("an island
 * nation" -> "a landlocked nation", the article fitted). Empty when it has none.
 *
 * @example
 * ```ts
 * contraryRewrites(ctx, 'Freedonia is an island nation.').map((r) => r.claim);
 * // ['Freedonia is a landlocked nation.']
 * ```
 */
export function contraryRewrites(ctx: CheckContext, input: string): ContraryRewrite[] {
  const text = normalizeTypography(input).trim();
  const words = contraryWords(ctx);
  const verbs = [...contraryVerbs(ctx)];
  const out: ContraryRewrite[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z-]*/g)) {
    const raw = m[0];
    // a capitalised word past the first is a name ("Island Bank"), not the adjective
    if (/^[A-Z]/.test(raw) && m.index! > 0) continue;
    // a contrary verb, said in the form the claim wrote ("bypasses" -> "crosses")
    const verbOthers = verbs.filter(([lemma]) => isFormOf(ctx, raw, lemma))
      .flatMap(([, others]) => others.map((o) => inflect(ctx, o, formOf(ctx, raw))));
    for (const other of [...(words.get(raw.toLowerCase()) ?? []), ...verbOthers]) {
      let before = text.slice(0, m.index!);
      // fit the article: "an island" -> "a landlocked", "a coastal" -> "an inland"
      before = before.replace(/\b(a|an)(\s+)$/i, (_, art: string, sp: string) => {
        const an = indefiniteArticle(other) === 'an';
        const cap = /^A/.test(art);
        return `${cap ? 'A' : 'a'}${an ? 'n' : ''}${sp}`;
      });
      out.push({ claim: `${before}${other}${text.slice(m.index! + raw.length)}`, word: raw.toLowerCase(), other, negated: DENIAL.test(text) });
    }
  }
  return out;
}

/**
 * The contrary-word reader (table entry `contrary-word`): the claim said with the contrary word;
 * that claim supported refutes a positive claim, that claim refuted supports a denial; anything
 * else is held as not enough information with the reading shown.
 *
 * @example
 * ```ts
 * await readContraryWords({ ctx, text: 'Freedonia is an island nation.', recheck });
 * // { decided: REFUTED } when the graph says Freedonia is landlocked
 * ```
 */
export async function readContraryWords({ ctx, text, recheck }: ReaderInput, wordContext: (c: CheckContext) => CheckContext): Promise<ReaderOutcome | undefined> {
  let held: CheckResult | undefined;
  for (const r of contraryRewrites(ctx, text)) {
    const res = await recheck(r.claim, wordContext(ctx));
    if (!res || (res.interpretation.notes ?? []).some((n) => n.startsWith('read by its words'))) continue;
    const note = `read '${r.word}' against '${r.other}', its contrary (lexicon cg:contraryWord: no thing is both, a thing may be neither)`;
    const interpretation = { ...res.interpretation, notes: [...(res.interpretation.notes ?? []), note] };
    const decides = r.negated ? res.verdict === 'REFUTED' : res.verdict === 'SUPPORTED';
    if (decides) {
      const verdict = r.negated ? 'SUPPORTED' as const : 'REFUTED' as const;
      return {
        decided: {
          ...res, claim: text.trim(), verdict, reason: r.negated ? res.reason : 'contrary-word', conflict: false, interpretation,
          evidence: res.evidence.map((e) => ({ ...e, stance: e.stance === 'related' ? e.stance : verdict === 'REFUTED' ? 'refutes' as const : 'supports' as const })),
          explanation: `Read against "${r.claim}" ('${r.word}' and '${r.other}' are contraries), which is ${res.verdict === 'SUPPORTED' ? 'supported' : 'refuted'}: so the claim is ${verdict === 'REFUTED' ? 'refuted' : 'supported'}. ${res.explanation}`,
        },
      };
    }
    held ??= undecidedResult(restate(res, text, { interpretation }),
      `Read against "${r.claim}" ('${r.word}' and '${r.other}' are contraries), which is ${res.verdict === 'NOT_ENOUGH_INFO' ? 'not decided' : res.verdict === 'SUPPORTED' ? 'supported' : 'refuted'}: that does not decide the claim (a thing may be neither). ${res.explanation}`);
  }
  return held ? { held } : undefined;
}
