/**
 * Entries of the reader table (src/check/readers.ts) for weekdays and year notations (round 12),
 * counts over closed lists, events named with their organiser and spans said as full (round 17),
 * kept here so the table stays under its size limit; they are spread into the table at one
 * place, in this order.
 */
import { readClosedListCount } from './closed-lists.js';
import { readDatedWeekday } from './dated-weekday.js';
import { readYearNotation } from './year-notation.js';
import { separateSpanRewrite, spelledDayRewrite } from './date-words.js';
import { readEventOf } from './event-of.js';
import { COUNT_SHAPE_NEEDS, readCountShape } from './count-shapes.js';
import { fullSpanRewrite } from './full-spans.js';
import { soFarRewrite } from './so-far.js';
import { PERSON_EVENT_NEEDS, personEventRewrite } from './person-event.js';
import { rewrittenBy, type UnreadReader } from './reader-kit.js';

/** The entries, in the order they are tried. */
export const COUNT_TIME_READERS: readonly UnreadReader[] = [
  {
    name: 'dated-weekday',
    module: 'dated-weekday.ts',
    reads: '"on Saturday, 16 January 2016", "on the 22nd of October 2015, a Thursday": the weekday of a full date computed and shown, the claim checked with the date alone (another weekday refutes a decided date) (round 12)',
    read: readDatedWeekday,
  },
  {
    name: 'year-notation',
    module: 'year-notation.ts',
    reads: '"in \'06", "at the end of 2009", "early in 2016": the year written out; "in the 1990s": "after 1989" and "before 2000" each rechecked (round 12)',
    read: readYearNotation,
  },
  {
    name: 'spelled-day',
    module: 'date-words.ts',
    reads: '"on the first of November 2015", "November the twenty-eighth": a day of the month spelled as an ordinal, written in digits (round 19)',
    read: rewrittenBy((_ctx, text) => spelledDayRewrite(text), 'a day of the month spelled out, written in digits'),
  },
  {
    name: 'separate-span',
    module: 'date-words.ts',
    reads: '"About eleven months separate the gala from the summit", "X and Y were separated by two years", "the gap between X and Y was about a year" (round 30): the span said as "N passed between X and Y" (round 19)',
    read: rewrittenBy((_ctx, text) => separateSpanRewrite(text), 'a span said with "separate" or as a gap, said as the time that passed between the two'),
  },
  {
    name: 'closed-list-count',
    module: 'closed-lists.ts',
    reads: '"Rufus hosted three foreign envoys at the Gala", "the leaders of four states launched the canal": a count over a list the graph closes (a cg:listedCount claim), compared with its size; also on an undecided reading (round 17)',
    whenUndecided: true,
    read: readClosedListCount,
  },
  {
    name: 'count-shape', needs: COUNT_SHAPE_NEEDS,
    module: 'count-shapes.ts',
    reads: '"Of the five Ruritanian states, only one is outside the League" (a partitive said first), "Sylvania is the sole Ruritanian state that did not join the League" (Sylvania did not, and only one of the states did not: the inner clause read by the whole reader), "Every Ruritanian state but one joined" (all but one of), "a total of five" (five) (round 38); undecided readings are held (round 26)',
    read: readCountShape,
  },
  {
    name: 'event-of',
    module: 'event-of.ts',
    reads: '"the Gala summit of the League is planned for June 2016": the event said with its organiser as a possessive ("the League\'s Gala summit"), when the graph says the party organises it (round 17)',
    read: readEventOf,
  },
  {
    name: 'so-far',
    module: 'so-far.ts',
    reads: '"The League has so far approved two loans", "..., to date": the time up to the source\'s own, which a claim without a date is checked for (round 20)',
    read: rewrittenBy((_ctx, text) => soFarRewrite(text), '"so far" is the time of the latest source'),
  },
  {
    name: 'full-span',
    module: 'full-spans.ts',
    reads: '"a full month after", "two whole weeks", "an entire year": the span said with "at least" (round 17)',
    read: rewrittenBy((_ctx, text) => fullSpanRewrite(text), 'a full span is at least that long'),
  },
  {
    name: 'person-event', needs: PERSON_EVENT_NEEDS,
    module: 'person-event.ts',
    reads: '"Rufus went to Sylvania two years before Zed [did]": a bare person as the second event, the first clause\'s verb phrase said of them (round 36)',
    read: rewrittenBy(personEventRewrite, 'a bare person after "before"/"after" did what the first clause says'),
  },
];
