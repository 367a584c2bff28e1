/**
 * "S doubts that P" judged by what S said (round 32, branch desc32). A doubt is a claim about S,
 * never about P: it is decided only by S's own words, never by whether P is so. The attribution
 * frames read "S doubts that P" as "S believes not-P" (src/check/course-named.ts `deniedBelief`),
 * which reads nothing when not-P is no claim the patterns read ("Sylvania has not a big year
 * ahead") or the source's words are held whole (a comment). Here: when "S said that P" is
 * supported (S's own words say P), "S doubts that P" is refuted and "S does not doubt that P" /
 * "S has no doubt that P" supported; otherwise the claim is held NOT_ENOUGH_INFO as a doubt S's
 * words do not show (another source saying P, or P being so, shows nothing of S's doubt).
 */
import { decided, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';
import { normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';

// the speaker, the doubt and the clause: "S doubts / doubted that P", "S is / was doubtful that P",
// "S has / had doubts that P" (whether / if as well)
const DOUBT = /^(.+?)\s+(?:(?:doubts|doubted)(?:\s+(?:that|whether|if))?|(?:(?:is|was|are|were)\s+doubtful|(?:has|have|had)\s+doubts)\s+(?:that|whether|if))\s+(.+)$/i;
// "S does not / did not / never doubt(ed) that P", "S has / had no doubt that P": S holds P
const NO_DOUBT = /^(.+?)\s+(?:(?:does|did)\s+not\s+doubt|(?:doesn't|didn't)\s+doubt|never\s+doubt(?:s|ed)?|(?:has|had|have)\s+no\s+doubts?)\s+(?:that\s+)?(.+)$/i;

/**
 * The speaker, the clause and whether the claim doubts it, or undefined when it is not a doubt.
 *
 * @example
 * ```ts
 * readDoubt('Zed Q. doubts that Zenda will host the gala'); // { speaker: 'Zed Q.', clause: 'Zenda will host the gala', doubts: true }
 * readDoubt('Zed Q. has no doubt that Zenda will host the gala')?.doubts; // false
 * ```
 */
export function readDoubt(text: string): { speaker: string; clause: string; doubts: boolean } | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  const no = NO_DOUBT.exec(t);
  const m = no ?? DOUBT.exec(t);
  if (!m) return undefined;
  const speaker = m[1]!.trim();
  // the one asking is no source the graph holds; a clause that denies is a double denial
  if (/^(?:I|we|you)$/i.test(speaker) || /\b(?:not|never|no)\b|n't\b/i.test(m[2]!)) return undefined;
  return { speaker, clause: m[2]!.trim(), doubts: !no };
}

/**
 * Reader: a doubt decided by the speaker's own words (see the module comment).
 *
 * @example
 * ```ts
 * await readDoubtWords({ ctx, text: 'Zed Q. doubts that Zenda will host the gala', recheck });
 * // REFUTED when Zed Q.'s comment says "Zenda will host the gala"
 * ```
 */
export async function readDoubtWords({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const d = readDoubt(text);
  if (!d) return undefined;
  const said = `${d.speaker} said that ${d.clause}.`;
  const r = await recheck(said);
  if (!r) return undefined;
  const shown = r.verdict === 'SUPPORTED' && r.interpretation.polarity === 'positive';
  if (!shown) {
    return { held: undecidedResult(restate(r, text), `Read as a doubt of ${d.speaker}'s: "${said}" is not shown (${r.verdict}), and only ${d.speaker}'s own words could show the doubt; whether the clause is so says nothing of it. ${r.explanation}`) };
  }
  const note = `read as what ${d.speaker} said: "${said}" is supported, so ${d.speaker} ${d.doubts ? 'affirmed what the claim says was doubted' : 'held it, as the claim says'}`;
  const result: CheckResult = {
    ...r, claim: text.trim(),
    verdict: d.doubts ? 'REFUTED' : 'SUPPORTED',
    reason: d.doubts ? 'explicit-negation' : r.reason,
    evidence: d.doubts ? r.evidence.map((e) => ({ ...e, stance: 'refutes' as const })) : r.evidence,
    interpretation: { ...r.interpretation, polarity: d.doubts ? 'negative' : 'positive', notes: [...(r.interpretation.notes ?? []), note] },
    explanation: `Read as a doubt of ${d.speaker}'s (${note}). ${r.explanation}`,
  };
  return decided(result);
}
