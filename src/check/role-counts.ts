/**
 * Counts of the holders of one office across a group's members (round 33, branch quant33): "Four
 * Ruritanian presidents attended the gala", "Only one Ruritanian president missed the gala" count
 * the office "president of M" of each member M of Ruritania (the graph's office entities,
 * `cg:roleType` and `cg:officeOf`), not the states. Read as the states, a state whose president is
 * said to have stayed away stays undecided (someone else may have gone for it), so a count of
 * presidents that names the absent one was never decided; read as the offices, the graph's
 * "all ... except X's president" decides every member. The role is any role the graph gives an
 * office of (ctx.offices), so no role word is listed here; a group with a member that has no such
 * office is not read this way (the count falls back to the states).
 */
import type { CheckContext } from './context.js';
import { keyOf, type Token } from './text.js';
import { groupMembers } from './claim-index.js';

/** The role noun that ends a count's span ("Ruritanian presidents"), with the words before it. */
export interface RoleNoun {
  /** The span without the role noun ("Ruritanian"). */
  rest: readonly Token[];
  /** The role's key in ctx.offices ("president", "prime minister"). */
  role: string;
}

/**
 * The role noun (one to three words, plural or singular) that ends a span, when the graph has
 * offices of that role; undefined otherwise or when nothing is left before it.
 *
 * @example
 * ```ts
 * roleNounAtEnd(ctx, tokenize('Ruritanian presidents', ctx.morph)); // { rest: [Ruritanian], role: 'president' }
 * ```
 */
export function roleNounAtEnd(ctx: CheckContext, span: readonly Token[]): RoleNoun | undefined {
  for (let k = Math.min(3, span.length - 1); k >= 1; k--) {
    const words = span.slice(span.length - k);
    if (words.some((t) => t.kind !== 'word' || t.cap)) continue;
    const role = keyOf(words);
    if (ctx.offices.has(role)) return { rest: span.slice(0, span.length - k), role };
  }
  return undefined;
}

/**
 * The role noun that opens a span, "[the] <role> of" ("the presidents of three Ruritanian
 * states"), with the words after "of"; undefined otherwise.
 *
 * @example
 * ```ts
 * roleNounAtStart(ctx, tokenize('presidents of three Ruritanian states', ctx.morph)); // { rest: [three, Ruritanian, states], role: 'president' }
 * ```
 */
export function roleNounAtStart(ctx: CheckContext, span: readonly Token[]): RoleNoun | undefined {
  const from = span[0]?.norm === 'the' ? 1 : 0;
  // the longest role first: "heads of state of four states" is the role "head of state", not "head"
  // followed by "state of four states" (round 37: read only through the states, until that reading
  // was dropped for a named office)
  for (let k = 3; k >= 1; k--) {
    const words = span.slice(from, from + k);
    if (words.length < k || words.some((t) => t.kind !== 'word')) continue;
    if (span[from + k]?.norm !== 'of') continue;
    const role = keyOf(words);
    if (ctx.offices.has(role) && span.length > from + k + 2) return { rest: span.slice(from + k + 1), role };
  }
  return undefined;
}

/**
 * The office of the role for each member of the group, in groupMembers' order; undefined unless
 * every member has exactly one office of that role in the graph.
 *
 * @example
 * ```ts
 * roleOffices(ctx, `${NS.cgr}ruritania`, 'president'); // [president-of-freedonia, president-of-sylvania] as IRIs
 * ```
 */
export function roleOffices(ctx: CheckContext, group: string, role: string): string[] | undefined {
  const byHolder = ctx.offices.get(role);
  const members = groupMembers(ctx, group);
  if (!byHolder || members.length < 2) return undefined;
  const offices = members.map((m) => byHolder.get(m));
  return offices.every((o): o is string => o !== undefined) ? offices : undefined;
}
