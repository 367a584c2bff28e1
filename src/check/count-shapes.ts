/**
 * Counts over a group said in shapes the patterns do not read (round 26), each handed back to the
 * whole reader in the words a count reads:
 *
 * - **A fronted partitive**: "Of the five Ruritanian states, only one is outside the League" is
 *   "Only one of the five Ruritanian states is outside the League"; any count the slot readers
 *   read may follow ("four", "none", "most", "all but one", "at least two").
 * - **The only one that does it**: "Sylvania is the only / sole / lone / single Ruritanian state
 *   that did not join the League" is two statements: "Sylvania did not join the League" and "Only
 *   one of the Ruritanian states did not join the League" (so no other member did), combined by the
 *   compound rule: a refuted part refutes, both supported support, else not enough information with
 *   the parts shown. The inner clause is read by the whole reader, whatever its relation.
 * - **The exception after the group** (round 38, users30 "Every ... president but one attended"):
 *   "Every Ruritanian state but one joined the League", "All Ruritanian states except two are
 *   members" is "All but one of the Ruritanian states joined the League", the count the slot readers
 *   read; only a number after "but / except / bar / save / apart from" (a name there is another
 *   reader's); "Each G except N", "All of the G but N" alike (round 39).
 * - **"a total of N"** (round 38): "Freedonia visited a total of five states" is "Freedonia visited
 *   five states"; "a total of" says the number is the whole count, which a count already says.
 * - **Only one, named** (round 38, users28's "only X had hosted ..."): "Of the five
 *   Ruritanian states, only Sylvania stayed out of the League", "Among the G, only X V ..." and
 *   "Only X among the Gs V ..." are the same two statements as "X is the only G that V ...".
 */
import type { CheckContext } from './context.js';
import { plural } from './copula.js';
import { asPart, partContext } from './compound-readers.js';
import { withParts, restate } from './result.js';
import { normalizeTypography } from './text.js';
import { claimOf, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { cachedRegExp } from './regex-memo.js';

/** The gate of the shapes: "of" / "among" / "only" at the start, "the only / sole / lone / single", "every / each / all ... but / except", "a total of". */
export const COUNT_SHAPE_NEEDS = /^\s*(?:of|among|only)\b|\bthe\s+(?:only|sole|lone|single)\b|^\s*(?:every|each|all)\b.*\b(?:but|except|bar|save|apart\s+from)\s|\ba\s+total\s+of\s/i;

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
// the counts a slot reads before "of the G" (src/check/parser.ts readCount, bounded-counts.ts)
const COUNT = `(?:(?:only|just|exactly)\\s+${NUMBER}|${NUMBER}|none|most|neither|both|all\\s+but\\s+${NUMBER}|a\\s+majority|(?:fewer|less|more)\\s+than\\s+(?:half|${NUMBER})|at\\s+(?:least|most)\\s+${NUMBER})`;
const FRONTED = cachedRegExp(`^of\\s+(?<g>[^,]+?),\\s*(?<q>${COUNT})\\s+(?<rest>(?!of\\b)[a-z].*)$`, 'i');

const clean = (text: string): string => normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!?]+$/, '');
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "Of the G, Q V ..." as "Q of the G V ..."; undefined when the claim is not of that shape.
 *
 * @example
 * ```ts
 * frontedPartitive('Of the five Ruritanian states, only one is outside the League.');
 * // 'Only one of the five Ruritanian states is outside the League'
 * ```
 */
export function frontedPartitive(text: string): string | undefined {
  const m = FRONTED.exec(clean(text));
  if (!m) return undefined;
  const { g, q, rest } = m.groups!;
  return `${capital(q!.toLowerCase())} of ${g} ${rest}`;
}

// "each" and "all of the" as "every" and "all the", "apart from" as "except" (round 39, misses30c)
const EXCEPT_AFTER = cachedRegExp(`^(?:every|each|all(?:\\s+(?:of\\s+)?the)?)\\s+(?<g>(?!but\\b|of\\b)[^,]+?)\\s+(?:but|except(?:\\s+for)?|bar|save|apart\\s+from)\\s+(?<n>${NUMBER})\\s+(?<rest>(?!of\\b)[a-z].*)$`, 'i');
const TOTAL = cachedRegExp(`\\ba\\s+total\\s+of\\s+(?=${NUMBER}\\b)`, 'gi');

/**
 * "Every G but N V ..." as "All but N of the Gs V ..."; "... a total of N ..." as "... N ...";
 * undefined for any other claim.
 *
 * @example
 * ```ts
 * countSaidOtherwise('Every Ruritanian state but one joined the League.'); // 'All but one of the Ruritanian states joined the League'
 * countSaidOtherwise('Freedonia visited a total of five states.'); // 'Freedonia visited five states'
 * ```
 */
