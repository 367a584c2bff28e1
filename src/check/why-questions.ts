/**
 * A why-question's premise (round 35, scope35; users27's "Why did X join Y as a founding member?",
 * labelled REFUTED because X stayed out): "Why did X V ...?" presupposes that X V-ed, and the
 * graph cannot say why, only whether. The premise is asked as the yes/no question it leaves
 * ("Did X V ...?", "Was X ...?"), which the question readers turn into a statement: a premise the
 * graph refutes refutes the question (its presupposition is false); a premise it supports leaves
 * the question undecided (the reason asked is not decided by the premise alone), and so does one
 * it does not decide.
 */
import type { CheckResult } from './types.js';
import { undecidedResult, restate } from './result.js';
import { normalizeTypography } from './text.js';

/** "Why did / does / was / has ... ?": the auxiliary and the rest (closed grammatical words). */
const WHY = /^\s*why\s+(did|does|do|was|were|is|are|has|have|had|will|would)\s+(.+?)\s*\?\s*$/i;

/**
 * The yes/no question a why-question presupposes, or undefined for any other text; a denied
 * why-question ("Why didn't X ...?") is left as it stands.
 *
 * @example
 * ```ts
 * whyPremise('Why did Freedonia join the League?'); // 'Did Freedonia join the League?'
 * ```
 */
export function whyPremise(text: string): string | undefined {
  const m = WHY.exec(normalizeTypography(text));
  if (!m || /\b(?:not|never)\b|n't\b/i.test(m[2]!)) return undefined;
  const aux = m[1]!.toLowerCase();
  return `${aux[0]!.toUpperCase()}${aux.slice(1)} ${m[2]}?`;
}

/**
 * Answers a why-question by its premise (see the module comment); undefined when the text is no
 * why-question or its premise is unread.
 *
 * @example
 * ```ts
 * await answerWhyQuestion('Why did Sylvania join the League?', recheck); // REFUTED: Sylvania stayed out
 * ```
 */
export async function answerWhyQuestion(text: string, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<CheckResult | undefined> {
  const premise = whyPremise(text);
  if (!premise) return undefined;
  const r = await recheck(premise);
  if (!r) return undefined;
  const said = `the why-question presupposes what "${premise}" asks`;
  const told: CheckResult = restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), said] } });
  if (r.verdict === 'REFUTED') return { ...told, explanation: `Read as its premise ("${premise}"), which the graph answers no: the question presupposes something false. ${r.explanation}` };
  return undecidedResult(told, `Read as its premise ("${premise}")${r.verdict === 'SUPPORTED' ? ', which holds; the reason the question asks is not decided by it' : ''}. ${r.explanation}`);
}
