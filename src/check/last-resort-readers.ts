/**
 * The readers tried last (round 35, split out of readers.ts to keep it readable in one sitting):
 * each runs only when no reader of the main pass decided or held a reading, and none can say more
 * than NOT_ENOUGH_INFO: a definite name two things of the graph fit, a compound read in part, a
 * reading the ontology's types rule out, a kind with words before it. Spread at the end of
 * UNREAD_READERS, in this order.
 */
import { readRefutedPart } from './compound.js';
import { readBareDefinite } from './definite-choice.js';
import { readIllTyped } from './ill-typed.js';
import { undecidedModifiedKind } from './kinds.js';
import { withParts } from './result.js';
import { claimOf, evaluatedBy, type UnreadReader } from './reader-kit.js';

/** The last-resort readers, in the order they are tried (see the module comment). */
export const LAST_RESORT_READERS: readonly UnreadReader[] = [
  { name: 'bare-definite', module: 'definite-choice.ts', lastResort: true, read: ({ ctx, text, recheck }) => readBareDefinite(ctx, text, recheck),
    reads: '"The summit took place in July 2015" with two summits in the graph and no label "the summit": each read and shown, held (last resort, round 23)' },
  {
    name: 'read-in-part',
    module: 'compound.ts',
    reads: '"A and B" where A reads and B not at all: not enough information, the part read shown',
    lastResort: true,
    read: ({ ctx, text }) => {
      const half = readRefutedPart(ctx, text, true);
      if (!half) return undefined;
      const r = withParts(ctx, claimOf(text), [half.part]);
      return { decided: { ...r, verdict: 'NOT_ENOUGH_INFO', reason: 'compound', conflict: false, evidence: r.evidence.map((e) => ({ ...e, stance: 'related' as const })),
        explanation: `Read in part: "${half.part.text}" is ${half.part.evaluation.verdict === 'SUPPORTED' ? 'supported' : 'not decided'}, but "${half.unread}" could not be read, so the claim as a whole is not decided. ${half.part.evaluation.explanation}` } };
    },
  },
  {
    name: 'ill-typed',
    module: 'ill-typed.ts',
    reads: '"Zenda is a member of the League": a reading the ontology\'s types rule out (a city is no agent), shown with the name that does not fit; always NOT_ENOUGH_INFO (last resort)',
    lastResort: true,
    read: evaluatedBy(readIllTyped),
  },
  {
    name: 'modified-kind',
    module: 'kinds.ts',
    reads: '"X is a commercial bank" of a bank: the class shared, the words before it not stated; always NOT_ENOUGH_INFO (last resort)',
    lastResort: true,
    read: ({ ctx, text }) => { const r = undecidedModifiedKind(ctx, text); return r && { held: r }; },
  },
];
