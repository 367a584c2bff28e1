/**
 * Entries of the reader table (src/check/readers.ts) that compare two amounts or ranks the graph
 * holds: two amounts, a multiple, two clauses, two ranks or a superlative, "A has a larger N than
 * B", and a comparison denied (rounds 11-15). Kept here so the table stays under its size limit;
 * they are spread into the table at one place, in this order.
 */
import { readClauseComparison } from './clause-comparisons.js';
import { readComparison } from './comparisons.js';
import { DEGREE_NEEDS, readDegree } from './degree-comparisons.js';
import { readClauseLikeness, readEqualAmounts } from './equal-amounts.js';
import { demonymGiverRewrite } from './demonym-giver.js';
import { readMultiple } from './multiples.js';
import { DIFFERENCE_NEEDS, readDifference } from './differences.js';
import { readRankComparison, superlativeRewrite } from './rank-comparisons.js';
import { HAVE_COMPARISON_NEEDS, haveComparisonRewrite } from './have-comparisons.js';
import { THAN_NEEDS } from './reader-gates.js';
import { decideNegatedComparison, NEGATED_COMPARISON_NEEDS, negatedComparison } from './said-otherwise.js';
import { finish, restate } from './result.js';
import { VERB_BOUND_NEEDS, verbBoundRewrite } from './verb-bounds.js';
import { claimOf, decided, evaluatedBy, heldWhenUndecided, rewrittenBy, rewrittenHeld, type UnreadReader } from './reader-kit.js';

/** The entries, in the order they are tried. */
export const COMPARISON_READERS: readonly UnreadReader[] = [
  {
    name: 'value-comparison',
    module: 'comparisons.ts',
    reads: '"A\'s aid to B was larger than its grants to C": two amounts of the graph',
    read: evaluatedBy(readComparison),
  },
  {
    name: 'equal-amounts',
    module: 'equal-amounts.ts',
    reads: '"A\'s aid to B was about as large as its grants to C", "A\'s pledges to B and C were roughly equal": two amounts said alike, within 10% (refuted beyond 25%) (round 20); an undecided reading is held',
    read: ({ ctx, text }) => {
      const x = readEqualAmounts(ctx, text);
      const r = x && finish(ctx, claimOf(text), x.interpretation, x.evaluation);
      return r && (r.verdict === 'NOT_ENOUGH_INFO' ? { held: r } : { decided: r });
    },
  },
  {
    name: 'multiple',
    module: 'multiples.ts',
    reads: '"A\'s aid to B is ten times its grants to C", "... more than twenty times ...": the ratio of two amounts against the multiple (a plain one within 15%) (round 14)',
    read: evaluatedBy(readMultiple),
  },
  {
    name: 'difference', needs: DIFFERENCE_NEEDS,
    module: 'differences.ts',
    reads: '"The difference between A\'s aid to B and its grants to C is less than $5 million", "the gap between ... exceeds ...", "A and B differ by about ...": |A - B| against the amount said (round 26); an undecided reading is held',
    read: ({ ctx, text }) => {
      const x = readDifference(ctx, text);
      return heldWhenUndecided(x && finish(ctx, claimOf(text), x.interpretation, x.evaluation));
    },
  },
  {
    name: 'clause-comparison', needs: THAN_NEEDS,
    module: 'clause-comparisons.ts',
    reads: '"A pledged more aid to B than it extended to C", "B got more money from A than C": two amounts, each side a clause (an undecided reading is held)',
    read: ({ ctx, text }) => {
      const x = readClauseComparison(ctx, text);
      const r = x && finish(ctx, claimOf(text), x.interpretation, x.evaluation);
      return r && (r.verdict === 'NOT_ENOUGH_INFO' ? { held: r } : { decided: r });
    },
  },
  {
    name: 'clause-likeness',
    module: 'equal-amounts.ts',
    reads: '"A promised B about as much as it gave C", "B got roughly as much money from A as C": two amounts said alike, each side a clause in its own modality (round 21); an undecided reading is held',
    read: ({ ctx, text }) => {
      const x = readClauseLikeness(ctx, text);
      const r = x && finish(ctx, claimOf(text), x.interpretation, x.evaluation);
      return r && (r.verdict === 'NOT_ENOUGH_INFO' ? { held: r } : { decided: r });
    },
  },
  {
    name: 'demonym-giver',
    module: 'demonym-giver.ts',
    reads: '"B got more Freedonian aid than C" as "B got more aid from Freedonia than C" (round 20); an undecided reading is held',
    read: async ({ ctx, text, recheck }) => {
      const claim = demonymGiverRewrite(ctx, text);
      const r = claim ? await recheck(claim) : undefined;
      return heldWhenUndecided(r && restate(r, text, { explanation: `Read as "${claim}" (the giver said as an adjective). ${r.explanation}` }));
    },
  },
  {
    name: 'rank-comparison', needs: THAN_NEEDS,
    module: 'rank-comparisons.ts',
    reads: '"A holds a bigger stake in O than B", "A\'s economy is bigger than B\'s": two ranks, or a superlative',
    read: evaluatedBy(readRankComparison),
  },
  {
    name: 'superlative', needs: THAN_NEEDS,
    module: 'rank-comparisons.ts',
    reads: '"A has more N than any other country" as "A has the most N"',
    read: rewrittenBy(superlativeRewrite, 'more than any other is the most'),
  },
  {
    name: 'have-comparison', needs: HAVE_COMPARISON_NEEDS,
    module: 'have-comparisons.ts',
    reads: '"A has a larger N than B [does]" as "A\'s N is larger than B\'s", decided by the comparison readers (round 15); an undecided reading is held',
    read: async ({ ctx, text, recheck }) => {
      const claim = haveComparisonRewrite(ctx, text);
      const r = claim ? await recheck(claim) : undefined;
      return heldWhenUndecided(r && restate(r, text, { explanation: `Read as "${claim}" ("A has a larger N than B", "A outranks B in N" as "A's N is larger than B's"). ${r.explanation}` }));
    },
  },
  {
    name: 'negated-comparison', needs: NEGATED_COMPARISON_NEEDS,
    module: 'said-otherwise.ts',
    reads: '"A\'s aid was no more than B", "A was not as large as B", "A is no less than B": the comparison denied (its verdict inverted) or the converse one, decided by the comparison readers (round 14)',
    read: async ({ text, recheck }) => {
      const n = negatedComparison(text);
      return decided(n && decideNegatedComparison(text, n, await recheck(n.claim)));
    },
  },
  {
    name: 'verb-bound', needs: VERB_BOUND_NEEDS,
    module: 'verb-bounds.ts',
    reads: '"will stretch past the N km mark", "will top out at N", "runs to N", "X trails only Y\'s", "A was more generous to B than to C", "A gave B a bigger N than it gave C": the bound, ceiling, rank or comparison said in the words the other readers take (round 34)',
    read: rewrittenHeld(verbBoundRewrite, 'a comparison, bound or rank said with a verb idiom'),
  },
];

/**
 * The degree of a comparison ("slightly larger", "far exceeds"), tried first in the table (before
 * the possessive and recipient rewrites, which read the degree word as part of a side): the
 * comparison without it is read by the whole reader.
 */
export const DEGREE_READERS: readonly UnreadReader[] = [
  {
    name: 'degree-comparison', needs: DEGREE_NEEDS,
    module: 'degree-comparisons.ts',
    reads: '"A\'s aid to B was slightly larger than C\'s", "A\'s deals are far bigger than its aid to B": the comparison without its degree word, then the degree against the two amounts (slight: within 10%, wide: 50% or more) (round 27); an undecided reading is held',
    read: readDegree,
  },
];
