/**
 * An agent sending one of its offices to an event, or represented there by it: "Freedonia did not
 * send its prime minister to the gala", "Freedonia was represented by its Vice President at the
 * gala", "Freedonia's prime minister represented Freedonia at the gala" are read as the office attending ("Freedonia's prime minister did not attend the
 * ceremony"), the possessive pronoun standing for the sentence's subject. The rewritten claim is
 * checked as any other (the office's holders, src/check/verdict.ts; the agent, src/check/actors.ts).
 */
import { normalizeTypography } from './text.js';

/** A claim about an office at an event, said through its agent. */
export interface SentOffice {
  /** The claim to check instead. */
  claim: string;
  negated: boolean;
}

const NEGATION = String.raw`(?:(did not|didn't|does not|doesn't|never|has not|hasn't|had not|hadn't)\s+)?`;
const SENT = new RegExp(String.raw`^(.+?)\s+${NEGATION}(?:send|sent|sends|dispatch|dispatched|dispatches)\s+(?:its|their|his|her)\s+(.+?)\s+to\s+(.+?)$`, 'i');
// "Freedonia's prime minister represented Freedonia at the gala": the office, named with its agent, representing it
const REPRESENTED = new RegExp(String.raw`^(.+?)'s\s+(.+?)\s+${NEGATION}(?:represented|represents|represent)\s+(.+?)\s+(?:at|in)\s+(.+?)$`, 'i');
// "Freedonia was represented at the gala by its Vice President": the event before the office (round 11)
const BY_AFTER = new RegExp(String.raw`^(.+?)\s+(?:was|were|is|are|has been|had been)\s+(not\s+)?represented\s+(?:at|in)\s+(.+?)\s+by\s+(?:its|their)\s+(.+?)$`, 'i');
const BY = new RegExp(String.raw`^(.+?)\s+(?:was|were|is|are|has been|had been)\s+(not\s+)?represented\s+by\s+(?:its|their)\s+(.+?)\s+(?:at|in)\s+(.+?)$`, 'i');

/**
 * The claim read as its office attending the event; undefined when it is not of that form.
 *
 * @example
 * ```ts
 * readSentOffice('Freedonia did not send its prime minister to the gala.');
 * // { claim: "Freedonia's prime minister did not attend the gala", negated: true }
 * ```
 */
export function readSentOffice(text: string): SentOffice | undefined {
  const plain = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  const sent = SENT.exec(plain);
  if (sent) {
    const [, agent, neg, role, event] = sent as unknown as [string, string, string | undefined, string, string];
    return rewrite(agent, role, event, !!neg);
  }
  const by = BY.exec(plain);
  if (by) {
    const [, agent, neg, role, event] = by as unknown as [string, string, string | undefined, string, string];
    return rewrite(agent, role, event, !!neg);
  }
  const after = BY_AFTER.exec(plain);
  if (after) {
    const [, agent, neg, event, role] = after as unknown as [string, string, string | undefined, string, string];
    return rewrite(agent, role, event, !!neg);
  }
  const rep = REPRESENTED.exec(plain);
  // the office represents its own agent ("Freedonia's prime minister represented Freedonia"), not another one
  if (rep && rep[4]!.replace(/^the\s+/i, '').toLowerCase() === rep[1]!.replace(/^the\s+/i, '').toLowerCase()) {
    const [, agent, role, neg, , event] = rep as unknown as [string, string, string, string | undefined, string, string];
    return rewrite(agent, role, event, !!neg);
  }
  return undefined;
}

function rewrite(agent: string, role: string, event: string, negated: boolean): SentOffice | undefined {
  // one agent, one office and one event: no lists, clauses or further adjuncts
  if ([agent, role, event].some((x) => /[,;:]|\b(?:and|or|who|which|that|because|while)\b/i.test(x))) return undefined;
  return { claim: `${agent}'s ${role} ${negated ? 'did not attend' : 'attended'} ${event}`, negated };
}