export function countSaidOtherwise(text: string): string | undefined {
  const t = clean(text);
  const m = EXCEPT_AFTER.exec(t);
  if (m) {
    const { g, n, rest } = m.groups!;
    const group = g!.replace(/^the\s+/i, '');
    return `All but ${n!.toLowerCase()} of the ${plural(group)} ${rest}`;
  }
  const total = t.replace(TOTAL, '');
  return total !== t ? total : undefined;
}

const ONLY_ONE = /^(?<x>.+?)\s+(?:is|was|remains|remained)\s+the\s+(?:only|sole|lone|single)\s+(?<g>[^,]+?)\s+(?:that|which|who)\s+(?<vp>.+)$/i;

/**
 * "X is the only G that V ..." as ["X V ...", "Only one of the Gs V ..."]; undefined when the
 * claim is not of that shape.
 *
 * @example
 * ```ts
 * onlyOneStatements('Sylvania is the sole Ruritanian state that did not join the League.');
 * // ['Sylvania did not join the League', 'Only one of the Ruritanian states did not join the League']
 * ```
 */
export function onlyOneStatements(text: string): [string, string] | undefined {
  const m = ONLY_ONE.exec(clean(text));
  if (!m) return undefined;
  const { x, g, vp } = m.groups!;
  // a negation before the shape ("X is not the only ...") is another claim
  if (/\b(?:not|never|no)\b|n't\b/i.test(x!)) return undefined;
  return [`${x} ${vp}`, `Only one of the ${plural(g!)} ${vp}`];
}

// a name: one to four capitalised words (not a count: "only one" is the fronted partitive's)
const NAME = String.raw`(?<x>(?!(?:One|Two|Three|Four|Five|The)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})`;
// "Of / Among the G, only X V ..."
const ONLY_NAMED_FRONT = cachedRegExp(String.raw`^(?:[Oo]f|[Aa]mong)\s+(?<g>the\s+[^,]+?),\s*only\s+${NAME}\s+(?<vp>[a-z].*)$`);
// "Only X among / of the Gs V ...": the group ends at its plural noun
const ONLY_NAMED_AMONG = cachedRegExp(String.raw`^[Oo]nly\s+${NAME}\s+(?:among|of)\s+(?<g>the\s+(?:\S+\s+){0,4}?[a-z]+s)\s+(?<vp>[a-z].*)$`);

/**
 * "Of the G, only X V ...", "Among the G, only X V ...", "Only X among the G V ..." as ["X V ...",
 * "Only one of the G V ..."]; undefined when the claim is not of that shape.
 *
 * @example
 * ```ts
 * onlyNamedStatements('Of the five Ruritanian states, only Sylvania stayed out of the League.');
 * // ['Sylvania stayed out of the League', 'Only one of the five Ruritanian states stayed out of the League']
 * ```
 */
export function onlyNamedStatements(text: string): [string, string] | undefined {
  const t = clean(text);
  const m = ONLY_NAMED_FRONT.exec(t) ?? ONLY_NAMED_AMONG.exec(t);
  if (!m) return undefined;
  const { x, g, vp } = m.groups!;
  return [`${x} ${vp}`, `Only one of ${g} ${vp}`];
}

/**
 * The table's reader: the shapes above, rechecked by the whole reader. A fronted partitive, an
 * exception after the group and "a total of" decide as the count said otherwise does (held when undecided); "the only one" decides by the compound rule
 * when both statements are read (held when undecided).
 *
 * @example
 * ```ts
 * await readCountShape({ ctx, text: 'Of the two Ruritanian states, only one is outside the League.', recheck });
 * ```
 */
export async function readCountShape({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  if (!COUNT_SHAPE_NEEDS.test(text)) return undefined;
  const fronted = frontedPartitive(text);
  if (fronted) {
    const r = await recheck(fronted);
    if (!r) return undefined;
    const note = `read as "${fronted}" (a partitive said first)`;
    const told = restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] }, explanation: `Read as "${fronted}". ${r.explanation}` });
    return r.verdict === 'NOT_ENOUGH_INFO' ? { held: told } : { decided: told };
  }
  const said = countSaidOtherwise(text);
  if (said) {
    const r = await recheck(said);
    if (!r) return undefined;
    const told = restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read as "${said}"`] }, explanation: `Read as "${said}". ${r.explanation}` });
    return r.verdict === 'NOT_ENOUGH_INFO' ? { held: told } : { decided: told };
  }
  const two = onlyOneStatements(text) ?? onlyNamedStatements(text);
  if (!two) return undefined;
  return onlyOne(ctx, text, two, recheck);
}

async function onlyOne(ctx: CheckContext, text: string, two: [string, string], recheck: ReaderInput['recheck']): Promise<ReaderOutcome | undefined> {
  const parts = [];
  for (const said of two) {
    const r = await recheck(said, partContext(ctx));
    if (!r) return undefined;
    parts.push(asPart(said, r));
  }
  const r = withParts(ctx, claimOf(text), parts);
  const told = { ...r, interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read as "${two[0]}" and "${two[1]}" ("the only one that ...")`] } };
  return r.verdict === 'NOT_ENOUGH_INFO' ? { held: told } : { decided: told };
}
