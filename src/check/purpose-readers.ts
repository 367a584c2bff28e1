/**
 * Entries of the reader table (src/check/readers.ts) that say a purpose in the words the purpose
 * readers take: without "mainly", a part of a package ("part of X's aid is meant to P"), the
 * connectives ("with a view to V-ing"), a gerund as an infinitive, then the purpose shapes of
 * src/check/purpose-nouns.ts. Split out of readers.ts (round 38) to keep the table under its size
 * limit; spread into the table at one place, in this order.
 */
import { readPurposeConnective } from './purpose-connectives.js';
import { readGerundPurpose } from './purpose-gerund.js';
import { PURPOSE_SHAPE_READERS } from './purpose-nouns.js';
import { readMainPurpose } from './purpose-main.js';
import { purposePartRewrite, readContraryHelp } from './purpose-parts.js';
import { rewrittenBy, type UnreadReader } from './reader-kit.js';

/** The entries, in the order they are tried. */
export const PURPOSE_READERS: readonly UnreadReader[] = [
  {
    name: 'main-purpose',
    module: 'purpose-main.ts',
    reads: '"X\'s aid to Y was mainly / chiefly / primarily (meant) for P": the claim without the adverb; undecided only by statements naming no purpose, refuted when every purpose the graph gives is another (round 15)',
    whenUndecided: true,
    read: readMainPurpose,
  },
  {
    name: 'purpose-part',
    module: 'purpose-parts.ts',
    reads: '"Part of X\'s aid is meant to P": "X\'s aid is partly meant to P"; "X promotes exports of O to Y to help P": "X seeks to help P by promoting exports of O to Y" (round 15)',
    read: rewrittenBy(purposePartRewrite, 'a part of a package, or a deed done to help, in the words the purpose readers take'),
  },
  {
    name: 'contrary-help',
    module: 'purpose-parts.ts',
    reads: '"X promotes exports of O to Y in order to weaken P": refuted when "X seeks to help P by promoting exports of O to Y" is supported (lexicon cg:weakeningVerb; round 41)',
    read: readContraryHelp,
  },
  {
    name: 'purpose-connective',
    module: 'purpose-connectives.ts',
    reads: '"is partly intended to", "with a view to V-ing", "to V1 X and to V2 Y", "through V-ing", "X\'s focus on F serves to P", "Through X, Y would gain Z": in the words the purpose readers take (round 12)',
    read: readPurposeConnective,
  },
  {
    name: 'purpose-gerund',
    module: 'purpose-gerund.ts',
    reads: '"as a means of V-ing", "for V-ing X" after a deed, "is mainly for V-ing": the infinitive the purpose readers take (round 19)',
    read: readGerundPurpose,
  },
  ...PURPOSE_SHAPE_READERS,
];
