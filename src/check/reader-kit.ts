/**
 * What the readers of src/check/readers.ts share: the reader's input and outcome, the small
 * combinators the table is written with ("evaluated by", "rewritten by", "first decided"), and the
 * readers that are a few lines of composition rather than a module of their own (questions, implied
 * parties, reading by words). Kept apart so the table stays a table.
 *
 * @example
 * ```ts
 * const reader: UnreadReader = { name: 'span', module: 'spans.ts', reads: '...', read: evaluatedBy(readSpan) };
 * ```
 */
import { readByWords } from './by-words.js';
import type { CheckContext } from './context.js';
import { impliedParties } from './implied-party.js';
import { parseClaim } from './parser.js';
import { invertedStatements, whCandidateStatements } from './questions.js';
import { finish, MAX_READINGS, undecidedResult, restate } from './result.js';
import type { CheckResult, Interpretation } from './types.js';
import { evaluateClaim as evaluate, type Evaluation } from './verdict.js';
import { normalizeTypography } from './text.js';
import type { Gate } from './reader-gates.js';
import { hasErrorCode } from '../errors.js';
import { checkBudget } from './recheck-depth.js';

/** What a reader is given: the claim, its context, and a way to check another claim in that context. */
export interface ReaderInput {
  ctx: CheckContext;
  /** The claim as typed. */
  text: string;
  /** Checks a claim in the same context (or in `context`); undefined when it cannot be read (CHECK_UNINTERPRETABLE). */
  recheck: (claim: string, context?: CheckContext) => Promise<CheckResult | undefined>;
}

/** A reader's result: returned at once (`decided`), or kept until the main pass is over (`held`). */
export type ReaderOutcome = { decided: CheckResult } | { held: CheckResult };

/** One reader of the table. */
export interface UnreadReader {
  /** A short stable name (used in tests and docs). */
  name: string;
  /** The module that does the reading, under src/check/. */
  module: string;
  /** What it reads, with an example. */
  reads: string;
  /** Tried only when the main pass decided nothing and held nothing. */
  lastResort?: boolean;
  /**
   * Also tried on a claim the patterns read but the graph does not decide, its decided result
   * taking the place of the undecided reading ({@link readUndecided}): "the opening of X took
   * place in 2015" names an event the graph holds as an entity without a date ("the opening
   * ceremony of X"), and the deed's verb, which the graph dates, decides it.
   */
  whenUndecided?: boolean;
  /**
   * A word gate: a text this does not match is one the reader cannot read, so it is not called
   * (checked by {@link mayRead} before the reader runs). Readers that read nothing are most of a
   * batch's time (bench/README.md, round 23): a gate spares them a rewrite or a parse. The gate
   * must be implied by the reader's own test (a word or shape it requires); its test in
   * tests/check/ shows a text without it read by nothing.
   *
   * A gate made of lexicon words is a function of the context that builds its RegExp from the
   * same list the reader reads (built once per lexicon: {@link lexiconGate}), so the two cannot
   * drift. The gate is tested on the text as typed and as `normalizeTypography` gives it (a reader
   * reads either), and may match more than the reader reads, never less.
   *
   * @example `needs: /\bthan\b/i` for a reader of "more than" and "fewer than".
   */
  needs?: Gate;
  read: (input: ReaderInput) => ReaderOutcome | undefined | Promise<ReaderOutcome | undefined>;
}

/**
 * Whether a reader may read the text: its {@link UnreadReader.needs} gate matches (or it has none).
 *
 * @example
 * ```ts
 * mayRead({ name: 'x', module: 'x.ts', reads: '', needs: /\bthan\b/i, read: () => undefined }, 'A is larger than B'); // true
 * ```
 */
export const mayRead = (reader: UnreadReader, text: string, ctx?: CheckContext): boolean => {
  const gate = reader.needs;
  if (!gate) return true;
  const re = typeof gate === 'function' ? (ctx ? gate(ctx) : undefined) : gate;
  if (!re) return true;
  if (re.test(text)) return true;
  // the readers read the text as typed or normalised (curly quotes, dashes, NFC): either may match
  const t = normalizeTypography(text);
  return t !== text && re.test(t);
};

/**
 * {@link mayRead}, and when the reader may read, the running claim's time budget looked at
 * (`checkBudget` of src/check/recheck-depth.ts: throws `CHECK_BUDGET` past it). The readers'
 * loops ask it before each reader: a reader that reads is where an unread claim spends its time
 * (one whose gate refuses the text costs nothing, and most do: the clock is not read for them).
 *
 * @example
 * ```ts
 * for (const reader of readers) if (mayReadInBudget(reader, input.text, input.ctx)) await reader.read(input);
 * ```
 */
