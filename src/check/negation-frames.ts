/**
 * Frames of denial and likelihood the patterns do not read (round 11), each said in the words
 * they do, with what the result of those words tells of the claim:
 *
 * - "X failed to V ...", "X did not manage to V ...", "X was unable to V ...": X did not V, and
 *   tried to (a presupposition no source states). So "X did V ..." SUPPORTED refutes the claim
 *   (what X failed at happened); anything else leaves it undecided (the attempt is unknown).
 *   "failed to become N" is checked as "X is N" first (a state that X became: a founding member).
 * - "X has not yet V-ed", "X has not V-ed ... yet", "X has yet to V": "yet" only marks the denial
 *   as "up to now", which a present-perfect denial says already (src/check/claim-time.ts); the
 *   claim without it, or as "X has not V-ed", is the same claim.
 * - "X is unlikely to V", "X is not likely to V": "X is not expected to V", the same claim.
 */
import { normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';

/** The regular past participle of a verb ("approve" -> "approved", "carry" -> "carried"). */
function participle(verb: string): string {
  if (/e$/.test(verb)) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** A claim to check instead, and how its result tells the claim as written. */
export interface FrameRewrite {
  claim: string;
  /** 'same': the same claim in other words; 'failed': "X did V" supported refutes, else undecided. */
  kind: 'same' | 'failed';
}

const FAILED = /^(.+?)\s+(?:failed|did\s+not\s+manage|didn't\s+manage|was\s+unable|were\s+unable|has\s+failed|have\s+failed)\s+to\s+([a-z]+)\s+(.+)$/i;

/**
 * The rewrites of a claim in a denial or likelihood frame (see the module comment); empty when
 * it has none.
 *
 * @example
 * ```ts
 * frameRewrites('Sylvania failed to join the League.'); // [{ claim: 'Sylvania did join the League', kind: 'failed' }]
 * frameRewrites('The Bank has not yet approved a loan to Freedonia.'); // [{ claim: 'The Bank has not approved a loan to Freedonia', kind: 'same' }]
 * ```
 */
export function frameRewrites(text: string): FrameRewrite[] {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  if (/\?$/.test(t)) return [];
  const out: FrameRewrite[] = [];
  const failed = FAILED.exec(t);
  if (failed && !/\b(?:not|never|no)\b|n't\b/i.test(failed[1]!)) {
    const [, who, verb, rest] = failed as unknown as [string, string, string, string];
    if (/^become$/i.test(verb)) out.push({ claim: `${who} is ${rest}`, kind: 'failed' });
    out.push({ claim: `${who} did ${verb} ${rest}`, kind: 'failed' });
    return out;
  }
  // "has not yet V-ed" / "has not V-ed ... yet" / "has yet to V"
  const notYet = /^(.+?\s(?:has|have|had))\s+not\s+yet\s+(.+)$/i.exec(t);
  if (notYet) out.push({ claim: `${notYet[1]} not ${notYet[2]}`, kind: 'same' });
  const yetAfter = notYet ? null : /^(.+?\s(?:has|have|had)\s+not\s+.+?)\s+(?:as\s+)?yet$/i.exec(t);
  if (yetAfter) out.push({ claim: yetAfter[1]!, kind: 'same' });
  const yetTo = /^(.+?)\s+(has|have|had)\s+yet\s+to\s+([a-z]+)\s+(.+)$/i.exec(t);
  // "has yet to V" is "has not V-ed", "had yet to V" "had not V-ed" (round 22) (a regular
  // participle; an irregular verb's is left unread)
  if (yetTo) out.push({ claim: `${yetTo[1]} ${yetTo[2]!.toLowerCase()} not ${participle(yetTo[3]!)} ${yetTo[4]}`, kind: 'same' });
  const unlikely = /^(.+?)\s+(is|are|was|were)\s+(?:unlikely|not\s+likely)\s+to\s+(.+)$/i.exec(t);
  if (unlikely) out.push({ claim: `${unlikely[1]} ${unlikely[2]} not expected to ${unlikely[3]}`, kind: 'same' });
  return out;
}

/**
 * The claim's result from a rewrite's: the same claim's as it is; a "failed to" frame's REFUTED
 * when what X failed at is supported, otherwise undecided with the reading shown.
 *
 * @example
 * ```ts
 * tellFrame('Sylvania failed to join the League.', { claim: 'Sylvania did join the League', kind: 'failed' }, supported).verdict; // 'REFUTED'
 * ```
 */
export function tellFrame(text: string, rw: FrameRewrite, r: CheckResult): CheckResult {
  const claim = text.trim();
  if (rw.kind === 'same') return { ...r, claim, explanation: `Read as "${rw.claim}" (the same claim in the words the patterns read). ${r.explanation}` };
  if (r.verdict === 'SUPPORTED') {
    return { ...r, claim, verdict: 'REFUTED', reason: r.reason, evidence: r.evidence.map((e) => ({ ...e, stance: e.stance === 'supports' ? 'refutes' as const : e.stance })),
      interpretation: { ...r.interpretation, polarity: 'negative' },
      explanation: `Read as "${rw.claim}" denied ("failed to": it did not happen), which is refuted: ${r.explanation}` };
  }
  // the reading is the denial either way: a part completed from it ("A failed to join Y, but B
  // didn't") turns that, not "A did join Y" (round 39, users32 F1)
  return { ...undecidedResult(r, `Read as "${rw.claim}" denied, with an attempt (what "failed to" presupposes, which no source states): not decided by ${r.verdict === 'REFUTED' ? 'its refutation' : 'the graph'}. ${r.explanation}`), claim, interpretation: { ...r.interpretation, polarity: 'negative' } };
}
