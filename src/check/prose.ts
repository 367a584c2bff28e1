/**
 * The English of explanations, in one place: how values, interpretations, modalities, claims and
 * sources are named. Verdict logic produces data (src/check/verdict.ts, refuters.ts, qualifiers.ts)
 * and calls these to word it.
 */
import type { Term } from '@rdfjs/types';
import { NS, localName, type CheckContext } from './context.js';
import type { ClaimInfo } from './claim-index.js';
import type { CheckValue, Interpretation, ModalityName } from './types.js';
import { BOUND_TEXT, clockText, formatMoney } from './values.js';

const cg = (l: string): string => NS.cg + l;

export function modalityNote(m: ModalityName): string {
  switch (m) {
    case 'possible': return ' The source states this as a possibility, not as a fact.';
    case 'expected': return ' The source states this as an expectation, not as an accomplished fact.';
    case 'pledged': return ' The source states this as a pledge (a promise), not as something done.';
    case 'perceived': return ' The source reports this as a perception, not as a fact.';
    default: return '';
  }
}

export const MODALITY_WORDS: Record<ModalityName, string> = {
  stated: 'a fact', expected: 'an expectation', possible: 'a possibility', pledged: 'a pledge', perceived: 'a perception',
};

export function derivationNote(c: ClaimInfo): string {
  if (c.derivation === cg('GroupExpansion')) return 'expanded from a group statement';
  if (c.derivation === cg('GroupException')) return 'an exception of a group statement';
  return '';
}

export function shortIri(iri: string): string {
  return iri.startsWith(NS.cgc) ? `cgc:${iri.slice(NS.cgc.length)}` : iri;
}

export function entityName(ctx: CheckContext, iri: string): string {
  return ctx.entityLabel.get(iri) ?? localName(iri);
}

export function labelOf(ctx: CheckContext, name: string): string {
  return ctx.axioms.labels.get(cg(name)) ?? name;
}

export function termText(ctx: CheckContext, t: Term): string {
  return t.termType === 'NamedNode' ? entityName(ctx, t.value) : t.value;
}

/**
 * Short human text of a value.
 *
 * @example
 * ```ts
 * describeValue({ kind: 'year', value: '2006' }); // '2006'
 * ```
 */
export function describeValue(v: CheckValue): string {
  switch (v.kind) {
    case 'entity': return v.label;
    case 'unknown-entity': return v.mention;
    case 'entities': return v.items.map((e) => e.label).join(' and ');
    case 'amount': return v.amounts.map(formatMoney).join(' / ');
    case 'daterange': return `${v.start} to ${v.end}`;
    case 'count': return `${v.only ? 'only ' : v.atMost ? 'at most ' : ''}${v.n} of ${v.group.label}`;
    case 'duration': return `${v.bound ? `${BOUND_TEXT[v.bound]} ` : ''}${v.clock ? clockText(v.days) : `${v.days} days`}`;
    case 'number': return `${v.bound ? `${BOUND_TEXT[v.bound]} ` : ''}${v.value}`;
    case 'year': return `${v.bound === 'lt' ? 'before ' : v.bound === 'gt' ? 'after ' : ''}${v.value}`;
    default: return v.value;
  }
}

/**
 * One-line reading of an interpretation ("Acme member of League (negative), year 2006").
 *
 * @example
 * ```ts
 * describeInterpretation(ctx, interp); // 'Freedonia member of League'
 * ```
 */
export function describeInterpretation(ctx: CheckContext, q: Interpretation): string {
  const quals = Object.entries(q.qualifiers).map(([k, v]) => `${labelOf(ctx, k)} ${describeValue(v)}`);
  // a triple, not an English sentence: labels do not conjugate, so show the parts plainly
  const triple = `(${describeValue(q.subject)}, ${labelOf(ctx, q.predicateName)}, ${describeValue(q.object)})`;
  const base = q.polarity === 'negative' ? `not ${triple}` : triple;
  const mod = q.modality !== 'stated' ? ` (as ${MODALITY_WORDS[q.modality]})` : '';
  return `${base}${quals.length ? ` [${quals.join(', ')}]` : ''}${mod}`;
}
