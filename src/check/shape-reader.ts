/**
 * The readers of claims in the shapes people type (issue 15), two entries of the reader table
 * (src/check/readers.ts) after `question`: the claim inside a frame ("Check whether P", "P, right?",
 * src/check/sentence-shapes.ts) and a claim said in another order ("It was X who P", "Has X ever
 * ...?", src/check/question-shapes.ts). The claim they find is checked by the whole checker
 * (`recheck`), so its polarity, modality, time and source are read as if it had been typed plainly.
 *
 * @example
 * ```ts
 * await readSentenceShape({ ctx, text: 'Check whether Freedonia joined the League.', recheck });
 * // { decided: { verdict: 'SUPPORTED', claim: 'Check whether ...', explanation: 'Read as "Freedonia joined the League." (a request to check). ...' } }
 * ```
 */
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { shapeRewrites } from './question-shapes.js';
import { undecidedResult } from './result.js';
import { peelSentenceShape } from './sentence-shapes.js';
import type { CheckResult } from './types.js';

/** The result of the claim inside, as the result of the claim typed: its words and the shape noted. */
function told(text: string, inner: string, shape: string, r: CheckResult): CheckResult {
  const note = `read as "${inner}" (${shape})`;
  return {
    ...r,
    claim: text.trim(),
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] },
    explanation: `Read as "${inner}" (${shape}). ${r.explanation}`,
  };
}

/**
 * A claim inside a frame (a request, a truth or report frame, a confirmation tag): the claim inside,
 * decided when the graph decides it, else held.
 */
export async function readSentenceShape({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const peeled = peelSentenceShape(text);
  if (!peeled || peeled.core.trim() === text.trim()) return undefined;
  const r = await recheck(peeled.core);
  if (!r) return undefined;
  const out = told(text, peeled.core, peeled.shape, r);
  return r.verdict === 'NOT_ENOUGH_INFO' ? { held: out } : { decided: out };
}

/**
 * A claim said in another order (a cleft, "ever", a "get" passive, an existential, a fronted
 * phrase): each plain-order claim is checked; decided only when those the graph decides agree.
 */
export async function readQuestionShape({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const read: Array<{ claim: string; shape: string; r: CheckResult }> = [];
  for (const { claim, shape, kind } of shapeRewrites(text)) {
    if (claim.trim() === text.trim()) continue;
    // (round 24) "Marsovia is the city where P": the head noun's kind first; a thing the graph's
    // types exclude from it (a country is no city) makes the claim false whatever P says
    const kindRead = kind ? await recheck(kind) : undefined;
    if (kindRead?.verdict === 'REFUTED') return { decided: told(text, kind!, `${shape}: the head noun says what the subject is`, kindRead) };
    const r = await recheck(claim);
    if (!r) continue;
    // the clause holds but the graph does not say the subject is of the head noun's kind ("Zenda is
    // the airport where ...", a kind the graph does not know): not decided, the reading shown
    if (kind && r.verdict === 'SUPPORTED' && kindRead?.verdict !== 'SUPPORTED') {
      read.push({ claim, shape, r: undecidedResult(r, `${r.explanation} But the graph does not say "${kind.replace(/\.$/, '')}" (the head noun of "${text.trim()}"), so the claim is not decided.`) });
    } else read.push({ claim, shape, r });
  }
  if (!read.length) return undefined;
  const verdicts = new Set(read.map(({ r }) => r.verdict).filter((v) => v !== 'NOT_ENOUGH_INFO'));
  if (verdicts.size === 1) {
    const d = read.find(({ r }) => r.verdict !== 'NOT_ENOUGH_INFO')!;
    return { decided: told(text, d.claim, d.shape, d.r) };
  }
  const first = read[0]!;
  const held = told(text, first.claim, first.shape, first.r);
  // two orders the graph decides differently: not decided
  if (verdicts.size > 1) return { held: undecidedResult(held, `The claim may say ${read.map(({ claim }) => `"${claim}"`).join(' or ')}, which the graph decides differently: not decided. ${first.r.explanation}`) };
  return { held };
}
