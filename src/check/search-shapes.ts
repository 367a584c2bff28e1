/**
 * Claims typed as a search-box query (round 27): "X date = Y?", "date of X: Y", "X = Y?". The query
 * names no verb; its "=" (or the colon after "date") says "is", and a date noun says the thing took
 * place on the day. The statement built is checked by the whole checker, so a query keeps no more
 * and no less than "X was on Y" or "X is Y" would.
 *
 * Not read: a query with a "not", a second "=", an "or" among its values (it asks which), or a date
 * noun whose value holds no day, month or year.
 *
 * @example
 * ```ts
 * searchQueryStatement('gala opening date = 3 may 2011?'); // { core: 'The gala opening was on 3 may 2011.', ... }
 * searchQueryStatement('league president = rufus firefly?'); // { core: 'The league president is rufus firefly.', ... }
 * ```
 */
import { MONTH_OR_ABBREV } from './calendar-names.js';
import type { Peeled } from './sentence-shapes.js';
import { cachedRegExp } from './regex-memo.js';

/** A value that names a day, a month or a year. */
const DATE_VALUE = cachedRegExp(`\\b(?:\\d{4}|${MONTH_OR_ABBREV})\\b`, 'i');

/** The date nouns of a query: "date", "day" (never "time", a clock or a duration). */
const DATE_NOUN = '(?:date|day)';

/** A word of the edge of a span: "X start date" is the start of X. */
const EDGE = /^(.+?)\s+(start|end|beginning|close|entry\s+into\s+force)$/i;

/** "the" before a thing named without a determiner or owner. */
function determined(x: string): string {
  return /^(?:the|a|an|this|that)\s/i.test(x) || /['\u2019]s?\s/.test(x) ? x : `the ${x}`;
}

/** "X on Y" for a thing and its day: "the end of X" for an edge of the span X. */
function onDay(thing: string, day: string): string {
  const edge = EDGE.exec(thing.replace(/^the\s+/i, ''));
  const subject = edge ? `the ${edge[2]!.toLowerCase()} of ${determined(edge[1]!)}` : determined(thing);
  return `${subject} was on ${day}`;
}

/**
 * The statement a search-box query asks, or undefined when the text is no such query.
 */
export function searchQueryStatement(text: string): Peeled | undefined {
  const t = text.trim().replace(/[?!.\s]+$/, '').replace(/\s+/g, ' ');
  if (/\bnot\b|n't\b|\bor\b/i.test(t)) return undefined;
  const done = (core: string, shape: string): Peeled => ({ core: `${core[0]!.toUpperCase()}${core.slice(1)}.`, shape });
  // "date of X = Y", "date of X: Y"
  const dateOf = cachedRegExp(`^(?:the\\s+)?${DATE_NOUN}\\s+of\\s+(.+?)\\s*(?:=|:)\\s*(.+)$`, 'i').exec(t);
  if (dateOf && DATE_VALUE.test(dateOf[2]!) && !/[=:]/.test(dateOf[2]!)) return done(onDay(dateOf[1]!, dateOf[2]!), 'a search query for a date');
  // "X date = Y", "X date: Y"
  const dated = cachedRegExp(`^(.+?)\\s+${DATE_NOUN}\\s*(?:=|:)\\s*(.+)$`, 'i').exec(t);
  if (dated && DATE_VALUE.test(dated[2]!) && !/[=:]/.test(dated[2]!) && !/[=:]/.test(dated[1]!)) return done(onDay(dated[1]!, dated[2]!), 'a search query for a date');
  // "X = Y": the sign read as "is"
  const eq = /^([^=()]+?)\s*=\s*([^=()]+)$/.exec(t);
  if (eq && eq[1]!.split(' ').length >= 2) return done(`${determined(eq[1]!)} is ${eq[2]}`, 'a search query with "="');
  return undefined;
}
