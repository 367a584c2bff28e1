/**
 * Years in the notations people type (round 12, issue 15): a decade ("in the 1990s", "during the
 * 2000s"), a year with its century left off ("in '06"), and a part of a year said with a
 * preposition ("at the end of 2009", "late in 2009", "at the start of 2016", "early in 2016").
 *
 * - A year with an apostrophe is read with the POSIX `%y` pivot (`'69`-`'99`: 1900s, `'00`-`'68`:
 *   2000s) and the claim rechecked with the full year.
 * - A part of a year is said as "late 2009" / "early 2009", which src/check/notation.ts reads as
 *   its months.
 * - A decade is two bounds, each rechecked: "after 1989" and "before 2000". Both supported
 *   support it; either refuted refutes it (a bound refutes only where the relation allows it,
 *   e.g. a single opening day); anything else leaves it undecided, the reading shown. Two
 *   rechecks, never one per year.
 *
 * Nothing here knows an entity.
 */
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { undecidedResult } from './result.js';
import { normalizeTypography } from './text.js';
import type { CheckResult } from './types.js';

/**
 * The claim with a two-digit year or a part of a year said as notation.ts reads it; undefined
 * when it has neither.
 *
 * @example
 * ```ts
 * yearNotationRewrite("Rufus visited Ruritania in '06."); // 'Rufus visited Ruritania in 2006.'
 * yearNotationRewrite('The canal opened at the end of 2009.'); // 'The canal opened in late 2009.'
 * ```
 */
export function yearNotationRewrite(text: string): string | undefined {
  const t = normalizeTypography(text).trim();
  let out = t.replace(/\b(in|of|since|by|before|after|until)\s+'(\d\d)\b(?!s)/gi, (_m, p: string, yy: string) => `${p} ${Number(yy) >= 69 ? 19 : 20}${yy}`);
  out = out.replace(/\b(?:at\s+the\s+(?:end|close)\s+of|late\s+in|towards?\s+the\s+end\s+of)\s+(\d{4})\b/gi, 'in late $1')
    .replace(/\b(?:at\s+the\s+(?:start|beginning|outset)\s+of|early\s+in)\s+(\d{4})\b/gi, 'in early $1');
  return out !== t ? out : undefined;
}

/** A decade said in the claim: the claim with each bound in its place, and the decade's years. */
export interface Decade {
  typed: string;
  from: number;
  to: number;
  after: string;
  before: string;
}

/**
 * "in / during the 1990s" (also "the '90s", "the nineties" is not read): the claim said with each
 * bound; undefined when the claim names no decade.
 *
 * @example
 * ```ts
 * decadeOf('The canal opened in the 1990s.')?.before; // 'The canal opened before 2000.'
 * ```
 */
export function decadeOf(text: string): Decade | undefined {
  const t = normalizeTypography(text).trim();
  const m = /\b(?:in|during)\s+the\s+(?:(\d{3}0)|'(\d0))s\b/i.exec(t);
  if (!m) return undefined;
  const from = m[1] ? Number(m[1]) : (Number(m[2]) >= 70 ? 1900 : 2000) + Number(m[2]);
  const at = (s: string): string => `${t.slice(0, m.index)}${s}${t.slice(m.index + m[0].length)}`;
  return { typed: m[0], from, to: from + 9, after: at(`after ${from - 1}`), before: at(`before ${from + 10}`) };
}

function asTyped(text: string, r: CheckResult, note: string, explanation: string): CheckResult {
  return { ...r, claim: text.trim(), interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] }, explanation };
}

/**
 * The reader of years in other notations (table entry `year-notation`).
 *
 * @example
 * ```ts
 * const r = await readYearNotation({ ctx, text: 'The canal opened in the 2010s.', recheck });
 * // "after 2009" and "before 2020" both supported: { decided: SUPPORTED }
 * ```
 */
export async function readYearNotation({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const said = yearNotationRewrite(text);
  if (said) {
    const r = await recheck(said);
    return r ? { decided: asTyped(text, r, `read as "${said}"`, `Read as "${said}" (a year in another notation). ${r.explanation}`) } : undefined;
  }
  const d = decadeOf(text);
  if (!d) return undefined;
  const note = `"${d.typed}" read as the years ${d.from} to ${d.to}`;
  const after = await recheck(d.after);
  if (!after) return undefined;
  if (after.verdict === 'REFUTED') return { decided: asTyped(text, after, note, `${note}; "${d.after}" is refuted: ${after.explanation}`) };
  const before = await recheck(d.before);
  if (!before) return undefined;
  if (before.verdict === 'REFUTED') return { decided: asTyped(text, before, note, `${note}; "${d.before}" is refuted: ${before.explanation}`) };
  if (after.verdict === 'SUPPORTED' && before.verdict === 'SUPPORTED') {
    const evidence = [...after.evidence, ...before.evidence.filter((e) => !after.evidence.some((a) => a.sentence === e.sentence && a.claim === e.claim))];
    return { decided: { ...asTyped(text, after, note, `${note}: both "${d.after}" and "${d.before}" are supported. ${after.explanation}`), evidence } };
  }
  return { held: undecidedResult(asTyped(text, after, note, ''), `${note}; the graph does not decide both bounds ("${d.after}": ${after.verdict}, "${d.before}": ${before.verdict}).`) };
}
