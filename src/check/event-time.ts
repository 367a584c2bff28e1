/**
 * The time of a deed done at an event (round 23): "The League held a summit in Zenda in July 2015",
 * "Rufus attended the gala in 2015". The graph dates the event itself (`cg:heldOn`, functional)
 * and states the deed without a time, so the reading with the time is left undecided ("the source
 * states no date"). For a property the lexicon marks as done at the event's time
 * (`cg:atEventTime`: hosting, attending, speaking at, organising), the claim is read as two
 * statements, the deed without its time and the event held at that time, and is SUPPORTED when the
 * graph supports both. A time the event's date excludes is not taken to refute the deed (an
 * organiser may have done its part before): the claim is then left to the other readers.
 */
import { NS, type CheckContext } from './context.js';
import { isA } from './claim-index.js';
import { bestReading } from './implied-object.js';
import { entityName } from './prose.js';
import type { CheckValue, Interpretation } from './types.js';
import { evaluateClaim, type Evaluation } from './verdict.js';

const timed = new WeakMap<object, Set<string>>();

/** The properties the lexicon marks as done at the event's time (`cg:atEventTime`). */
function atEventTime(ctx: CheckContext): Set<string> {
  let out = timed.get(ctx.lexicon);
  if (!out) {
    out = new Set(ctx.lexicon.getQuads(null, `${NS.cg}atEventTime`, null, null).map((q) => q.subject.value));
    timed.set(ctx.lexicon, out);
  }
  return out;
}

/** The time qualifiers a claim may date its deed with. */
const TIME_KEYS = ['date', 'year'];

/**
 * Reads a deed at an event with a time (see the module comment); undefined when the claim is not
 * one, or the graph does not support both statements.
 *
 * @example
 * ```ts
 * readEventTime(ctx, 'The League held a summit in Zenda in July 2015.')?.evaluation.verdict; // 'SUPPORTED'
 * ```
 */
export function readEventTime(ctx: CheckContext, text: string): { interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const props = atEventTime(ctx);
  if (!props.size) return undefined;
  const read = bestReading(ctx, text);
  if (!read || read.evaluation.verdict !== 'NOT_ENOUGH_INFO') return undefined;
  const q = read.interpretation;
  if (q.polarity !== 'positive' || q.modality !== 'stated' || !props.has(q.predicate)) return undefined;
  const times = TIME_KEYS.filter((k) => q.qualifiers[k]);
  if (times.length !== 1) return undefined;
  const event = [q.subject, q.object].find((v): v is Extract<CheckValue, { kind: 'entity' }> => v.kind === 'entity' && isA(ctx, v.iri, `${NS.cg}Event`));
  if (!event) return undefined;
  const time = q.qualifiers[times[0]!]!;
  const qualifiers = { ...q.qualifiers };
  delete qualifiers[times[0]!];
  const deed = evaluateClaim(ctx, { ...q, qualifiers });
  if (deed.verdict !== 'SUPPORTED') return undefined;
  const held = evaluateClaim(ctx, {
    subject: event, predicate: `${NS.cg}heldOn`, predicateName: 'heldOn', object: time, polarity: 'positive', modality: 'stated', qualifiers: {},
  });
  if (held.verdict !== 'SUPPORTED') return undefined;
  const name = entityName(ctx, event.iri);
  return {
    interpretation: { ...q, notes: [...(q.notes ?? []), `the time read as the time of ${name}, at which the deed was done (lexicon cg:atEventTime)`] },
    evaluation: {
      verdict: 'SUPPORTED', reason: 'direct', conflict: false, bearings: [...deed.bearings, ...held.bearings],
      explanation: `Read as two statements, the deed and the time of ${name}: ${deed.explanation} ${held.explanation}`,
    },
  };
}
