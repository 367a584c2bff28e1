/**
 * An event named with a "where" clause (round 25, branch verbs25a): "X was the host of the
 * gathering near M where work on the canal began" says two things, "X was the host of the
 * gathering near M" and "work on the canal began at the gathering near M". The event is the one
 * the words right before "where" name (the longest run of them, up to eight, that names one event
 * of the graph); a place or a thing before "where" ("the site where ...") is no event and is not
 * read here. The two statements are checked as a compound claim (src/check/compound.ts): a
 * refuted one refutes the claim, both supported support it, anything else is held.
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { type ReaderInput, type ReaderOutcome, type UnreadReader } from './reader-kit.js';
import { wholeName } from './resolver.js';
import { undecidedResult, restate } from './result.js';
import { normalizeTypography } from './text.js';

/** The word gate of the reader: "where" between words. */
export const EVENT_WHERE_NEEDS = /\swhere\s/i;

// "<main clause naming an event>[,] where <clause>"; not a question ("Where was ...", "Is it where ...")
const WHERE = /^(.+?),?\s+where\s+(.+?)\s*[.!?]?$/i;

/**
 * The claim said as "<main>, and <clause> at <event>", or undefined when the words before
 * "where" name no event.
 *
 * @example
 * ```ts
 * eventWhereRewrite(ctx, 'Rufus Firefly hosted the Founders Gala where Gloria Teasdale spoke');
 * // 'Rufus Firefly hosted the Founders Gala, and Gloria Teasdale spoke at the Founders Gala.'
 * ```
 */
export function eventWhereRewrite(ctx: CheckContext, text: string): string | undefined {
  if (!EVENT_WHERE_NEEDS.test(text)) return undefined;
  const m = WHERE.exec(normalizeTypography(text).trim());
  if (!m) return undefined;
  const [, main, clause] = m as unknown as [string, string, string];
  if (/^(?:is|was|are|were|do|does|did|can|could|will|would)\b/i.test(main) || /\bwhere\b/i.test(clause)) return undefined;
  const span = endingEvent(ctx, main);
  return span ? `${main}, and ${clause} at ${span}.` : undefined;
}

/**
 * The longest run of a clause's last words (up to eight, never the whole clause) that names one
 * event of the graph, as written; undefined when none does. Shared by the "where" clause and the
 * guests of an absolute clause (src/check/host-guest.ts).
 *
 * @example
 * ```ts
 * endingEvent(ctx, 'Rufus Firefly hosted the Founders Gala'); // 'the Founders Gala'
 * ```
 */
export function endingEvent(ctx: CheckContext, clause: string): string | undefined {
  const words = clause.split(/\s+/);
  for (let k = Math.min(8, words.length - 1); k >= 1; k--) {
    const span = words.slice(-k).join(' ');
    const hit = wholeName(ctx, span, 8);
    if (hit && isA(ctx, hit.iri, `${NS.cg}Event`)) return span;
  }
  return undefined;
}

/**
 * The reader: the rewrite rechecked; SUPPORTED or REFUTED decides, NOT_ENOUGH_INFO is held.
 *
 * @example
 * ```ts
 * await readEventWhere({ ctx, text: 'Gloria Teasdale hosted the Founders Gala where Rufus Firefly spoke', recheck });
 * // decided: REFUTED when the graph says Rufus Firefly hosted the gala (a guest is no host)
 * ```
 */
export async function readEventWhere({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const said = eventWhereRewrite(ctx, text);
  if (!said) return undefined;
  const r = await recheck(said);
  if (!r) return undefined;
  const told = restate(r, text, { explanation: `Read as "${said}" (the "where" clause says what happened at the event it follows). ${r.explanation}` });
  return r.verdict === 'NOT_ENOUGH_INFO' ? { held: undecidedResult(told, told.explanation) } : { decided: told };
}

/**
 * The reader-table entry, spread into UNREAD_READERS after `host-guest`.
 *
 * @example
 * ```ts
 * const readers = [...EVENT_READERS]; // [{ name: 'event-where', ... }]
 * ```
 */
export const EVENT_READERS: readonly UnreadReader[] = [
  {
    name: 'event-where',
    module: 'event-where.ts',
    reads: '(round 25) "X was the host of the gathering near M where work on the canal began": the main clause, and the "where" clause said at the event before it, checked as a compound (an event named before "where" only)',
    needs: EVENT_WHERE_NEEDS,
    read: readEventWhere,
  },
];
