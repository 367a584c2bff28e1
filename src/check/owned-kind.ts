/**
 * A thing named by its owner and its kind (round 11): "the bank's charter", "its founding treaty",
 * "the pipeline's gas field". The kind is a class noun (ontology class labels and the lexicon's
 * `cg:classNoun`); the thing is the one entity of that class whose label or another name names the
 * owner ("Articles of Agreement of the Acme Bank" for "the Acme Bank's charter"). "its" is the
 * first thing the claim names. The claim is said again with that entity's label and rechecked;
 * no such entity, or several, is no reading.
 */
import { isA } from './claim-index.js';
import type { CheckContext } from './context.js';
import { classNouns } from './kinds.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { restate } from './result.js';

/** Adjectives a kind may carry without changing which thing it is ("founding charter"; also in the pattern below). */
const PLAIN = /^(?:founding|constituent|governing|official|original)$/i;

const norm = (ctx: CheckContext, s: string): string => dropIgnorable(tokenize(s, ctx.morph), ctx.morph).map((t) => t.norm).join(' ');

/** The names of an entity (label and other names), normalised. */
function namesOf(ctx: CheckContext, iri: string): string[] {
  return ctx.store.getQuads(iri, null, null, null)
    .filter((q) => q.object.termType === 'Literal' && /#(?:label|altLabel|prefLabel)$/.test(q.predicate.value))
    .map((q) => norm(ctx, q.object.value));
}

/** The names (one entity each) a text gives, in order, the longest span at each place first. */
function namesBefore(ctx: CheckContext, text: string): string[] {
  const before = dropIgnorable(tokenize(text, ctx.morph), ctx.morph);
  const out: string[] = [];
  for (let i = 0; i < before.length; i++) {
    for (let j = Math.min(before.length, i + 6); j > i; j--) {
      if (resolveMention(ctx, before.slice(i, j)).length === 1) {
        out.push(before.slice(i, j).map((x) => x.raw).join(' '));
        i = j - 1;
        break;
      }
    }
  }
  return out;
}

/** The entities of class `cls` (other than the owner) one of whose names names the owner. */
function thingsNamedAfter(ctx: CheckContext, owner: string, cls: string): [string, string][] {
  const ownerNames = namesOf(ctx, owner).filter((n) => n.length > 2);
  return [...ctx.entityLabel.entries()].filter(([iri]) => iri !== owner && isA(ctx, iri, cls)
    && namesOf(ctx, iri).some((n) => ownerNames.some((o) => ` ${n} `.includes(` ${o} `))));
}

/**
 * The claim with "X's <kind>" (or "its <kind>") said as the one entity of that kind that names X;
 * undefined when the claim has no such phrase or it names no single entity.
 *
 * @example
 * ```ts
 * ownedKindRewrite(ctx, "The Acme Bank's charter took effect in 2015."); // 'Articles of Agreement of the Acme Bank took effect in 2015.'
 * ```
 */
export function ownedKindRewrite(ctx: CheckContext, text: string): { claim: string; note: string } | undefined {
  const t = normalizeTypography(text).trim();
  const m = /\b((?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})'s|its)\s+((?:(?:founding|constituent|governing|official|original)\s+)?[a-z]+)\b/.exec(t);
  if (!m) return undefined;
  const noun = m[3]!.split(/\s+/).filter((w) => !PLAIN.test(w)).join(' ');
  const cls = noun ? classNouns(ctx).get(norm(ctx, noun)) : undefined;
  if (!cls) return undefined;
  // "X's": X owns the thing; "its": the names the claim gives before it, first name first
  const owners = m[2] ? [m[2]] : namesBefore(ctx, t.slice(0, m.index));
  const found = owners.map((o) => {
    const who = resolveMention(ctx, dropIgnorable(tokenize(o, ctx.morph), ctx.morph));
    return who.length === 1 ? { who: who[0]!, things: thingsNamedAfter(ctx, who[0]!.iri, cls) } : undefined;
  });
  // the first name is the pronoun's antecedent; when the graph names no such thing after it, "its"
  // may point to a later name ("A promised B money for its airport"), and the graph settles which
  // only when exactly one of the other names has exactly one such thing
  let pick = found[0] && found[0].things.length === 1 ? found[0] : undefined;
  if (!pick && !m[2] && found[0] && !found[0].things.length) {
    const rest = found.slice(1).filter((f) => f && f.things.length);
    pick = rest.length === 1 && rest[0]!.things.length === 1 ? rest[0] : undefined;
  }
  if (!pick) return undefined;
  const [, label] = pick.things[0]!;
  const claim = `${t.slice(0, m.index)}${label}${t.slice(m.index + m[0].length)}`;
  return { claim, note: `read "${m[0]}" as ${label}, the one ${noun} the graph names after ${pick.who.label}` };
}

/** The reader of a thing named by its owner and kind (table entry `owned-kind`). */
export async function readOwnedKind({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const rw = ownedKindRewrite(ctx, text);
  const r = rw ? await recheck(rw.claim) : undefined;
  if (!r || !rw) return undefined;
  const told = restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), rw.note] }, explanation: `Read as "${rw.claim}" (${rw.note}). ${r.explanation}` });
  return r.verdict === 'NOT_ENOUGH_INFO' ? { held: told } : { decided: told };
}
