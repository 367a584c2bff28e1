/**
 * The reader-table entries for a claim read in part (round 24: out of readers.ts, at its 800-line
 * limit): "A and B" where one side reads and is refuted and the other does not read at
 * all is refuted, since a conjunction with a refuted part is refuted whatever the other part says.
 * The cut itself, and when it is not made (two names joined by "and", a list, "or"), is
 * src/check/compound.ts's readRefutedPart. A closing apposition that renames the object
 * ("..., the Acme Bank") is read as the clause before it (src/check/identity-apposition.ts).
 */
import { readRefutedPart } from './compound.js';
import { readIdentityApposition } from './identity-apposition.js';
import { claimOf } from './reader-kit.js';
import type { UnreadReader } from './reader-kit.js';
import { withParts } from './result.js';

/**
 * The refuted-part entry, spread into UNREAD_READERS at its place in the order.
 *
 * @example
 * ```ts
 * const readers = [...PART_READERS]; // [{ name: 'refuted-part', ... }]
 * ```
 */
export const PART_READERS: readonly UnreadReader[] = [
  {
    name: 'refuted-part',
    module: 'compound.ts',
    reads: '"A and B" where B reads and is refuted, A not at all: refuted',
    read: ({ ctx, text }) => {
      const partial = readRefutedPart(ctx, text);
      if (!partial) return undefined;
      const r = withParts(ctx, claimOf(text), [partial.part]);
      return { decided: { ...r, explanation: `Read in part: "${partial.unread}" could not be read, but "${partial.part.text}" is refuted, and a conjunction with a refuted part is refuted. ${partial.part.evaluation.explanation}` } };
    },
  },
  {
    // round 26 (words26): a closing apposition renaming the object is no second clause
    name: 'identity-apposition',
    module: 'identity-apposition.ts',
    reads: '"Rufus leads the Metro-based lender, the Acme Bank": the clause, when its object is the named thing',
    needs: /,\s+\S[^,]*$/,
    whenUndecided: true,
    read: readIdentityApposition,
  },
];