export const mayReadInBudget = (reader: UnreadReader, text: string, ctx?: CheckContext): boolean => {
  if (!mayRead(reader, text, ctx)) return false;
  checkBudget();
  return true;
};

/**
 * A table's readers per pass, in table order, worked out once per table (readUnread filtered the
 * table on each of its ~1,000 calls per batch): the main pass, the last resorts, `whenUndecided`.
 *
 * @example
 * ```ts
 * readerPasses(UNREAD_READERS).last.map((r) => r.name); // ['bare-definite', 'read-in-part', ...]
 * ```
 */
export function readerPasses(readers: readonly UnreadReader[]): ReaderPasses {
  let p = passesOf.get(readers);
  if (!p) passesOf.set(readers, (p = { main: readers.filter((r) => !r.lastResort), last: readers.filter((r) => r.lastResort), undecided: readers.filter((r) => r.whenUndecided) }));
  return p;
}

/** The readers of each pass of a table ({@link readerPasses}). */
export interface ReaderPasses { main: readonly UnreadReader[]; last: readonly UnreadReader[]; undecided: readonly UnreadReader[] }
const passesOf = new WeakMap<readonly UnreadReader[], ReaderPasses>();

export const decided = (r: CheckResult | undefined): ReaderOutcome | undefined => (r ? { decided: r } : undefined);

/**
 * A reading decided when the graph decides it, else held (kept only until the main pass is over):
 * a reader whose undecided reading must not stop a later reader from deciding the claim.
 */
export const heldWhenUndecided = (r: CheckResult | undefined): ReaderOutcome | undefined =>
  (r ? (r.verdict === 'NOT_ENOUGH_INFO' ? { held: r } : { decided: r }) : undefined);
export const claimOf = (text: string): string => text.trim();

/** A reading that evaluates the claim itself: what it read and how the graph bears on it. */
export type Evaluated = { interpretation: Interpretation; evaluation: Evaluation } | undefined;

/** A reader whose module reads and evaluates the claim: its result is the claim's. */
export const evaluatedBy = (readIt: (ctx: CheckContext, text: string) => Evaluated) =>
  ({ ctx, text }: ReaderInput): ReaderOutcome | undefined => {
    const x = readIt(ctx, text);
    return decided(x && finish(ctx, claimOf(text), x.interpretation, x.evaluation));
  };

/**
 * A reader that says the claim in other words and checks those: the result is the claim's, its
 * explanation prefixed with the words read and `why` when given; `accept` says which results of
 * the other words are a reading of the claim (all, when not given).
 */
export const rewrittenBy = (rewrite: (ctx: CheckContext, text: string) => string | undefined, why?: string, accept?: (r: CheckResult) => boolean) =>
  ({ ctx, text, recheck }: ReaderInput): ReaderOutcome | undefined | Promise<ReaderOutcome | undefined> => {
    const claim = rewrite(ctx, text);
    // no rewrite (most texts): nothing, at once, without a promise (round 24)
    if (!claim) return undefined;
    return recheck(claim).then((r) => {
      if (r && accept && !accept(r)) return undefined;
      return decided(r && restate(r, text, { ...(why ? { explanation: `Read as "${claim}" (${why}). ${r.explanation}` } : {}) }));
    });
  };

/**
 * {@link rewrittenBy}, its undecided result held (round 26): a rewrite whose reading the graph does
 * not decide must not stop a later reader from deciding the claim.
 *
 * @example
 * ```ts
 * read: rewrittenHeld(myRewrite, 'the event named as itself')
 * ```
 */
export const rewrittenHeld = (rewrite: (ctx: CheckContext, text: string) => string | undefined, why?: string) =>
  async (input: ReaderInput): Promise<ReaderOutcome | undefined> => {
    const out = await rewrittenBy(rewrite, why)(input);
    return out && 'decided' in out ? heldWhenUndecided(out.decided) : out;
  };

/**
 * A question read as the statement it asks (src/check/questions.ts): every statement it may ask
 * is checked, and the claim is decided only when those the graph decides agree (a split of the
 * subject that reads otherwise leaves it undecided); SUPPORTED means yes.
 */
