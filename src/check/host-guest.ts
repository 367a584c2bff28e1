/**
 * "X hosted Y" with a guest as object ("Ida Oldham hosted Rufus Firefly", "... at the
 * gala"): X hosted an event that Y attended. The events are those the graph says Y attended,
 * or the one the claim names after "at"; supported when the ordinary verdict supports both X
 * hosting one of them and Y attending it (sub-properties, an agent's office holder), citing both.
 * Never refuted: the graph is not taken to know every event X hosted or Y attended. A denial is
 * no reading here.
 */
import { claimsByPredicate, isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { entityName } from './prose.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { Interpretation } from './types.js';
import { evaluateClaim, type Evaluation } from './verdict.js';

const HOSTED = /^(.+?)\s+(?:hosted|hosts|welcomed|welcomes|played host to|plays host to|was host to)\s+(.+?)(?:\s+at\s+(.+?))?$/i;

type Named = { kind: 'entity'; iri: string; label: string; mention: string };

function one(ctx: CheckContext, phrase: string): Named | undefined {
  const found = resolveMention(ctx, dropIgnorable(tokenize(phrase, ctx.morph), ctx.morph));
  return found.length === 1 ? { kind: 'entity', iri: found[0]!.iri, label: found[0]!.label, mention: phrase } : undefined;
}

/**
 * Reads and decides "X hosted Y [at E]" for a person Y; undefined when the claim is not of that
 * form or its names do not each name one entity.
 *
 * @example
 * ```ts
 * readHostGuest(ctx, 'Ida Oldham hosted Rufus Firefly.')?.evaluation.verdict; // 'SUPPORTED' when she hosted an event he attended
 * ```
 */
export function readHostGuest(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const claim = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  const m = HOSTED.exec(claim);
  const hostOf = ctx.axioms.properties.get('hostOf');
  const attended = ctx.axioms.properties.get('attended');
  if (!m || !hostOf || !attended || /\b(?:not|never|no)\b|n't\b/i.test(claim)) return undefined;
  const [host, guest] = [one(ctx, m[1]!), one(ctx, m[2]!)];
  if (!host || !guest || !isA(ctx, guest.iri, `${NS.cg}Person`)) return undefined;
  const named = m[3] ? one(ctx, m[3]) : undefined;
  if (m[3] && !named) return undefined;
  const events = named ? [named.iri] : [...new Set((claimsByPredicate(ctx).get(attended) ?? [])
    .filter((c) => c.subject === guest.iri && c.polarity === 'positive' && c.object.termType === 'NamedNode').map((c) => c.object.value))].sort();
  const base = (event: string): Interpretation => ({
    subject: host, predicate: hostOf, predicateName: 'hostOf', object: { kind: 'entity', iri: event, label: entityName(ctx, event) },
    polarity: 'positive', modality: 'stated', qualifiers: {}, pattern: '{s} hosted {guest} [at {o}]',
    notes: [`read "${host.label} hosted ${guest.label}" as ${host.label} hosting an event ${guest.label} attended`],
  });
  for (const event of events) {
    const hosted = evaluateClaim(ctx, base(event));
    if (hosted.verdict !== 'SUPPORTED') continue;
    const came = evaluateClaim(ctx, { ...base(event), subject: guest, predicate: attended, predicateName: 'attended' });
    if (came.verdict !== 'SUPPORTED') continue;
    return {
      interpretation: base(event),
      evaluation: {
        verdict: 'SUPPORTED', reason: hosted.reason, conflict: false, bearings: [...hosted.bearings, ...came.bearings],
        explanation: `Read as ${host.label} hosting an event ${guest.label} attended (${entityName(ctx, event)}): ${hosted.explanation} ${came.explanation}`,
      },
    };
  }
  const where = named ? named.label : events.length ? events.map((e) => entityName(ctx, e)).join(', ') : 'no event the graph has them attend';
  return {
    interpretation: base(named?.iri ?? events[0] ?? guest.iri),
    evaluation: { verdict: 'NOT_ENOUGH_INFO', reason: 'partial-match', conflict: false, bearings: [],
      explanation: `Read as ${host.label} hosting an event ${guest.label} attended: the graph does not say that ${host.label} hosted ${where} with ${guest.label} attending; it is not taken to know every event either hosted or attended, so this is not refuted.` },
  };
}
