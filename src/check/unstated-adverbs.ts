/**
 * Round 35 (branch fix28b): An adverb the parser skips that adds a fact no source states.
 *
 * The parser sets aside the adverbs of ontology/lexicon.derived.json that no pattern uses, so
 * "Freedonia narrowly joined the League" is read as "Freedonia joined the League". Only the
 * lexicon's empty adverbs (`cg:emptyAdverb`: "definitely", "basically") add nothing a source could
 * state; any other ("narrowly", "unanimously", "virtually", "personally", "annually") says how, how
 * often or by whom the thing was done, which the graph's claim without it does not show. The parser
 * notes such a word ({@link unstatedAdverbNote}); {@link capUnstatedAdverbs} keeps the claim from
 * SUPPORTED, and from REFUTED where the claim is a denial ("did not personally address" denies the
 * manner, not the address) or the adverb is one of frequency ("pledged V annually" is no amount
 * the graph's single pledge of another V refutes). A claim refuted without the adverb stays
 * refuted: what did not happen did not happen narrowly either.
 */

import type { CheckResult } from './types.js';

const PREFIX = "read without '";
const SUFFIX = "', which no source states";

/** Adverbs of frequency: a claimed amount or count said per period, never compared as a total. */
const FREQUENCY = new Set(['annually', 'yearly', 'monthly', 'weekly', 'daily', 'hourly', 'nightly', 'quarterly', 'biannually', 'semiannually', 'biennially', 'periodically', 'regularly', 'repeatedly', 'routinely', 'habitually', 'apiece', 'collectively', 'cumulatively', 'together']);

/**
 * The parser's note for a skipped adverb that adds a fact.
 *
 * @example
 * ```ts
 * unstatedAdverbNote('narrowly'); // "read without 'narrowly', which no source states"
 * ```
 */
export function unstatedAdverbNote(word: string): string {
  return `${PREFIX}${word}${SUFFIX}`;
}

/** The adverbs a result's notes say it was read without (empty when none). */
export function unstatedAdverbs(notes: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const n of notes ?? []) {
    if (!n.startsWith(PREFIX) || !n.endsWith(SUFFIX)) continue;
    const w = n.slice(PREFIX.length, n.length - SUFFIX.length);
    if (!out.includes(w)) out.push(w);
  }
  return out;
}

/**
 * A result read without an adverb that adds a fact, held as NOT_ENOUGH_INFO where the adverb could
 * change its verdict: always when SUPPORTED; when REFUTED, for a denial or an adverb of frequency.
 * The sentences it was decided on are cited as related.
 *
 * @example
 * ```ts
 * // "Freedonia narrowly joined the League.", the graph stating that Freedonia joined it
 * capUnstatedAdverbs(r).verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function capUnstatedAdverbs(r: CheckResult): CheckResult {
  if (r.verdict === 'NOT_ENOUGH_INFO') return r;
  const words = unstatedAdverbs(r.interpretation.notes);
  if (!words.length) return r;
  const denial = r.interpretation.polarity === 'negative';
  if (r.verdict === 'REFUTED' && !denial && !words.some((w) => FREQUENCY.has(w.toLowerCase()))) return r;
  const said = words.map((w) => `'${w}'`).join(', ');
  const why = r.verdict === 'REFUTED' && denial ? ' (the denial may be of that alone)' : '';
  return {
    ...r,
    verdict: 'NOT_ENOUGH_INFO',
    reason: 'qualifier',
    conflict: false,
    evidence: r.evidence.map((e) => ({ ...e, stance: 'related' as const })),
    explanation: `Read without ${said}, which no source states${why}; without it the claim would be ${r.verdict}: ${r.explanation}`,
  };
}

/**
 * A claim attributed to a source through a verb of feeling (lexicon `cg:attitudeWord`: "S fears
 * that P", "S complains that P"), held as NOT_ENOUGH_INFO where the source's words support P: they
 * show what the source said, not that it fears or regrets it. A source saying otherwise still
 * refutes it (fearing P is expecting P).
 *
 * @example
 * ```ts
 * // "Zed Q. fears that Marsovia will host the summit.", Zed Q. having written that Marsovia will
 * capAttitude(new Set(['fears']), text, r).verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function capAttitude(attitudeWords: ReadonlySet<string>, text: string, r: CheckResult): CheckResult {
  if (r.verdict !== 'SUPPORTED' || !r.interpretation.attributedTo) return r;
  const word = text.toLowerCase().split(/[^a-z]+/).find((w) => attitudeWords.has(w));
  if (!word) return r;
  return {
    ...r,
    verdict: 'NOT_ENOUGH_INFO',
    reason: 'modality',
    conflict: false,
    evidence: r.evidence.map((e) => ({ ...e, stance: 'related' as const })),
    explanation: `Read with '${word}', a feeling no source states: the source's words support what is said, not that ${r.interpretation.attributedTo} feels so. ${r.explanation}`,
  };
}
