/**
 * A purpose said with a gerund (round 19, branch shapes19): "Freedonia promotes exports to Sylvania
 * as a means of helping its farms", "Freedonia pledged aid to Sylvania for expanding its canals",
 * "Freedonia's aid to Sylvania is mainly for building clinics". The purpose readers
 * (src/check/purpose.ts, purpose-frames.ts) take an infinitive: the gerund is said as one ("in
 * order to expand its canals"; after "is for", "is meant to build clinics"), with the verb's base
 * form from the lexicon's lemmas or WordNet's (no NLP library at run time), and the claim in those
 * words is rechecked.
 *
 * A main-purpose adverb before "for" ("mainly for") is kept before "meant" and dropped before "in
 * order to": a purpose read without "mainly" claims less, never more. "for the purpose of V-ing"
 * and "with a view to V-ing" are said as "for V-ing" first (src/check/purpose-connectives.ts),
 * then read here.
 */
import type { CheckContext } from './context.js';
import { mainPurposeAdverbs, perLexicon } from './lexicon-words.js';
import { wordListAt } from './fuzzy.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { agreeingRewrites } from './package-names.js';
import { gerundBase, normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** "as a way / means of V-ing", "for V-ing" (with the adverb before it, if any). */
const GERUND = perLexicon((ctx) => cachedRegExp(String.raw`(?:\s+(?<adv>${mainPurposeAdverbs(ctx).alternation}))?\s+(?:as\s+(?:a|one)\s+(?:way|means|method)\s+of|for)\s+(?<verb>[a-z]+ing)\s+(?=\S)`, 'i'));
/** "is (mainly) for V-ing": the package's purpose said with a copula. */
const COPULA = /\s+(?<be>is|are|was|were|will be|would be)$/i;
/** Gerunds that are nouns of a thing, not a purpose said with a verb ("for housing", "for funding"). */
const NOT_A_PURPOSE_VERB = /^(?:housing|clothing|morning|evening|nothing|something|anything|everything|during|king|ring|thing|spring|ceiling|wedding|bedding)$/i;

/**
 * The verb's base form of a gerund (src/check/text.ts's `gerundBase`) among WordNet's lemmas
 * (ontology/lexicon.words.txt); undefined when none is.
 *
 * @example
 * ```ts
 * baseOf(ctx, 'securing'); // "secure"
 * ```
 */
export function baseOf(ctx: CheckContext, gerund: string): string | undefined {
  const list = wordListAt(ctx.wordsFile);
  return gerundBase(gerund, ctx.morph, (w) => list?.get(w) !== undefined);
}

/**
 * The claim with its gerund purpose said as an infinitive, or undefined when it has none.
 *
 * @example
 * ```ts
 * gerundPurposeRewrite(ctx, 'Freedonia pledged aid to Sylvania for expanding its canals.');
 * // 'Freedonia pledged aid to Sylvania in order to expand its canals.'
 * gerundPurposeRewrite(ctx, "Freedonia's aid to Sylvania is mainly for building clinics.");
 * // "Freedonia's aid to Sylvania is mainly meant to build clinics."
 * ```
 */
export function gerundPurposeRewrite(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  const m = GERUND(ctx).exec(t);
  if (!m?.groups || m.index === 0) return undefined;
  const gerund = m.groups.verb!;
  if (NOT_A_PURPOSE_VERB.test(gerund)) return undefined;
  const base = baseOf(ctx, gerund);
  if (!base) return undefined;
  const before = t.slice(0, m.index);
  const after = t.slice(m.index + m[0].length);
  const adv = m.groups.adv ? `${m.groups.adv} ` : '';
  const be = COPULA.exec(before);
  if (be) return `${before} ${adv}meant to ${base} ${after}`;
  // a clause before it: the purpose of its deed ("mainly" dropped: one purpose claims less)
  if (before.trim().split(/\s+/).length < 3) return undefined;
  return `${before} in order to ${base} ${after}`;
}

/**
 * Reads a purpose said with a gerund as the same claim with an infinitive (see the module comment).
 *
 * @example
 * ```ts
 * await readGerundPurpose({ ctx, text: 'Freedonia pledged aid to Sylvania for expanding its canals.', recheck });
 * ```
 */
export async function readGerundPurpose({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const said = gerundPurposeRewrite(ctx, text);
  return said ? agreeingRewrites(text, [{ claim: said, note: 'a purpose said with a gerund, in the infinitive the purpose readers take' }], recheck) : undefined;
}
