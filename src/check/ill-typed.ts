/**
 * A claim that reads only against the ontology's types ("Zenda is a member of the League": a city is no
 * agent; "Strelsau leads the Acme Development Bank": a city leads nothing): the parser rules such a reading out, so the
 * claim would be left unread. This reader shows the reading and says which name does not fit which
 * slot, and answers NOT_ENOUGH_INFO: the graph records nothing of the kind, and a type clash is not
 * a source saying it is false. Never SUPPORTED or REFUTED.
 */
import { NS, localName, type CheckContext } from './context.js';
import { indefiniteArticle } from './text.js';
import { isA } from './claim-index.js';
import { fitsClass, parseIgnoringTypes } from './parser.js';
import { labelOf } from './prose.js';
import type { CheckValue, Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';

const classWord = (ctx: CheckContext, cls: string): string => ctx.axioms.classLabels.get(cls) ?? localName(cls);

/** The entity of a slot that is not of the slot's class (an office standing for its holder fits as they do). */
function misfit(ctx: CheckContext, v: CheckValue, cls: string | undefined): Extract<CheckValue, { kind: 'entity' }> | undefined {
  if (v.kind !== 'entity' || !cls) return undefined;
  return fitsClass(ctx, v.iri, cls) ? undefined : v;
}

/**
 * The first reading of the claim whose subject or object breaks the property's domain or range,
 * as an interpretation with a NOT_ENOUGH_INFO evaluation; undefined when there is none.
 *
 * @example
 * ```ts
 * readIllTyped(ctx, 'Gala City is a member of the League.')?.evaluation.explanation;
 * // 'Read as (Gala City, member of, League), but Gala City is a city, and member of takes an agent ...'
 * ```
 */
export function readIllTyped(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const parsed = parseIgnoringTypes(ctx, text);
  if (!parsed) return undefined;
  for (const { interpretation: i } of parsed.readings) {
    const slots: Array<[string, CheckValue, string | undefined]> = [
      ['subject', i.subject, ctx.axioms.domain.get(i.predicate)], ['object', i.object, ctx.axioms.range.get(i.predicate)]];
    for (const [slot, v, cls] of slots) {
      const e = misfit(ctx, v, cls);
      if (!e) continue;
      const kinds = [...(ctx.entityTypes.get(e.iri) ?? [])].map((t) => classWord(ctx, t)).sort().join(', ');
      const rel = labelOf(ctx, localName(i.predicate));
      // an office stands for its holder: a person would fit, but the graph names none
      const holderFits = isA(ctx, e.iri, `${NS.cg}Office`) && !!ctx.axioms.superClasses.get(`${NS.cg}Person`)?.has(cls!);
      if (holderFits) {
        return {
          interpretation: { ...i, notes: [...(i.notes ?? []), `${e.label} stands for its holder, whom the graph does not name`] },
          evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'ill-typed', conflict: false, bearings: [],
            explanation: `Read as "${rel}" with the ${e.label} as its ${slot}: an office stands for its holder there, and the graph names no holder of it, nor a claim of the relation; not enough information.` },
        };
      }
      const explanation = `Read as "${rel}" with ${e.label} as its ${slot}, but the graph types ${e.label} as ${kinds || 'something else'}, and ${rel} takes ${indefiniteArticle(classWord(ctx, cls!))} ${classWord(ctx, cls!)} there (rdfs:${slot === 'subject' ? 'domain' : 'range'}): no source relates them so; not enough information.`;
      return {
        interpretation: { ...i, notes: [...(i.notes ?? []), `${e.label} does not fit the ${slot} of ${rel} (${classWord(ctx, cls!)})`] },
        evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'ill-typed', explanation, conflict: false, bearings: [] },
      };
    }
  }
  return undefined;
}
