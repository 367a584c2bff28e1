/**
 * A duration said in parts or with a word that only stresses the figure (round 15): "a week and a
 * half", "two and a half years", "one week and three days", "three weeks, two days", "just three
 * days", "only five days", "exactly seven days", "close to a week". Each part is read as a plain
 * duration by the caller and the parts are added, so a claim is decided by the whole span it says
 * (round 14 left such spans unread: reading one part decided the claim by a number it does not
 * say). "just" / "only" / "exactly" stress the figure and leave it exact; "close to" is "about".
 */
import type { AmountBound } from './types.js';
import type { Token } from './text.js';

/** The whole duration a claim says, in days, with the bound its leading words give. */
export interface WholeDuration {
  days: number;
  bound?: AmountBound;
}

/** Words before a figure that stress it and leave it exact ("just three days"). */
// "mere" alone as well as "a mere": the article may be dropped before the tokens get here (round 41,
// "lasted a mere two days" was unread while "lasted just two days" read)
const EXACT = [['just'], ['only'], ['exactly'], ['precisely'], ['a', 'mere'], ['mere'], ['a', 'full'], ['fully']];
/** Words before a figure that make it approximate where the plain bound table does not ("close to a week"). */
const ABOUT = [['close', 'to'], ['nearly'], ['almost'], ['about'], ['around'], ['roughly'], ['approximately'], ['some']];
const JOIN = /^(?:and|plus|,)$/i;
const UNIT = /^(?:day|week|fortnight|month|year|decade|hour|night|minute)s?$/i;

const low = (t: Token): string => t.raw.toLowerCase();
const startsWith = (tokens: readonly Token[], words: string[]): boolean => words.every((w, k) => tokens[k] !== undefined && low(tokens[k]!) === w);

/**
 * The whole of a duration said in parts or after a stressing word, or undefined when the tokens
 * are one plain duration (the caller reads those) or not a duration at all. `plain` reads one part
 * ("a week", "three days", a bare unit "week") as days, or undefined.
 *
 * @example
 * ```ts
 * durationInParts(tokenize('a week and a half', morph), plain); // { days: 10.5 }
 * durationInParts(tokenize('just three days', morph), plain); // { days: 3 }
 * ```
 */
export function durationInParts(tokens: readonly Token[], plain: (ts: readonly Token[]) => number | undefined): WholeDuration | undefined {
  const ts = tokens.filter((t) => t.kind !== 'dash');
  const exact = EXACT.find((w) => startsWith(ts, w));
  const about = exact ? undefined : ABOUT.find((w) => startsWith(ts, w));
  const lead = exact?.length ?? about?.length ?? 0;
  const rest = ts.slice(lead);
  const bound: AmountBound | undefined = about ? 'about' : undefined;
  const parts = splitParts(rest, plain);
  if (parts !== undefined) return { days: parts, ...(bound ? { bound } : {}) };
  // no parts: only a stressing word makes this reader's business ("close to" the bound table lacks)
  if (!lead || (about && about.length === 1)) return undefined;
  const days = plain(rest);
  return days === undefined ? undefined : { days, ...(bound ? { bound } : {}) };
}

/** The days of a duration in two or more parts, or undefined when it is one part or unreadable. */
function splitParts(given: readonly Token[], plain: (ts: readonly Token[]) => number | undefined): number | undefined {
  // "a half" and "half" alike (the article may be dropped before the tokens get here)
  const ts = given.filter((t, k) => !(/^(?:a|an)$/i.test(t.raw) && /^(?:half|quarter)$/i.test(given[k + 1]?.raw ?? '')));
  const lower = ts.map(low);
  // "two and a half years", "one and a half weeks": (N + 1/2) units
  const half = lower.findIndex((w, k) => w === 'and' && lower[k + 1] === 'half' && UNIT.test(lower[k + 2] ?? '') && k + 3 === lower.length);
  if (half > 0) {
    const unit = plain(ts.slice(half + 2));
    const whole = plain([...ts.slice(0, half), ts[half + 2]!]);
    return unit !== undefined && whole !== undefined ? whole + unit / 2 : undefined;
  }
  // cut after each unit, dropping "and" / "plus" there (commas are no tokens: "three weeks, two days")
  const pieces: Token[][] = [[]];
  for (let k = 0; k < ts.length; k++) {
    if (UNIT.test(lower[k - 1] ?? '') && pieces[pieces.length - 1]!.length) {
      pieces.push([]);
      if (JOIN.test(lower[k]!)) continue;
    }
    pieces[pieces.length - 1]!.push(ts[k]!);
  }
  if (pieces.length < 2 || pieces.some((p) => !p.length)) return undefined;
  let days = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const words = p.map(low);
    // "... and a half" / "... and a quarter": that fraction of the unit before it
    const fraction = words.length === 1 ? ({ half: 0.5, quarter: 0.25 } as Record<string, number>)[words[0]!] : undefined;
    if (fraction !== undefined && i > 0) {
      const before = pieces[i - 1]!;
      const unit = plain(before.slice(-1));
      if (unit === undefined) return undefined;
      days += fraction * unit;
      continue;
    }
    // "five days and two more days": a part said as more of the same is no plain part
    const d = plain(p);
    if (d === undefined) return undefined;
    days += d;
  }
  return days;
}
