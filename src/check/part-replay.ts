/**
 * A memo of `readCompound` calls made with a part reader (src/check/compound-readers.ts), kept
 * with their reader's answers and replayed.
 *
 * Without a part reader `readCompound` is a function of the context, the text and the depth, and is
 * kept per context (text-memo.ts). With one it is not: the reader answers from what the rounds of
 * src/check/compound-readers.ts have rechecked so far, which grows from one traversal to the next.
 * But a call is a function of the context, the text, the depth and the answers the reader gives it,
 * asked in an order fixed by the earlier answers: the same answers to the same questions give the
 * same result. So a call is kept with the questions it asked (every sub-call's too) and their
 * answers; a later call with the same text and depth asks the same questions again, in order, and
 * when every answer is the same one (the very object: a part reader hands out the parts it keeps)
 * the kept result is the call's result. At the first answer that differs the call runs afresh.
 *
 * The questions asked again are asked of the reader itself: a reader that notes what it was asked
 * (the traversal's asked and held parts) notes them as the call would, in the same order, and a
 * replay stopped at a changed answer asked a prefix of what the fresh run asks again, which a
 * reader that notes each part once notes no differently.
 *
 * Round 35 (speed35): a long compound claim of the users set ran `readCompound` 3,202 times with
 * a reader over its 52 traversals, on 141 distinct texts and depths.
 */

/** A part reader: the parts a text is read as, or undefined. */
type Reader<P> = (text: string) => P | undefined;

/** One question a call asked of its reader, and the answer. */
interface Asked<P> {
  text: string;
  answer: P | undefined;
}

/** A kept call: its result and every question asked under it, in order. */
interface Kept<R, P> {
  result: R;
  asked: Array<Asked<P>>;
}

// per reader (one per claim cut by readers), per depth and text
const kept = new WeakMap<object, Map<string, Kept<unknown, unknown>>>();
// the questions of the calls running now, innermost last
const recording: Array<Array<Asked<unknown>>> = [];

/**
 * Asks `reader` about `text`, noting the question and answer for the calls running now.
 *
 * @example
 * ```ts
 * const other = askPart(more, 'Freedonia is neutral'); // what `more` answers
 * ```
 */
export function askPart<P>(reader: Reader<P>, text: string): P | undefined {
  const answer = reader(text);
  recording[recording.length - 1]?.push({ text, answer });
  return answer;
}

/**
 * The result of `run` (a call that asks `reader` only through {@link askPart}), from a kept call of
 * the same `key` whose questions `reader` answers the same way now, or else run and kept.
 *
 * @example
 * ```ts
 * const parts = replayed(more, `${depth}|${text}`, () => readCompoundUncached(ctx, text, depth, more));
 * ```
 */
export function replayed<R, P>(reader: Reader<P>, key: string, run: () => R): R {
  let memo = kept.get(reader) as Map<string, Kept<R, P>> | undefined;
  if (!memo) kept.set(reader, (memo = new Map()));
  const outer = recording[recording.length - 1] as Array<Asked<P>> | undefined;
  const hit = memo.get(key);
  if (hit && hit.asked.every((q) => reader(q.text) === q.answer)) {
    outer?.push(...hit.asked);
    return hit.result;
  }
  const asked: Array<Asked<P>> = [];
  recording.push(asked as Array<Asked<unknown>>);
  let result: R;
  try {
    result = run();
  } finally {
    // (a call that throws still asked its questions of the calls around it)
    recording.pop();
    outer?.push(...asked);
  }
  memo.set(key, { result, asked });
  return result;
}
