/**
 * The host's count is the event's (round 29): "Rufus T. Firefly had three foreign guests at the
 * gala" reads as a guest count with a person as its subject, which the property's domain (an
 * event) rules out. Where the graph states that the person hosted the event the claim names, a
 * count of the event said of its host is the event's own: the claim is read with the event as
 * the subject (the explanation says so). Only a stated, positive hosting claim for that very
 * event lets the event stand in; a person who merely attended it does not.
 */
import { NS, type CheckContext } from './context.js';
import { scopedIndex } from './claim-index.js';
import { fitsClass } from './parser.js';
import type { Interpretation } from './types.js';

/**
 * The claim read with its event as the subject, when the subject misfits the property's domain,
 * the event fits it, and the graph states the subject hosted the event; undefined otherwise.
 *
 * @example
 * ```ts
 * hostedEventReading(ctx, interp)?.subject.label; // 'Gala' for "Firefly had three guests at the gala"
 * ```
 */
export function hostedEventReading(ctx: CheckContext, i: Interpretation): { interpretation: Interpretation; note: string } | undefined {
  const ev = i.qualifiers.event;
  const domain = ctx.axioms.domain.get(i.predicate);
  if (!ev || ev.kind !== 'entity' || i.subject.kind !== 'entity' || !domain || !fitsClass(ctx, ev.iri, domain)) return undefined;
  const hostOf = ctx.axioms.properties.get('hostOf') ?? `${NS.cg}hostOf`;
  const subject = i.subject.iri;
  const hosted = (scopedIndex(ctx).get(hostOf) ?? []).some((c) => c.polarity === 'positive' && c.modality === 'stated' && c.subject === subject && c.object.value === ev.iri);
  if (!hosted) return undefined;
  const { event: _dropped, ...qualifiers } = i.qualifiers;
  const note = `${i.subject.label} hosted ${ev.label} (the graph states it): a count of the event said of its host is the event's`;
  return { interpretation: { ...i, subject: ev, qualifiers, notes: [...(i.notes ?? []), note] }, note };
}