export async function readQuestion({ text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const statements = [...whCandidateStatements(text), ...invertedStatements(text)];
  const read: Array<{ said: string; r: CheckResult }> = [];
  for (const said of statements) {
    const r = await recheck(said);
    if (r) read.push({ said, r });
  }
  if (!read.length) return undefined;
  const verdicts = new Set(read.map(({ r }) => r.verdict).filter((v) => v !== 'NOT_ENOUGH_INFO'));
  const tell = ({ said, r }: { said: string; r: CheckResult }): CheckResult => ({
    ...r, claim: claimOf(text),
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read the question as the statement "${said}"`] },
    explanation: `Read the question as the statement "${said}" (${r.verdict === 'SUPPORTED' ? 'yes' : r.verdict === 'REFUTED' ? 'no' : 'not decided'}). ${r.explanation}`,
  });
  if (verdicts.size === 1) return { decided: tell(read.find(({ r }) => r.verdict !== 'NOT_ENOUGH_INFO')!) };
  const first = read[0]!;
  if (verdicts.size > 1) {
    const undecided = tell(first);
    return { held: undecidedResult(undecided, `The question may ask ${read.map(({ said }) => `"${said}"`).join(' or ')}, which the graph decides differently: not decided. ${first.r.explanation}`) };
  }
  return { held: tell(first) };
}

/**
 * The first reading the graph decides, else the first it does not (held): the readers that try a
 * claim's other wordings one by one ("decide on the first that decides").
 */
export async function firstDecided<T>(wordings: Iterable<T>, tell: (w: T) => Promise<CheckResult | undefined>): Promise<ReaderOutcome | undefined> {
  let undecided: CheckResult | undefined;
  for (const w of wordings) {
    const told = await tell(w);
    if (told && told.verdict !== 'NOT_ENOUGH_INFO') return { decided: told };
    undecided ??= told;
  }
  return undecided ? { held: undecided } : undefined;
}

/**
 * A claim opening with a definite noun phrase without its agent, read with each party the graph
 * gives: used only when the parties whose readings are decided agree on the verdict and its claims.
 */
export async function decideImpliedParty({ ctx, text, recheck }: ReaderInput): Promise<CheckResult | undefined> {
  const found: Array<{ party: string; r: CheckResult }> = [];
  for (const { party, claim } of impliedParties(ctx, text)) {
    // a rewrite the lexicon's patterns read in order, not by its words or in parts (bounded work)
    try {
      parseClaim(ctx, claim);
    } catch (err) {
      if (hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) continue;
      throw err;
    }
    const r = await recheck(claim);
    if (r && r.verdict !== 'NOT_ENOUGH_INFO') found.push({ party, r });
  }
  // parties that reach one verdict on the same claims (a state and the person acting for it) are one
  const key = (r: CheckResult): string => `${r.verdict}|${[...new Set(r.evidence.map((e) => e.claim))].sort().join(' ')}`;
  if (!found.length || found.some((d) => key(d.r) !== key(found[0]!.r))) return undefined;
  const { r } = found[0]!;
  const party = found.map((d) => d.party).join(' / ');
  const note = `read the phrase's agent as ${party}: ${found.length > 1 ? 'the parties the graph gives for it, which agree' : 'the only party the graph gives for it'}`;
  return restate(r, text, { interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] }, explanation: `Read as ${party}'s (${note}). ${r.explanation}` });
}

/**
 * The verdict of a claim read by its words: the readings the graph decides must agree (two
 * patterns that read the same words as different facts with different verdicts leave the claim
 * NOT_ENOUGH_INFO); undefined when no pattern accounts for the words.
 */
export function decideByWords(ctx: CheckContext, text: string): CheckResult | undefined {
  const readings = readByWords(ctx, text).slice(0, MAX_READINGS);
  if (!readings.length) return undefined;
  const evaluated = readings.map((r) => ({ interp: r.interpretation, ev: evaluate(ctx, r.interpretation) }));
  const decidedOnes = evaluated.filter((e) => e.ev.verdict !== 'NOT_ENOUGH_INFO');
  const verdicts = new Set(decidedOnes.map((e) => e.ev.verdict));
  if (verdicts.size === 1) return finish(ctx, claimOf(text), decidedOnes[0]!.interp, decidedOnes[0]!.ev);
  const first = evaluated[0]!;
  if (verdicts.size > 1) {
    const ev: Evaluation = { ...first.ev, verdict: 'NOT_ENOUGH_INFO', bearings: [], explanation: `Read by its words only, the claim has readings the graph decides differently (${decidedOnes.map((e) => `${e.interp.predicateName}: ${e.ev.verdict}`).join(', ')}); not enough information to choose.` };
    return finish(ctx, claimOf(text), first.interp, ev);
  }
  return finish(ctx, claimOf(text), first.interp, first.ev);
}
