/**
 * A state that had lasted a span by a time ("S had been operating for N years by C", "At C, S had
 * been in force for N months", "S was N years old when C"): its words, the span and the cuts
 * between S and C, for the span reader (src/check/spans.ts) to decide as "S's start N units before
 * C". Split out of spans.ts (round 35) to keep that module readable in one sitting.
 */
import { SPAN } from './span-bounds.js';
import { cachedRegExp } from './regex-memo.js';

/** What a lasting-state claim says: the state (its words, or '' for "N units old"), the span, and where S and C may be cut. */
export interface Lasting {
  state: string;
  /** The agent of a passive state ("recognised by the League"), said again with its start. */
  agent?: string;
  span: string;
  cuts: Array<{ s: string; c: string }>;
}

// round 35: "up and running", "in use" (a thing in use since it began operating)
const STATE_WORDS = '(?:in force|in effect|recogni[sz]ed|open|opened|operational|in operation|in service|up and running|in use|operating|[a-z]+ing)';
/** "S had been operating" and "S had operated" (round 15): the verb of a state in the past perfect. */
const HAD_STATE = `had\\s+(?:been\\s+(${STATE_WORDS})|(operated|functioned|worked|run))`;
const AT_WORDS = '(?:when|by the time(?: of)?|at the time(?: of)?|by|at|as of)';
// lastingState's shapes, compiled once (it is asked of every text a reader rechecks)
const HAD_STATE_AT = cachedRegExp(`^(.+?)\\s+${HAD_STATE}(?:\\s+by\\s+(.+?))?\\s+for\\s+(${SPAN})\\s*,?\\s+${AT_WORDS}\\s+(.+)$`, 'i');
const OLD_AT = cachedRegExp(`^(.+?)\\s+(?:was|were|had been|would have been)\\s+(${SPAN})\\s+old\\s*,?\\s+${AT_WORDS}\\s+(.+)$`, 'i');
const OLD_OFF_BY = cachedRegExp(`^(.+?)\\s+(?:was|were)\\s+(${SPAN})\\s+old\\s+(?:the|a|one)\\s+(?:day|week)\\s+(?:before|after)\\s+(.+)$`, 'i');
const AT_HAD_STATE = cachedRegExp(`^${AT_WORDS}\\s+(.+?)\\s+had\\s+been\\s+(${STATE_WORDS})\\s+for\\s+(${SPAN})$`, 'i');
const AT_OLD = cachedRegExp(`^${AT_WORDS}\\s+(.+?)\\s+(?:was|were)\\s+(${SPAN})\\s+old$`, 'i');
/** Words a side cut out of "At C S had been ..." cannot end on, or open with. */
const BAD_END = /^(?:the|a|an|of|in|at|to|for|and|its|their|[\w.-]+['\u2019]s?)$/i;
const BAD_START = /^(?:of|and|to|['\u2019]s)$/i;

/**
 * "S had been <state> for N units <when|by|at> C", "<When|By|At> C[,] S had been <state> for N
 * units", "S was N units old when C": the state, the span and the cuts between S and C (one at a
 * comma, else every word boundary); undefined for other claims.
 *
 * @example
 * ```ts
 * lastingState('The canal had been operating for six years by 2015');
 * // { state: 'operating', span: 'six years', cuts: [{ s: 'The canal', c: '2015' }] }
 * ```
 */
export function lastingState(text: string): Lasting | undefined {
  // round 22: a passive state with its agent before a hyphen ("had been League-recognised for N") is
  // the state with the agent after it ("had been recognised by the League"), as "a Freedonia-led
  // bank" is "a bank led by Freedonia"
  const claim = text.replace(/\bhad\s+been\s+(?:the\s+)?([A-Z][\w.]*)-(recogni[sz]ed)\s+(?=for\s)/, (_, agent: string, st: string) => `had been ${st} by ${agent} `);
  const after = HAD_STATE_AT.exec(claim);
  if (after) return { state: (after[2] ?? after[3])!, ...(after[4] ? { agent: after[4] } : {}), span: after[5]!, cuts: [{ s: after[1]!, c: after[6]! }] };
  const old = OLD_AT.exec(claim);
  if (old) return { state: '', span: old[2]!, cuts: [{ s: old[1]!, c: old[3]! }] };
  // round 35: an age in years a day or a week off C ("was 20 years old the day before C") is the
  // age at C: a day moves a count of years by less than the span reader's tolerance for it
  const offAge = OLD_OFF_BY.exec(claim);
  if (offAge && /\b(?:year|decade)s?$/i.test(offAge[2]!)) return { state: '', span: offAge[2]!, cuts: [{ s: offAge[1]!, c: offAge[3]! }] };
  const before = AT_HAD_STATE.exec(claim) ?? AT_OLD.exec(claim);
  if (!before) return undefined;
  const [both, state, span] = before.length === 4 ? [before[1]!, before[2]!, before[3]!] : [before[1]!, '', before[2]!];
  const words = both.split(/\s+/);
  const comma = words.findIndex((w) => w.endsWith(','));
  // round 22: a cut inside a noun phrase ("... the Charter of | the League", "the Bank's | opening")
  // leaves a side that opens or ends on a word that cannot: such a cut is no reading (it read "the
  // Bank ... before the Bank's opening ceremony the Charter of" and disagreed with the right cut)
  const cuts = (comma >= 0 ? [comma + 1] : words.map((_, k) => k + 1).slice(0, -1).filter((k) => !BAD_END.test(words[k - 1]!) && !BAD_START.test(words[k]!)))
    .map((k) => ({ s: words.slice(k).join(' '), c: words.slice(0, k).join(' ').replace(/,$/, '') }));
  return { state, span, cuts };
}
