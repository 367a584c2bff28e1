/**
 * A vague count word said of the claim's things ("many Freedonian envoys visited Sylvania",
 * "several ministers attended") holds a verdict that did not count them: the readers drop the word
 * (lexicon `cg:ignorableWord`) and support the bare plural by one thing that did it.
 * round 39 (fix31c, users31's F15): "Many / Numerous Freedonian prime ministers have visited Sylvania" was
 * supported by one prime minister's visit. A reader that counts (a closed list, a group's members,
 * a page's comments) says so in its explanation and keeps its verdict, and so does a sentence that
 * says the same vague word ("several energy deals" of a source saying "several energy deals").
 */
import type { CheckResult } from './types.js';
import { undecidedResult } from './result.js';
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/**
 * A vague count word before the words it counts ("many ... "); not "many of", "many times", "many
 * more", nor a count asked or bounded ("how many", "as many as 57", "so many").
 */
const VAGUE = /(?<!\b(?:as|how|so|too|that|this)\s+)\b(many|numerous|several|multiple|various)\s+(?!of\b|as\b|times\b|more\b|fewer\b|less\b|years\b|months\b|weeks\b|days\b)[a-z]/i;
/** Explanations of readers that counted (src/check/closed-lists.ts, verdict.ts's group counts, comment-count.ts). */
const COUNTED = /Read as a count over|schema:commentCount|reader comments?:|a reader comment's writer/;

/**
 * The result held as NOT_ENOUGH_INFO when the claim says a vague count a SUPPORTED reading did not
 * count; any other result as it is.
 *
 * @example
 * ```ts
 * // "Many Freedonian envoys visited Sylvania.", the graph naming one envoy's visit
 * capVagueCount(text, r).verdict; // 'NOT_ENOUGH_INFO'
 * ```
 */
export function capVagueCount(text: string, r: CheckResult): CheckResult {
  if (r.verdict !== 'SUPPORTED') return r;
  const m = VAGUE.exec(normalizeTypography(text));
  if (!m || COUNTED.test(r.explanation) || r.interpretation.predicateName === 'commentCount') return r;
  const word = m[1]!.toLowerCase();
  if (r.evidence.some((e) => cachedRegExp(`\\b${word}\\b`, 'i').test(e.text))) return r;
  return undecidedResult(r, `The claim says "${word}", a count no reading of it counted (without the word it would be SUPPORTED): ${r.explanation}`, 'partial-match');
}
