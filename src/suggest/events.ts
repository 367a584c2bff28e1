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

/** The properties of a companion's visit (ontology terms). */
const TRAVELLED_WITH = 'travelledWith';
const VISITED = 'visited';
/** Less sure than the two statements it rests on. */
const COMPANION_WEIGHT = 0.85;

/**
 * Those who travel with a visitor visit too: "X took a delegation with him for his visit to Y"
 * (X travelledWith the delegation, X visited Y) says the delegation visited Y. Only from two
 * positive statements of the same sentence about the same traveller, with the same modality.
 *
 * @example
 * ```ts
 * companionVisits(readings); // [{ subject: delegation, predicate: 'visited', object: Y }]
 * ```
 */
export function companionVisits(readings: readonly ArticleReading[]): ArticleReading[] {
  const out: ArticleReading[] = [];
  const id = (v: ArticleReading['subject']): string | undefined => (v.kind === 'entity' ? v.id : undefined);
  for (const w of readings) {
    if (w.predicate !== TRAVELLED_WITH || w.polarity !== 'positive' || !id(w.subject) || !id(w.object)) continue;
    for (const v of readings) {
      if (v.predicate !== VISITED || v.polarity !== 'positive' || id(v.subject) !== id(w.subject) || v.modality !== w.modality) continue;
      out.push({
        subject: w.object, predicate: VISITED, object: v.object, polarity: 'positive', modality: v.modality, qualifiers: v.qualifiers,
        begin: Math.min(w.begin, v.begin), end: Math.max(w.end, v.end), confidence: Math.min(w.confidence, v.confidence) * COMPANION_WEIGHT,
        why: `those who travel with a visitor visit too: ${id(w.subject)} travelledWith ${id(w.object)} (${w.why}) and visited (${v.why})`,
      });
    }
  }
  return out;
}
