/**
 * A claim that reads only against the ontology's types ("Zenda is a member of the League": a city is no
 * agent; "Strelsau leads the Acme Development Bank": a city leads nothing): the parser rules such a reading out, so the
 * claim would be left unread. This reader shows the reading and says which name does not fit which
 * slot, and answers NOT_ENOUGH_INFO: the graph records nothing of the kind, and a type clash is not
 * a source saying it is false. Never SUPPORTED.
 *
 * One exception (round 18): a relation with one holder ("Zenda is the largest economy of the
 * region", "the gala was the Bank's first president"): an inverse-functional relation, an office
 * (one holder at a time). There the
 * graph naming the holder (Freedonia) refutes every other subject, whatever its type, and the
 * misfit is shown beside the refutation. Only the single-holder refuters decide it; a plain
 * relation ("Zenda pledged aid to Sylvania") stays NOT_ENOUGH_INFO, and so does a capital the graph
 * puts inside the holder (it may stand for its country's government).
 *
 * Round 19 (branch shapes19): a rank is such a slot too ("the gala is the Bank's largest
 * shareholder": rank 1 of a relation and object has one holder, src/check/refuters.ts
 * rank-conflict). A city the graph puts inside the holder is held undecided, capital or not (it may
 * stand for its country's government, and no list of capitals is complete: WordNet glosses some
 * capitals only as "a city in ..."); an airport or a field inside the holder is no government and
 * is refuted.
 */
import { NS, localName, type CheckContext } from './context.js';
import { indefiniteArticle } from './text.js';
import { enclosingPlaces, isA } from './claim-index.js';
import { figurativeOffice } from './kinds.js';
import { fitsClass, parseIgnoringTypes } from './parser.js';
import { labelOf } from './prose.js';
import type { CheckValue, Interpretation } from './types.js';
import { evaluateClaim, type Evaluation } from './verdict.js';

/**
 * Refuters whose bearing names the one holder of a relation the ontology makes single-holder
 * (owl:InverseFunctionalProperty, cg:oneHolderAtATime: src/check/refuters.ts), or of a rank of a
 * relation and object (cg:rank is functional, and one subject holds a rank: "the largest
 * shareholder" of the Bank is one, though shareholders are many).
 */
const HOLDER_REASONS = new Set(['functional-conflict', 'other-holder', 'rank-conflict']);

/**
 * The reading refuted by the one holder the graph names for its slot, or undefined. Only a
 * positive, stated reading whose misfit is its subject: the holder is a subject (the largest economy,
 * the first president), and a misfit object says nothing of who holds what.
 */
function refutedByHolder(ctx: CheckContext, i: Interpretation, slot: string): Evaluation | undefined {
  if (slot !== 'subject' || i.polarity !== 'positive' || i.modality !== 'stated') return undefined;
  const ev = evaluateClaim(ctx, i);
  if (ev.verdict !== 'REFUTED' || !ev.bearings.length || !ev.bearings.every((b) => HOLDER_REASONS.has(b.reason))) return undefined;
  // a city inside the holder may stand for it ("Strelsau is the Bank's largest shareholder" of
  // Freedonia's capital, its government); precision first, any city, as no list of capitals is
  // complete (the lead, round 19: a capital missing from one was refuted as a town)
  const misfit = i.subject.kind === 'entity' ? i.subject.iri : '';
  // a state named by its adjective is said of the holder ("the Bank's presidents are Freedonian":
  // their nationality), never as the holder: round 38, "the presidents of the Bank and the Fund
  // are Freedonian" was refuted by the two holders the graph names, though one is Freedonian
  if (i.subject.kind === 'entity' && isA(ctx, misfit, `${NS.cg}Country`) && isDemonym(i.subject.mention, i.subject.label)) return undefined;
  if (isA(ctx, misfit, `${NS.cg}City`) && ev.bearings.some((b) => liesIn(ctx, misfit, b.claim.subject))) return undefined;
  // (round 40, users32's F9) "Freedonia is the League's boss": an office noun a country is said
  // to hold as a figure names no holder of the office, so the one holder refutes nothing
  const officeWords = i.object.kind === 'entity' ? (i.object.mention ?? '').toLowerCase().split(/[^a-z]+/) : [];
  if (officeWords.some((w) => figurativeOffice(ctx, misfit, w))) return undefined;
  return ev;
}

/**
 * Whether `mention` is an adjective of the name `label` (one word, no word of the name, that opens
 * with the name's first three letters: "Freedonian" of Freedonia), not the name, a word of it ("Zenda"
 * of "Zenda Field": round 38, a field's short name was taken for an adjective) or a possessive.
 */
function isDemonym(mention: string | undefined, label: string): boolean {
  const m = (mention ?? '').trim().toLowerCase();
  const words = label.toLowerCase().split(/\s+/);
  if (!/^[a-z]+$/.test(m) || words.includes(m) || !/^[A-Z][a-z]{2}/.test(label)) return false;
  return m.startsWith(words[0]!.slice(0, 3));
}

/** Whether the graph places `place` in `whole` (cg:locatedIn, transitively). */
const liesIn = (ctx: CheckContext, place: string, whole: string): boolean => enclosingPlaces(ctx, place).slice(1).includes(whole);

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
  // (round 20) a reading whose two slots both misfit ("Zenda is Freedonia's president" read with
  // the office as the subject and the city in the office's slot) goes after a reading with one
  // misfit (the city as the holder of the office): the claim names the city first as its subject
  const misfits = (i: Interpretation): number =>
    (misfit(ctx, i.subject, ctx.axioms.domain.get(i.predicate)) ? 1 : 0) + (misfit(ctx, i.object, ctx.axioms.range.get(i.predicate)) ? 1 : 0);
  const readings = parsed.readings.map((r) => r.interpretation).map((i, k) => ({ i, k, n: misfits(i) }))
    .sort((a, b) => (a.n === 2 ? 1 : 0) - (b.n === 2 ? 1 : 0) || a.k - b.k).map((r) => r.i);
  for (const i of readings) {
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
      const misfitNote = `${e.label} does not fit the ${slot} of ${rel} (${classWord(ctx, cls!)})`;
      const typing = `the graph types ${e.label} as ${kinds || 'something else'}, and ${rel} takes ${indefiniteArticle(classWord(ctx, cls!))} ${classWord(ctx, cls!)} there (rdfs:${slot === 'subject' ? 'domain' : 'range'})`;
      const held = refutedByHolder(ctx, i, slot);
      if (held) {
        return {
          interpretation: { ...i, notes: [...(i.notes ?? []), misfitNote] },
          evaluation: { ...held, explanation: `Read as "${rel}" with ${e.label} as its ${slot} (a near miss: ${typing}). ${held.explanation}` },
        };
      }
      const explanation = `Read as "${rel}" with ${e.label} as its ${slot}, but ${typing}: no source relates them so; not enough information.`;
      return {
        interpretation: { ...i, notes: [...(i.notes ?? []), misfitNote] },
        evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'ill-typed', explanation, conflict: false, bearings: [] },
      };
    }
  }
  return undefined;
}
