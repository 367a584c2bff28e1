/**
 * Entries of the reader table (src/check/readers.ts) for figures and the packages they measure:
 * numbers, dates and parts of a year in the notation the patterns read, amounts in their frames
 * and shorthand, and an aid package named by a possessive or compared between recipients. Split
 * out of readers.ts (round 38) to keep the table under its size limit; spread into the table at
 * one place, in this order.
 */
import { readNotation } from './notation.js';
import { CALENDAR_PART_NEEDS, readCalendarPart } from './calendar-parts.js';
import { readAmountFrame } from './amount-frames.js';
import { readAmountNotation } from './amount-notation.js';
import { readPackageName } from './package-names.js';
import { readOwnedAmountComparison } from './owned-amount-comparison.js';
import { readRecipientComparison } from './recipient-comparisons.js';
import { readRecipientPossessive } from './recipient-possessive.js';
import { readElidedPossessive } from './elided-possessive.js';
import { readItsOwner } from './its-owner.js';
import { decided, type UnreadReader } from './reader-kit.js';

/** The entries, in the order they are tried. */
export const AMOUNT_READERS: readonly UnreadReader[] = [
  {
    name: 'notation',
    module: 'notation.ts',
    reads: '"one hundred and five million dollars", "as much as 33 bn", "X\'s projected cost is V", "25.12.2015", "9/3/2016" (both readings), "mid-2015" (its months): the claim in the notation the patterns read (round 10)',
    read: readNotation,
  },
  {
    name: 'calendar-part', needs: CALENDAR_PART_NEEDS,
    module: 'calendar-parts.ts',
    reads: '"in mid-December 2015", "at the end of October 2015", "in the summer of 2015": the part said once per day (month); a supported one supports, every one of a wider window refuted refutes (round 11)',
    read: readCalendarPart,
  },
  {
    name: 'amount-frame',
    module: 'amount-frames.ts',
    reads: '"X\'s cost is put / pegged at V", "X\'s price tag", "R got V in Freedonian aid": the amount in the frames the patterns read ("estimated at", the cost, "aid from Freedonia") (round 11)',
    read: readAmountFrame,
  },
  {
    name: 'amount-notation',
    module: 'amount-notation.ts',
    reads: '"Canal: est. cost ~US$5bn", "upwards of V", "V worth of deals were signed": a headline\'s colon and shorthand in words (readings decided must agree) (round 12); "100 000", "40 pc", "a couple of", "X\'s length tops V", "just under V" (round 25)',
    whenUndecided: true,
    read: readAmountNotation,
  },
  // before recipient-possessive: "R's N from G was bigger than S's" borrows "N from G" said by the claim, not by its rewrite
  { name: 'elided-possessive', module: 'elided-possessive.ts', read: readElidedPossessive,
    reads: '"A\'s aid package from B was bigger than C\'s": the bare possessive borrows the first side\'s head ("C\'s aid package from B"), checked again (round 21); so does "the Marsovian one" (round 38); an undecided reading is held' },
  { name: 'recipient-possessive', module: 'recipient-possessive.ts', read: readRecipientPossessive,
    reads: '"Sylvania\'s aid from Freedonia amounts to V": a package owned by its recipient, read as "Freedonia\'s aid to Sylvania" (lexicon cg:recipientNoun; round 19)' },
  { name: 'its-owner', module: 'its-owner.ts', read: readItsOwner, whenUndecided: true,
    reads: '"To assist its canal programme, Freedonia ... to Sylvania": "its" read as the possessive of the owner the graph gives the thing (cg:programmeOf), named in the claim (round 20b)' },
  { name: 'package-name', module: 'package-names.ts', whenUndecided: true, read: readPackageName,
    reads: '"the Sylvanian assistance", "the possible Freedonian grants to Sylvania", "X\'s Sylvanian aid package is worth V", "The $5m in grants to Sylvania is for V": the package as "X\'s aid to Sylvania", its value as the deed (round 12; amounts alone, round 28)' },
  { name: 'owned-amount-comparison', module: 'owned-amount-comparison.ts', needs: /'s\s+\S*\d/, read: readOwnedAmountComparison,
    reads: '"Sylvania\'s $5m edged out Grand Fenwick\'s $3m": each amount its recipient\'s package, and the comparison in the claim\'s verb; three statements (round 35)' },
  { name: 'recipient-comparison', module: 'recipient-comparisons.ts', whenUndecided: true, needs: /\b(?:than|what)\b/i, read: readRecipientComparison,
    reads: '"X pledged more aid to A than to B", "A received more from X than B did", "... than what it gave B": said as "X\'s aid to A was bigger than X\'s aid to B" (lexicon cg:givingVerb, cg:obtainingVerb; round 28)' },
];
