/**
 * Readers of descriptions said in place of a plain subject (round 30, branch desc30), registered
 * in src/check/readers.ts as one group: a capital standing for its government, and "X has Y as
 * its Z" said as "X's Z is Y"; round 31 (desc31): a name identified with a description; round 32
 * (desc32): a subject described by its place, and a doubt judged by its speaker's words.
 */
import { readCapitalGovernment } from './capital-government.js';
import { readHasAs } from './has-as.js';
import { readIdentified } from './identified-description.js';
import { readPlaceSubject } from './place-described.js';
import { readDoubtWords } from './doubt-words.js';
import type { UnreadReader } from './reader-kit.js';

/** The readers, in the order they are tried. */
export const DESCRIPTION_READERS: readonly UnreadReader[] = [
  { name: 'place-described', module: 'place-described.ts', needs: /^\s*the\s/i, read: readPlaceSubject,
    reads: '"The bank in Zenda elected X", "The Zenda lender\'s president is X": a subject described by its place, read as the one entity of its class the graph places there (round 32)' },
  { name: 'capital-government', module: 'capital-government.ts', read: readCapitalGovernment,
    reads: 'a capital standing for its government: a city the graph gives one country (cg:capitalOf), read as that country where the relation refuses a city (round 30)' },
  { name: 'has-as', module: 'has-as.ts', needs: /\bas\s+(?:its|their)\b/i, read: readHasAs,
    reads: '"The League has Firefly as its president": read as "The League\'s president is Firefly" (round 30)' },
  { name: 'identified-description', module: 'identified-description.ts', whenUndecided: true, needs: /\b(?:is|was)\s+the\b/i, read: readIdentified,
    reads: '"Freedonia is the republic that stayed out of the League", "Zenda is the city in which the Bank opened": the clause said of the name, its kind, and no other thing of the kind that fits (round 31)' },
  { name: 'doubt-words', module: 'doubt-words.ts', needs: /doubt/i, read: readDoubtWords,
    reads: '"Zed Q. doubts that P": refuted when Zed Q.\'s own words say P ("does not doubt": supported), else held; never decided by P itself (round 32)' },
];
