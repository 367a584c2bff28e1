/**
 * An obligation frame ("has to V", "still has to V") read on the verdict of the bare deed it was
 * read as (round 41, fix34b, users34's F8). "Rufus has to visit Freedonia", "Rufus needs to visit
 * Freedonia", "Rufus has got to visit Freedonia", "Rufus must visit Freedonia" say a duty, not the
 * deed; "Rufus still has to visit Freedonia", "has still to", "still needs to", "must yet", "is
 * yet to" say the deed is NOT done as of the claim's time. The patterns (and the reading by words,
 * src/check/by-words.ts) drop "has", "to", "still" as light words and read the bare deed, so a
 * source stating the deed done supported the claim.
 *
 * This cap reads the frame on the checked result:
 * - a duty (no "still" / "yet"): NOT_ENOUGH_INFO whatever the bare deed's verdict (no source
 *   states a duty, and a duty says nothing of whether the deed is done);
 * - "still has to V" in the present tense, one clause, no time of its own, the bare deed SUPPORTED
 *   as a fact: REFUTED (the claim's time is the latest source's, at or after every source that
 *   states the deed done);
 * - a source whose sentence says a duty or a pending deed itself: the result as it is (the
 *   reading already weighed those words);
 * - anything else in a frame (a past "still had to", a time in the claim, a compound claim, the
 *   deed refuted or undecided, a denied frame "does not have to"): NOT_ENOUGH_INFO.
 * Precision first: a frame this cannot place is left undecided, never supported.
 */
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';
import { normalizeTypography } from './text.js';

/** The reading of an obligation frame in a claim. */
export interface ObligationFrame {
  /** 'duty': "has to V"; 'pending': "still has to V" (the deed not done yet). */
  kind: 'duty' | 'pending';
  /** The frame's verb form is present ("has", "needs", "must"), not past ("had", "needed"). */
  present: boolean;
  /** The words of the frame as written. */
  words: string;
}

const HAVE = String.raw`(?:has|have|had|needs|need|needed)`;
// "still has to", "has still to", "still needs to", "has got to", "still has got to"
const HAVE_TO = new RegExp(String.raw`\b(still\s+)?(${HAVE})\s+(still\s+)?(got\s+)?to\s+([a-z]+)\b`, 'i');
// "must V", "must yet V", "must still V", "still must V"; "must have V-ed" / "must be" (a guess, not a duty) excluded
const MUST = /\b(still\s+)?must\s+(yet\s+|still\s+)?(?!have\b|be\b)([a-z]+)\b/i;
// "is yet to V", "are still to V"
const BE_YET = /\b(?:is|are|was|were)\s+(yet|still)\s+to\s+([a-z]+)\b/i;

/**
 * The obligation frame a claim is said in, or undefined. "had to V" alone (a past duty, which
 * says the deed was done) and "has to do with" are not frames read here.
 *
 * @example
 * ```ts
 * obligationFrame('Rufus still has to visit Freedonia.'); // { kind: 'pending', present: true, words: 'still has to visit' }
 * obligationFrame('Rufus needs to visit Freedonia.'); // { kind: 'duty', present: true, words: 'needs to visit' }
 * obligationFrame('Rufus visited Freedonia.'); // undefined
 * ```
 */
export function obligationFrame(text: string): ObligationFrame | undefined {
  const t = normalizeTypography(text);
  const h = HAVE_TO.exec(t);
  if (h && !/^do$/i.test(h[5]!)) {
    const still = Boolean(h[1] || h[3]);
    const verb = h[2]!.toLowerCase();
    const past = verb === 'had' || verb === 'needed';
    // a bare past "had to V" reports a duty met (the deed done): not this frame
    if (!(past && !still && verb === 'had')) return { kind: still ? 'pending' : 'duty', present: !past, words: h[0] };
  }
  const m = MUST.exec(t);
  if (m) return { kind: m[1] || m[2] ? 'pending' : 'duty', present: true, words: m[0] };
  const b = BE_YET.exec(t);
  if (b) return { kind: 'pending', present: /^(?:is|are)$/i.test(t.slice(b.index).split(/\s+/)[0]!), words: b[0] };
  return undefined;
}

/** Words that give a claim its own time, a denial, a repetition, or a second clause. */
const OWN_TIME = /\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|yesterday|next|this|later|soon|again|another|before|after|until|by|when|once|ever)\b/i;
const DENIAL = /\b(?:not|never|no|nobody|nothing)\b|n't\b/i;
const CLAUSES = /[,;:()\u2014]|\s-\s|\b(?:and|but|or|while|because|although|though|whereas|yet\s+(?!to\b))\b/i;

/**
 * The claim's result with its obligation frame read (see the module comment); the result as it is
 * when the claim has no frame or the result is already undecided.
 *
 * @example
 * ```ts
 * capObligation('Rufus still has to visit Freedonia.', supported).verdict; // 'REFUTED' (the deed is done)
 * capObligation('Rufus has to visit Freedonia.', supported).verdict; // 'NOT_ENOUGH_INFO' (a duty)
 * ```
 */
export function capObligation(text: string, r: CheckResult): CheckResult {
  if (r.verdict === 'NOT_ENOUGH_INFO') return r;
  const frame = obligationFrame(text);
  if (!frame) return r;
  // a source that says the duty itself ("it has to work tirelessly") is read by what it says
  if (r.evidence.some((e) => obligationFrame(e.text))) return r;
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  const done = r.verdict === 'SUPPORTED' && r.interpretation.polarity === 'positive'
    && (r.interpretation.modality ?? 'stated') === 'stated';
  if (frame.kind === 'pending' && frame.present && done && !/\?$/.test(t)
    && !OWN_TIME.test(t) && !DENIAL.test(t) && !CLAUSES.test(t)) {
    return {
      ...r, verdict: 'REFUTED',
      evidence: r.evidence.map((e) => ({ ...e, stance: e.stance === 'supports' ? 'refutes' as const : e.stance })),
      explanation: `Read "${frame.words}" as the deed not done yet as of the claim's time (the present: the latest source's), which a source stating the deed done refutes: ${r.explanation}`,
    };
  }
  const why = frame.kind === 'duty'
    ? `"${frame.words}" says a duty, not the deed, and no source states the duty`
    : `"${frame.words}" says the deed not done yet, at a time (or in a claim) this reader cannot place against the sources`;
  return undecidedResult(r, `Read as an obligation frame: ${why}. Without the frame: ${r.verdict}: ${r.explanation}`, 'modality');
}
