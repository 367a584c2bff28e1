/**
 * A group said by a description rather than by its name (round 26): "Ruritania's states",
 * "Ruritania's two states", "the states of Ruritania". The owner must name a group of the graph
 * (an entity with at least two members) and the noun a class every member is of (an ontology
 * class label or a lexicon `cg:classNoun`), so the description picks out exactly the group's
 * members; a number said with it must be the group's size. Used by the counts over a group
 * (src/check/parser.ts `readCount`, src/check/bounded-counts.ts) where the group's own name is
 * not said.
 */
import type { CheckContext } from './context.js';
import { groupMembers, isA } from './claim-index.js';
import { classNouns } from './kinds.js';
import { resolveMention } from './resolver.js';
import type { Token } from './text.js';
import type { CheckValue } from './types.js';
import { CARDINALS } from './values.js';

type EntityValue = Extract<CheckValue, { kind: 'entity' }>;

const cardinal = (t: Token | undefined): number | undefined =>
  !t ? undefined : t.kind === 'number' && /^\d+$/.test(t.raw) ? Number(t.raw) : CARDINALS[t.raw.toLowerCase()];

/** A group of at least two members a span names as it stands ("the Ruritanian states"). */
const namedByItself = (ctx: CheckContext, span: readonly Token[]): EntityValue | undefined => {
  const g = resolveMention(ctx, span).find((e) => groupMembers(ctx, e.iri).length >= 2);
  return g && { kind: 'entity', iri: g.iri, label: g.label };
};

/**
 * The group an owner and a plural class noun describe ("Ruritania" + "states"), when every member
 * of the owner's group is of that class; undefined otherwise.
 */
function ownedKind(ctx: CheckContext, owner: readonly Token[], noun: Token | undefined, stated: number | undefined): EntityValue | undefined {
  if (!owner.length || !noun || noun.kind !== 'word' || !/s$/i.test(noun.raw)) return undefined;
  const cls = classNouns(ctx).get(noun.norm);
  if (!cls) return undefined;
  const g = namedByItself(ctx, owner);
  if (!g) return undefined;
  const members = groupMembers(ctx, g.iri);
  if (!members.every((m) => isA(ctx, m, cls))) return undefined;
  if (stated !== undefined && stated !== members.length) return undefined;
  return g;
}

/**
 * The group a span names or describes: its name, "<owner>'s [N] <kind>s" or "[N] <kind>s of
 * <owner>"; a stated N must be the group's size.
 *
 * @example
 * ```ts
 * describedGroup(ctx, dropIgnorable(tokenize("Ruritania's two states", ctx.morph), ctx.morph));
 * // { kind: 'entity', iri: '…/ruritania', label: 'Ruritania' }  (two members, both states)
 * ```
 */
export function describedGroup(ctx: CheckContext, span: readonly Token[]): EntityValue | undefined {
  const itself = namedByItself(ctx, span);
  if (itself) return itself;
  // "Ruritania's [two] states"
  const poss = span.findIndex((t) => t.raw === "'s");
  if (poss > 0) {
    const rest = span.slice(poss + 1);
    const n = cardinal(rest[0]);
    const noun = n === undefined ? rest : rest.slice(1);
    if (noun.length === 1) return ownedKind(ctx, span.slice(0, poss), noun[0], n);
    return undefined;
  }
  // "[the] [two] states of Ruritania"
  const of = span.findIndex((t) => t.raw.toLowerCase() === 'of');
  if (of > 0 && of <= 2) {
    const n = of === 2 ? cardinal(span[0]) : undefined;
    if (of === 2 && n === undefined) return undefined;
    return ownedKind(ctx, span.slice(of + 1), span[of - 1], n);
  }
  return undefined;
}
