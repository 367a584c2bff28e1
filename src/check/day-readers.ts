/**
 * Entries of the reader table (src/check/readers.ts) for the day of a thing: its weekday (round 11,
 * round 18), a day without its year (round 18), the place of a dated event (and, round 23, a place
 * the graph does not know, a deed dated by its event) and a bounded year, kept
 * here so the table stays under its size limit; they are spread into the table at one place, in
 * this order.
 */
import { readWeekdayFrame } from './weekday-frames.js';
import { readWeekdayWithin, readYearless } from './date-parts.js';
import { readDatedPlace } from './dated-place.js';
import { DATED_MENTION_NEEDS, readDatedMention, readUndatedMention } from './dated-mention.js';
import { PLACE_APPOSITION_NEEDS, readPlaceApposition } from './place-apposition.js';
import { readEventTime } from './event-time.js';
import { readUnknownCity } from './unknown-city.js';
import { boundYearAfterIn } from './date-ranges.js';
import { BOTH_IN_NEEDS, readBothIn } from './both-in.js';
import { evaluatedBy, rewrittenBy, type UnreadReader } from './reader-kit.js';

/** The entries, in the order they are tried. */
export const DAY_READERS: readonly UnreadReader[] = [
  {
    name: 'both-in',
    module: 'both-in.ts',
    reads: '"Both the gala and the summit took place in 2015", "A and B both fell in January 2016", "A took place earlier in 2015 than B": each side dated as a span side, set against the period (and the order) (round 27)',
    whenUndecided: true,
    needs: BOTH_IN_NEEDS,
    read: evaluatedBy(readBothIn),
  },
  {
    name: 'dated-mention',
    module: 'dated-mention.ts',
    reads: '"The July 2015 League summit was held in Zenda", "Zenda hosted the League\'s July 2015 summit": an event named by its kind and a date, read as the one event of those words the graph dates so (none or two: no reading); an undecided reading is held (round 26)',
    whenUndecided: true,
    needs: DATED_MENTION_NEEDS,
    read: readDatedMention,
  },
  {
    name: 'undated-mention',
    module: 'dated-mention.ts',
    reads: '"The June 2017 League summit was held in Zenda": an event named by a kind and a date the graph dates none of its events at, read with each it dates otherwise and shown; always held (last resort, round 32)',
    lastResort: true,
    needs: DATED_MENTION_NEEDS,
    read: readUndatedMention,
  },
  {
    name: 'weekday-frame',
    module: 'weekday-frames.ts',
    reads: '"X\'s tour began on a Thursday": the weekday of the one trip\'s first or last day (another weekday refutes); "The parade fell on a Thursday" as "took place on" (round 11)',
    read: readWeekdayFrame,
  },
  {
    name: 'weekday-within', module: 'date-parts.ts', reads: '"X opened on a Saturday in December 2015": the weekday and the period, two statements of one day (round 18)', read: readWeekdayWithin,
  },
  {
    name: 'yearless-day', module: 'date-parts.ts', reads: '"X ended his tour on October 28", "... in October": the day (round 18) or month (round 28) on a year the graph gives it; only a support decides, or a single-valued date (any year); a month on no such year is held with its reading', read: readYearless,
  },
  {
    name: 'dated-place',
    module: 'dated-place.ts',
    reads: '"The bank was opened in Gala City [on January 16, 2016]": the place of a single dated event, read from the location the graph gives the one event (another city, or a place in another country, refutes)',
    whenUndecided: true,
    read: evaluatedBy(readDatedPlace),
  },
  {
    name: 'place-apposition',
    module: 'place-apposition.ts',
    reads: '"Ann Author is a fellow at ZI, Gala City": an organisation\'s city after a comma read as its place (as with in), not a second statement; an undecided reading is held (round 26)',
    whenUndecided: true,
    needs: PLACE_APPOSITION_NEEDS,
    read: readPlaceApposition,
  },
  {
    name: 'unknown-city',
    module: 'unknown-city.ts',
    reads: '"X signed deals with Y in Gala City": a deed placed in a city the graph does not know, read without it (refuted refutes; otherwise held, the reading shown) (round 23)',
    read: readUnknownCity,
  },
  {
    name: 'event-time',
    module: 'event-time.ts',
    reads: '"The League held a summit in Zenda in July 2015": a deed done at an event (lexicon cg:atEventTime), dated by the event\'s own date; only a support decides (round 23)',
    whenUndecided: true,
    read: evaluatedBy(readEventTime),
  },
  {
    name: 'bounded-year',
    module: 'date-ranges.ts',
    reads: '"X became operational before 2010": a bounded year where the pattern takes "in {year}"',
    read: rewrittenBy((_ctx, text) => boundYearAfterIn(text)),
  },
];
