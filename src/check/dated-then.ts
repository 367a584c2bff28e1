/**
 * A dated statement with the time it bears to another thing added after a comma (round 11):
 * "X went to Y in 2006, before Z's visit", "The bank opened on January 16, 2016, three weeks after
 * its charter took effect", "X was recognised in December 1995, twenty years before the
 * ceremony". Two statements: the dated one as it stands, and its time against the other thing (a
 * span from the date said, src/check/spans.ts: the date said outright is one side). Combined by the
 * compound rule (any refuted: REFUTED; both supported: SUPPORTED; else NOT_ENOUGH_INFO).
 */
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { finish, withParts } from './result.js';
import { readSpan } from './spans.js';
import { normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';
import type { CompoundPart } from './compound.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './calendar-names.js';
import { cachedRegExp } from './regex-memo.js';

// capitalised: the pattern is case-sensitive (a lower-case "may" is the modal verb)
const MONTH = `(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS.map((m) => m[0]!.toUpperCase() + m.slice(1))].join('|')})\\.?`;
const DATE = `(?:\\d{4}|${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+\\d{4})`;

/** The dated statement, the date said and the relation to the other thing; undefined for other claims. */
export function datedThen(text: string): { statement: string; date: string; relation: string } | undefined {
  const t = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  const m = cachedRegExp(`^(.+?\\s(?:in|on)\\s+(${DATE}))\\s*,\\s*((?:[a-z-]+\\s+){0,4}(?:before|after)\\s+.+)$`).exec(t);
  if (!m || /\b(?:not|never|no)\b|n't\b/i.test(t)) return undefined;
  return { statement: `${m[1]}.`, date: m[2]!, relation: m[3]! };
}

const asPart = (text: string, r: CheckResult): CompoundPart => ({
  text, elliptic: false, interpretation: r.interpretation, evidence: r.evidence,
  evaluation: { verdict: r.verdict, reason: r.reason, conflict: r.conflict, bearings: [], explanation: r.explanation },
});

/**
 * The reader of a dated statement with its time to another thing (table entry `dated-then`).
 *
 * @example
 * ```ts
 * const r = await readDatedThen({ ctx, text: 'Rufus visited Sylvania in 2001, before the gala.', recheck });
 * ```
 */
export async function readDatedThen({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const d = datedThen(text);
  if (!d) return undefined;
  const said = `${d.date} ${d.relation}`;
  const span = readSpan(ctx, said, { literal: true });
  if (!span) return undefined;
  const first = await recheck(d.statement);
  if (!first) return undefined;
  const second = finish(ctx, said, span.interpretation, span.evaluation);
  const r = withParts(ctx, text.trim(), [asPart(d.statement, first), asPart(said, second)]);
  return r.verdict === 'NOT_ENOUGH_INFO' ? { held: r } : { decided: r };
}
