/**
 * An event's statement dated to one day dates the event: "launched construction at a ceremony
 * near X on Sunday" (the ceremony was held near X, on that Sunday) also says the ceremony was held
 * that day (cg:heldOn: the date a one-day event was held). Only a whole day (YYYY-MM-DD) read
 * as the date of a statement whose subject is an event; a month, a year or a range dates
 * nothing here.
 */
import type { ArticleReading } from './types.js';

/** The property of an event's day (an ontology term). */
const HELD_ON = 'heldOn';
/** Less sure than the statement the date was read with: the date may belong to the verb, not the event. */
const EVENT_DATE_WEIGHT = 0.85;

/**
 * The heldOn readings of the event readings of a sentence.
 *
 * @example
 * ```ts
 * eventDates(readings, (id, cls) => classesOf(id).includes(cls)); // [{ subject: ceremony, predicate: 'heldOn', object: 2015-12-13 }]
 * ```
 */
export function eventDates(readings: readonly ArticleReading[], isA: (id: string, cls: string) => boolean): ArticleReading[] {
  const out: ArticleReading[] = [];
  for (const r of readings) {
    const date = r.qualifiers.date;
    if (r.predicate === HELD_ON || r.subject.kind !== 'entity' || !isA(r.subject.id, 'Event') || r.polarity !== 'positive') continue;
    if (date?.kind !== 'literal' || !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) continue;
    out.push({
      subject: r.subject, predicate: HELD_ON, object: date, polarity: 'positive', modality: r.modality, qualifiers: {},
      begin: r.begin, end: r.end, confidence: r.confidence * EVENT_DATE_WEIGHT,
      why: `the day of a statement about an event is the event's day: "${date.mention || date.value}" dates ${r.subject.id} (${r.why})`,
    });
  }
  return out;
}
