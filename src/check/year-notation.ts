/**
 * Years in the notations people type (round 12, issue 15): a decade ("in the 1990s", "during the
 * 2000s"), a year with its century left off ("in '06"), and a part of a year said with a
 * preposition ("at the end of 2009", "late in 2009", "at the start of 2016", "early in 2016").
 *
 * - A year with an apostrophe is read with the POSIX `%y` pivot (`'69`-`'99`: 1900s, `'00`-`'68`:
 *   2000s) and the claim rechecked with the full year.
 * - A part of a year is said as "late 2009" / "early 2009", which src/check/notation.ts reads as
 *   its months; "by the end of 2009" and "by the end of the 2000s" as "by 2009" (round 33).
 * - A decade is two bounds, each rechecked: "after 1989" and "before 2000". Both supported
 *   support it; either refuted refutes it (a bound refutes only where the relation allows it,
 *   e.g. a single opening day); anything else leaves it undecided, the reading shown. Two
 *   rechecks, never one per year.
 *
 * Nothing here knows an entity.
 */
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { undecidedResult, restate } from './result.js';
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
    .replace(/\b(?:at\s+the\s+(?:start|beginning|outset)\s+of|early\s+in)\s+(\d{4})\b/gi, 'in early $1')
    // round 33: a deadline at the end of a year or a decade is the year's (the decade's last year's)
    // deadline, "by 2009", which the patterns read as a bound ("by the end of the 2000s": by 2009)
    .replace(/\bby\s+the\s+(?:end|close)\s+of\s+(\d{4})\b/gi, 'by $1')
    .replace(/\bby\s+the\s+(?:end|close)\s+of\s+the\s+(\d{3}0)s\b/gi, (_m, d: string) => `by ${Number(d) + 9}`);
  return out !== t ? out : undefined;
}

/** A decade said in the claim: the claim with each bound in its place, and the decade's years. */
export interface Decade {
  typed: string;
  from: number;
  to: number;
  after: string;
  before: string;
  /**
   * A part of the decade ("the mid-1990s"): its bounds are fuzzy, so the claim with the wider
   * window's bounds, which alone may refute it (`after` and `before` hold the part's core, which
   * alone may support it). Absent for a whole decade.
   */
  wide?: { from: number; to: number; after: string; before: string };
}

/** The years of a part of a decade (offsets from its first year): the core that supports, the wider window that must refute. */
const DECADE_PARTS: Record<string, { core: [number, number]; wide: [number, number] }> = {
  early: { core: [0, 3], wide: [0, 5] },
  mid: { core: [4, 6], wide: [2, 8] },
  late: { core: [7, 9], wide: [5, 9] },
};

/**
 * "in / during the 1990s" (also "the '90s"; "the nineties" is not read), and a part of one ("in
 * the mid-1990s", "the early 2000s", "the late '80s"): the claim said with each bound; undefined
 * when the claim names no decade.
 *
 * @example
 * ```ts
 * decadeOf('The canal opened in the 1990s.')?.before; // 'The canal opened before 2000.'
 * decadeOf('The canal opened in the mid-1990s.')?.after; // 'The canal opened after 1993.'
 * ```
 */
export function decadeOf(text: string): Decade | undefined {
  const t = normalizeTypography(text).trim();
  const m = /\b(?:in|during)\s+the\s+(?:(early|mid|late)[\s-]+)?(?:(\d{3}0)|'(\d0))s\b/i.exec(t);
  if (!m) return undefined;
  const start = m[2] ? Number(m[2]) : (Number(m[3]) >= 70 ? 1900 : 2000) + Number(m[3]);
  const at = (s: string): string => `${t.slice(0, m.index)}${s}${t.slice(m.index + m[0].length)}`;
  const bounds = (from: number, to: number) => ({ from, to, after: at(`after ${from - 1}`), before: at(`before ${to + 1}`) });
  const part = m[1] ? DECADE_PARTS[m[1].toLowerCase()] : undefined;
  if (!part) return { typed: m[0], ...bounds(start, start + 9) };
  return { typed: m[0], ...bounds(start + part.core[0], start + part.core[1]), wide: bounds(start + part.wide[0], start + part.wide[1]) };
}

function asTyped(text: string, r: CheckResult, note: string, explanation: string): CheckResult {
  return restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] }, explanation });
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
  const w = d.wide ?? d;
  const note = d.wide ? `"${d.typed}" read as the years ${d.from} to ${d.to} (refuted only outside ${w.from} to ${w.to})` : `"${d.typed}" read as the years ${d.from} to ${d.to}`;
  // a bound of the wider window refuted refutes the claim (for a whole decade, the window is the decade)
  const wideAfter = await recheck(w.after);
  if (!wideAfter) return undefined;
  if (wideAfter.verdict === 'REFUTED') return { decided: asTyped(text, wideAfter, note, `${note}; "${w.after}" is refuted: ${wideAfter.explanation}`) };
  const wideBefore = await recheck(w.before);
  if (!wideBefore) return undefined;
  if (wideBefore.verdict === 'REFUTED') return { decided: asTyped(text, wideBefore, note, `${note}; "${w.before}" is refuted: ${wideBefore.explanation}`) };
  const after = d.wide ? await recheck(d.after) : wideAfter;
  const before = d.wide ? await recheck(d.before) : wideBefore;
  if (!after || !before) return undefined;
  if (after.verdict === 'SUPPORTED' && before.verdict === 'SUPPORTED') {
    const evidence = [...after.evidence, ...before.evidence.filter((e) => !after.evidence.some((a) => a.sentence === e.sentence && a.claim === e.claim))];
    return { decided: { ...asTyped(text, after, note, `${note}: both "${d.after}" and "${d.before}" are supported. ${after.explanation}`), evidence } };
  }
  return { held: undecidedResult(asTyped(text, after, note, ''), `${note}; the graph does not decide both bounds ("${d.after}": ${after.verdict}, "${d.before}": ${before.verdict}).`) };
}
