/**
 * The parts of a compound claim read by the table's readers (src/check/readers.ts), not only by
 * the lexicon's patterns: "Sylvania is officially recognised as neutral and is the only
 * Ruritanian country outside the League" (reader `only-outside` on the second part), "The Acme
 * Bank opened three weeks after its charter entered into force, and Rufus Firefly became its first
 * president" (reader `span` on the first).
 *
 * `readCompound` (src/check/compound.ts) is synchronous and the readers check asynchronously
 * (through `recheck`), so the cut is found by rounds: a round runs `readCompound` with a part
 * reader that answers from what earlier rounds rechecked and notes every part it was asked for and
 * could not answer; those parts are then known to the next round (each rechecked as a whole claim
 * of its own, in a context that does not cut again by readers, when a traversal first consults
 * it), and the next round tries again. The first round is exactly
 * the lexicon-only reading; the rounds stop when a cut reads, when no new part was asked for, or at
 * the budget. The compound rule is unchanged: SUPPORTED only when every part is, REFUTED when one
 * part is, otherwise NOT_ENOUGH_INFO with each part's reading shown.
 *
 * @example
 * ```ts
 * const parts = await readCompoundByReaders(ctx, 'Freedonia is neutral and is the only League state outside the Pact.', recheck);
 * parts?.map((p) => p.evaluation.verdict); // ['NOT_ENOUGH_INFO', 'SUPPORTED']
 * ```
 */
import { readCompound, type CompoundPart } from './compound.js';
import type { CheckContext } from './context.js';
import type { CheckResult } from './types.js';
import { checkBudget } from './recheck-depth.js';

/** Rounds of rechecking, and parts rechecked per claim at most (bounded work on long pasted sentences). */
const MAX_ROUNDS = 4;
const MAX_RECHECKS = 48;

/** Contexts a part is rechecked in: no second cut by readers inside them. */
const partContexts = new WeakMap<CheckContext, CheckContext>();
const isPart = new WeakSet<CheckContext>();

/**
 * The context a compound claim's part is checked in (the same graph, time and tense; registered so
 * that the part is not cut by readers again).
 *
 * @example
 * ```ts
 * await recheck('Freedonia is neutral', partContext(ctx));
 * ```
 */
export function partContext(ctx: CheckContext): CheckContext {
  let c = partContexts.get(ctx);
  if (!c) {
    c = { ...ctx };
    partContexts.set(ctx, c);
    isPart.add(c);
  }
  return c;
}

/**
 * Whether `ctx` is a compound claim's part's context (a part is read whole: no last-resort reading
 * in part, no second cut by readers).
 *
 * @example
 * ```ts
 * isPartContext(partContext(ctx)); // true
 * ```
 */
export function isPartContext(ctx: CheckContext): boolean {
  return isPart.has(ctx);
}

/** A checked claim as a part of a compound one (its evidence already collected). */
export function asPart(text: string, r: CheckResult): CompoundPart {
  return {
    text, elliptic: false, interpretation: r.interpretation, evidence: r.evidence,
    evaluation: { verdict: r.verdict, reason: r.reason, conflict: r.conflict, bearings: [], explanation: r.explanation },
  };
}

/**
 * A compound claim whose parts the lexicon alone does not read: each such part checked by
 * `recheck` (the whole pipeline, readers included); undefined when no cut reads every part, or
 * when `ctx` is itself a part's context.
 *
 * @example
 * ```ts
 * const parts = await readCompoundByReaders(ctx, text, (claim, c) => checkClaim(store, claim, { context: c }).catch(() => undefined));
 * ```
 */
export async function readCompoundByReaders(
  ctx: CheckContext, text: string, recheck: (claim: string, context?: CheckContext) => Promise<CheckResult | undefined>,
): Promise<CompoundPart[] | undefined> {
  if (isPart.has(ctx)) return undefined;
  const whole = text.trim().replace(/[.!?]+$/, '');
  // The rounds are those of the eager loop (round r's asked parts, in order and within the budget,
  // are known to round r + 1), but a known part is rechecked only when a traversal consults it
  // (round 34: of the users set's part rechecks 81% came out unread and most were never consulted;
  // the last round's were never used at all). `known` holds the rechecked parts, `held` the parts
  // the eager loop would have rechecked by now and this one has not yet.
  const known = new Map<string, CompoundPart[] | undefined>();
  const held = new Set<string>();
  let budget = MAX_RECHECKS;
  // one part reader for every traversal of this claim, answering from the traversal running now
  // (src/check/part-replay.ts keeps `readCompound`'s calls per reader, to replay them in the next)
  const noted: Noted = { asked: [], guessed: [] };
  const more = (part: string): CompoundPart[] | undefined => {
    const key = part.trim().replace(/[.!?,;]+$/, '');
    if (known.has(key)) return known.get(key);
    if (held.has(key)) {
      if (!noted.guessed.includes(key)) noted.guessed.push(key);
      return undefined;
    }
    if (key !== whole && !noted.asked.includes(key)) noted.asked.push(key);
    return undefined;
  };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    checkBudget();
    const { parts, asked } = await traverse(ctx, text, known, held, noted, more, recheck);
    if (parts) return parts;
    // the eager loop rechecked the last round's asked parts and then stopped: nothing to recheck
    if (!asked.length || budget <= 0 || round === MAX_ROUNDS - 1) return undefined;
    for (const key of asked) {
      if (budget-- <= 0) break;
      held.add(key);
    }
  }
  return undefined;
}

/** What the running traversal's part reader was asked: parts neither known nor held, and held parts (guessed unread). */
interface Noted {
  asked: string[];
  guessed: string[];
}

/**
 * One round's traversal with every held part it consults rechecked. `readCompound` is synchronous
 * and a recheck is not, so the traversal runs on a guess: a held part is answered unread (as most
 * are: 249 of the users set's 291 part rechecks), and noted. The noted parts are then rechecked in
 * the order asked; while each comes out unread the guess was right, and the run is the one the
 * eager loop ran with every held part known (the traversal is a function of the parts' readings).
 * At the first that reads, the guess was wrong from there: the parts noted after it are left held
 * (the true traversal may not ask them), and the traversal runs again. Its result and the parts it
 * asked that are neither known nor held, in asking order.
 */
async function traverse(
  ctx: CheckContext, text: string, known: Map<string, CompoundPart[] | undefined>, held: Set<string>, noted: Noted,
  more: (part: string) => CompoundPart[] | undefined, recheck: (claim: string, context?: CheckContext) => Promise<CheckResult | undefined>,
): Promise<{ parts: CompoundPart[] | undefined; asked: string[] }> {
  for (;;) {
    const asked: string[] = (noted.asked = []);
    const guessed: string[] = (noted.guessed = []);
    const parts = readCompound(ctx, text, 0, more);
    let right = true;
    for (const key of guessed) {
      const r = await recheck(key, partContext(ctx));
      known.set(key, r && [asPart(key, r)]);
      held.delete(key);
      if (r) {
        right = false;
        break;
      }
    }
    if (right) return { parts, asked };
  }
}
