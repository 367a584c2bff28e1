/**
 * Structured claims (`check --subject --predicate --object`): ids, IRIs or labels for entities, a
 * property's local name, IRI or label for the predicate, typed text for literal objects. Free text
 * is src/check/parser.ts's; a structured claim reads its values through the same slot reader.
 */
import { ClaimgraphError } from '../errors.js';
import { NS, localName, slotTypeOf, type CheckContext, type SlotType } from './context.js';
import { readSlot, validateClaimText } from './parser.js';
import { dropIgnorable, tokenize } from './text.js';
import type { CheckValue, Interpretation, StructuredClaim } from './types.js';

/**
 * Reads a structured claim (`--subject --predicate --object`): ids, IRIs or labels for entities,
 * a property local name, IRI or label for the predicate, typed text for literal objects.
 *
 * @example
 * ```ts
 * parseStructured(ctx, { subject: 'acme', predicate: 'memberOf', object: 'League', negated: true });
 * ```
 */
export function parseStructured(ctx: CheckContext, sc: StructuredClaim): Interpretation {
  const predicate = resolveProperty(ctx, sc.predicate);
  const readValue = (raw: string, type: SlotType, cls: string | undefined, what: string): CheckValue => {
    if (type === 'entity') {
      const direct = entityById(ctx, raw);
      if (direct) return direct;
    }
    const span = dropIgnorable(tokenize(raw, ctx.morph), ctx.morph);
    const vals = readSlot(ctx, type, cls, span, true);
    if (!vals.length) throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `could not read the ${what} ${JSON.stringify(raw)} as ${type === 'entity' ? 'an entity' : `a ${type}`}`);
    return vals[0]!;
  };
  const subject = readValue(validateClaimText(sc.subject, { sentence: false }), 'entity', ctx.axioms.domain.get(predicate), 'subject');
  const object = readValue(validateClaimText(sc.object, { sentence: false }), (slotTypeOf(ctx, predicate) === 'date' ? 'date-or-year' : slotTypeOf(ctx, predicate)), ctx.axioms.range.get(predicate), 'object');
  if (subject.kind === 'unknown-entity' && object.kind === 'unknown-entity') {
    throw new ClaimgraphError('CHECK_UNINTERPRETABLE', `neither ${JSON.stringify(sc.subject)} nor ${JSON.stringify(sc.object)} is an entity of the graph`);
  }
  const qualifiers: Record<string, CheckValue> = {};
  for (const [k, raw] of Object.entries(sc.qualifiers ?? {})) {
    const q = NS.cg + k;
    if (!ctx.axioms.qualifiers.has(q)) throw new ClaimgraphError('CHECK_INPUT', `unknown qualifier ${JSON.stringify(k)}`);
    const v = readValue(raw, slotTypeOf(ctx, q), ctx.axioms.range.get(q), `qualifier ${k}`);
    if (v.kind === 'daterange') {
      qualifiers.startDate = { kind: 'date', value: v.start };
      qualifiers.endDate = { kind: 'date', value: v.end };
    } else qualifiers[k] = v;
  }
  return {
    subject, predicate, predicateName: localName(predicate), object,
    polarity: sc.negated ? 'negative' : 'positive', modality: sc.modality ?? 'stated', qualifiers,
  };
}

function entityById(ctx: CheckContext, raw: string): CheckValue | undefined {
  const t = raw.trim();
  const candidates = [t, t.startsWith('cgr:') ? NS.cgr + t.slice(4) : NS.cgr + t];
  for (const iri of candidates) {
    if (ctx.entityLabel.has(iri)) return { kind: 'entity', iri, label: ctx.entityLabel.get(iri)!, mention: raw };
  }
  return undefined;
}

/**
 * A property IRI from a local name (`memberOf`), prefixed name (`cg:memberOf`), IRI or label.
 *
 * @example
 * ```ts
 * resolveProperty(ctx, 'member of'); // 'https://w3id.org/claimgraph/ontology#memberOf'
 * ```
 */
export function resolveProperty(ctx: CheckContext, raw: string): string {
  const t = raw.trim();
  const name = t.startsWith('cg:') ? t.slice(3) : t.startsWith(NS.cg) ? t.slice(NS.cg.length) : t;
  const byName = ctx.axioms.properties.get(name);
  if (byName && !ctx.axioms.qualifiers.has(byName)) return byName;
  const lower = t.toLowerCase();
  for (const [iri, label] of [...ctx.axioms.labels].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (label.toLowerCase() === lower && !ctx.axioms.qualifiers.has(iri)) return iri;
  }
  throw new ClaimgraphError('CHECK_INPUT', `unknown predicate ${JSON.stringify(raw)}: expected a relation property of the ontology (e.g. memberOf)`);
}
