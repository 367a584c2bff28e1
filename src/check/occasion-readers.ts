/**
 * Readers of an event and who was at it, said in shapes of their own (round 30, branch own30),
 * registered in src/check/readers.ts as one group: an event named by a compound of its owner and
 * a noun ("the League opening" for "the League's opening", src/check/compound-possessive.ts), and
 * a person representing a state at an event (src/check/represented-by.ts); round 31 (shapes31): a
 * clause with one member of its subject named after it ("..., Sylvania among them",
 * src/check/among-them.ts); round 32 (quant32): a quantifier over a closed set
 * (src/check/quantified-set.ts).
 */
import { AMONG_THEM_READERS } from './among-them.js';
import { COMPOUND_POSSESSIVE_READERS } from './compound-possessive.js';
import { QUANTIFIED_SET_READERS } from './quantified-set.js';
import type { UnreadReader } from './reader-kit.js';
import { REPRESENTED_BY_READERS } from './represented-by.js';

/** The readers, in the order they are tried. */
export const OCCASION_READERS: readonly UnreadReader[] = [...COMPOUND_POSSESSIVE_READERS, ...REPRESENTED_BY_READERS, ...AMONG_THEM_READERS, ...QUANTIFIED_SET_READERS];
