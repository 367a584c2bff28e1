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
import { describedGroup } from './described-groups.js';
import type { CheckValue } from './types.js';

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
 * The word of a role noun that takes the plural: the last one, or the one before "of" ("heads of
 * state", whose last word stays singular; round 39, misses30c: "Ruritanian heads of state attended"
 * was read as each holder, its plural unseen).
 *
 * @example
 * ```ts
 * roleHead(tokenize('heads of state', ctx.morph)).raw; // 'heads'
 * ```
 */
export function roleHead(words: readonly Token[]): Token {
  const of = words.findIndex((t) => t.norm === 'of');
  return words[of > 0 ? of - 1 : words.length - 1]!;
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

/**
 * Some holder of the office among a group's members (round 38, fix30c; users30's F2): "a
 * Ruritanian president", "any Ruritanian president" (one of them, at least) and a bare plural
 * "Ruritanian presidents" (at least two: the plural says more than one) are read as a count of the
 * offices, not as each of them: "a Ruritanian president skipped the gala" holds when one did, and
 * the others' attendance does not refute it; so are "some / several Ruritanian presidents". Undefined for "the" / "all" / "every" and the like
 * (each of them, read by the office list) and for a span that names no role of a described group.
 *
 * @example
 * ```ts
 * someRoleHolders(ctx, dropIgnorable(tokenize('a Ruritanian president', ctx.morph), ctx.morph)); // { kind: 'count', n: 1, only: false, role: 'president', indefinite: true, ... }
 * ```
 */
export function someRoleHolders(ctx: CheckContext, span: readonly Token[]): Extract<CheckValue, { kind: 'count' }> | undefined {
  const first = span[0];
  if (!first || first.kind !== 'word') return undefined;
  const indefinite = !!(first.indef || first.any);
  const roled = roleNounAtEnd(ctx, span);
  if (!roled || !roled.rest.length) return undefined;
  const plural = /s$/i.test(roleHead(span.slice(roled.rest.length)).raw);
  const bare = plural && !first.definite && !first.whole && !first.each && !first.some && !indefinite && !span.some((t) => t.kind === 'possessive' || t.raw === '\'s');
  // "some / several Ruritanian presidents": at least the quantifier's least count
  const n = first.some ?? (indefinite && !plural ? 1 : bare ? 2 : undefined);
  if (n === undefined) return undefined;
  const group = describedGroup(ctx, roled.rest);
  if (!group || !roleOffices(ctx, group.iri, roled.role)) return undefined;
  return { kind: 'count', n, only: false, role: roled.role, ...(indefinite ? { indefinite: true } : {}), ...(bare ? { generic: true } : {}), group: { kind: 'entity', iri: group.iri, label: group.label } };
}

/**
 * Whether a span is a bare plural of a role that names no group's offices (round 39, misses30c):
 * "Freedonian prime ministers" is the holders of one office over time, at least two of them, or
 * read as a generic, the office's holders as a rule; the graph's one holder who visited Sylvania
 * decides neither (the plural was read as the office, supported by that one holder). The entity
 * reader drops the office for such a span, so the claim is not decided on one holder.
 *
 * @example
 * ```ts
 * pluralOfOneOffice(ctx, tokenize('Freedonian prime ministers', ctx.morph)); // true
 * pluralOfOneOffice(ctx, tokenize('the Freedonian prime minister', ctx.morph)); // false
 * ```
 */
export function pluralOfOneOffice(ctx: CheckContext, span: readonly Token[]): boolean {
  const first = span[0];
  if (!first || first.kind !== 'word' || first.definite || first.whole || first.each || first.some || first.indef || first.any) return false;
  if (span.some((t) => t.kind !== 'word' || t.raw === '\'s')) return false;
  const roled = roleNounAtEnd(ctx, span);
  if (!roled || !roled.rest.length || !/s$/i.test(roleHead(span.slice(roled.rest.length)).raw)) return false;
  const group = describedGroup(ctx, roled.rest);
  return !(group && roleOffices(ctx, group.iri, roled.role));
}
