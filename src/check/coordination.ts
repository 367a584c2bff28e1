/**
 * Lists of names in a slot ("Freedonia, Sylvania and the League"): every reading of the list, an
 * office named with the first holder carried to the others (moved out of parser.ts, round 32).
 */
import type { CheckContext } from './context.js';
import { fitsClass } from './parser.js';
import { resolveMention } from './resolver.js';
import type { Token } from './text.js';
import type { CheckValue } from './types.js';
import { groupMembers } from './verdict.js';

type EntityValue = Extract<CheckValue, { kind: 'entity' }>;

/**
 * Reads "X, Y and Z" (commas are dropped by the tokenizer) as a list of at least two entities,
 * segmenting each and-separated part into the longest names; undefined unless every token is
 * covered.
 *
 * @example
 * ```ts
 * readCoordination(ctx, tokenize('Freedonia and Sylvania', ctx.morph), undefined, false)?.length; // 2
 * ```
 */
export function readCoordination(ctx: CheckContext, span: readonly Token[], cls: string | undefined, strict: boolean): EntityValue[] | undefined {
  return coordinations(ctx, span, cls, strict)?.[0];
}

/**
 * Every reading of "X, Y and Z" when a part names more than one entity ("roads and power lines":
 * two things are called "roads"): the first candidates first, then each ambiguous part's other
 * candidates one at a time (at most four readings), for the verdict to try.
 *
 * @example
 * ```ts
 * coordinations(ctx, tokenize('roads and power lines', ctx.morph), undefined, false)?.length; // 2 when "roads" names two things
 * ```
 */
export function coordinations(ctx: CheckContext, span: readonly Token[], cls: string | undefined, strict: boolean): EntityValue[][] | undefined {
  const others: Array<{ at: number; cands: EntityValue[] }> = [];
  const first = coordination(ctx, span, cls, strict, undefined, others);
  if (!first) return undefined;
  const out = [first];
  for (const { at, cands } of others) {
    for (const c of cands) {
      if (out.length >= 4) return out;
      const v = coordination(ctx, span, cls, strict, { at, pick: c });
      if (v && !out.some((o) => o.map((x) => x.iri).join() === v.map((x) => x.iri).join())) out.push(v);
    }
  }
  return out;
}

function coordination(ctx: CheckContext, span: readonly Token[], cls: string | undefined, strict: boolean,
  swap?: { at: number; pick: EntityValue }, others?: Array<{ at: number; cands: EntityValue[] }>): EntityValue[] | undefined {
  if (!span.some((t) => t.raw.toLowerCase() === 'and')) return undefined;
  const items: EntityValue[] = [];
  let i = 0;
  // names read since the last "and" (-1 before the first): in a list "and" comes before the last
  // name only, so a second name after it ("A leads B, and C D": a gapped verb) ends the reading
  // (round 32: "Freedonia leads the League, and Rufus T. Firefly the Acme Bank" was refuted as a
  // list of three)
  let sinceAnd = -1;
  while (i < span.length) {
    if (span[i]!.raw.toLowerCase() === 'and' && items.length) {
      sinceAnd = 0;
      i++;
      continue;
    }
    if (sinceAnd >= 1) return undefined;
    if (sinceAnd === 0) sinceAnd = 1;
    let found: EntityValue | undefined;
    let end = i;
    for (let j = Math.min(span.length, i + 8); j > i; j--) {
      const part = span.slice(i, j);
      if (part.some((t) => t.raw.toLowerCase() === 'and')) continue;
      const all = resolveMention(ctx, part);
      // a group named in the plural ("the Ruritanian countries") stands for its members, which
      // must fit; the group's own name ("Ruritania") is the region, which must fit itself
      const plural = (/s$/i.test(span[span.length - 1]?.raw ?? '') && span[span.length - 1]!.kind === 'word') || !!span[0]?.each;
      const fitting = all.filter((e) => fitsClass(ctx, e.iri, cls)
        || (plural && cls !== undefined && (() => { const m = groupMembers(ctx, e.iri); return m.length >= 2 && m.every((x) => fitsClass(ctx, x, cls)); })()));
      const cands = fitting.length || strict ? fitting : all;
      const pick = swap?.at === i && cands.some((c) => c.iri === swap.pick.iri) ? swap.pick : cands[0];
      if (pick && others && cands.length > 1) others.push({ at: i, cands: cands.slice(1) });
      if (pick) {
        found = pick;
        end = j;
        break;
      }
    }
    if (!found) return undefined;
    if (!items.some((x) => x.iri === found!.iri)) items.push(found);
    i = end;
  }
  return items.length >= 2 ? distributeRole(ctx, items) : undefined;
}

/** "the presidents of A, B and C": the office named with the first holder applies to the others. */
function distributeRole(ctx: CheckContext, items: EntityValue[]): EntityValue[] {
  let byHolder: Map<string, string> | undefined;
  for (const m of ctx.offices.values()) {
    if ([...m.values()].includes(items[0]!.iri)) byHolder = m;
  }
  if (!byHolder) return items;
  return items.map((item, k) => {
    const office = k > 0 ? byHolder!.get(item.iri) : undefined;
    return office ? { ...item, iri: office, label: ctx.entityLabel.get(office) ?? office } : item;
  });
}
