/**
 * An agent sending one of its offices to an event, or represented there by it: "Freedonia did not
 * send its prime minister to the gala", "Freedonia was represented by its Vice President at the
 * gala", "Freedonia's prime minister represented Freedonia at the gala" are read as the office attending ("Freedonia's prime minister did not attend the
 * ceremony"), the possessive pronoun standing for the sentence's subject. The rewritten claim is
 * checked as any other (the office's holders, src/check/verdict.ts; the agent, src/check/actors.ts).
 */
import { normalizeTypography } from './text.js';
import { cachedRegExp } from './regex-memo.js';

/** A claim about an office at an event, said through its agent. */
export interface SentOffice {
  /** The claim to check instead. */
  claim: string;
  negated: boolean;
}

const NEGATION = String.raw`(?:(did not|didn't|does not|doesn't|never|has not|hasn't|had not|hadn't)\s+)?`;
const SENT = cachedRegExp(String.raw`^(.+?)\s+${NEGATION}(?:send|sent|sends|dispatch|dispatched|dispatches)\s+(?:its|their|his|her)\s+(.+?)\s+to\s+(.+?)$`, 'i');
// "Freedonia's prime minister represented Freedonia at the gala": the office, named with its agent, representing it
const REPRESENTED = cachedRegExp(String.raw`^(.+?)'s\s+(.+?)\s+${NEGATION}(?:represented|represents|represent)\s+(.+?)\s+(?:at|in)\s+(.+?)$`, 'i');
// "Freedonia was represented at the gala by its Vice President": the event before the office (round 11)
const BY_AFTER = cachedRegExp(String.raw`^(.+?)\s+(?:was|were|is|are|has been|had been)\s+(not\s+)?represented\s+(?:at|in)\s+(.+?)\s+by\s+(?:its|their)\s+(.+?)$`, 'i');
const BY = cachedRegExp(String.raw`^(.+?)\s+(?:was|were|is|are|has been|had been)\s+(not\s+)?represented\s+by\s+(?:its|their)\s+(.+?)\s+(?:at|in)\s+(.+?)$`, 'i');

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
  const many = manyAgents(agent, role);
  if (many) return { claim: `The ${role} of ${many} ${negated ? 'did not attend' : 'attended'} ${event}`, negated };
  // one agent, one office and one event: no lists, clauses or further adjuncts
  if ([agent, role, event].some((x) => /[,;:]|\b(?:and|or|who|which|that|because|while)\b/i.test(x))) return undefined;
  return { claim: `${agent}'s ${role} ${negated ? 'did not attend' : 'attended'} ${event}`, negated };
}

/**
 * Several agents sending their offices (round 33, branch quant33): "Both Freedonia and Sylvania
 * sent their presidents to E", "Freedonia and Sylvania both ...", "Of the five Ruritanian states,
 * four sent their presidents to E", "Four Ruritanian states sent their presidents to E": the agents
 * as they follow "the presidents of" (a list read by the parser's coordination, a count by
 * src/check/role-counts.ts), or undefined. Only a plural office ("presidents") and names, "and",
 * "both" and a count: no clause, no "or", and the event must be one phrase.
 */
function manyAgents(agent: string, role: string): string | undefined {
  if (!/s$/i.test(role) || /[,;:]|\b(?:and|or|who|which|that|because|while)\b/i.test(role)) return undefined;
  let a = agent.trim();
  // "Of the five Ruritanian states, four": "four of the five Ruritanian states"
  const of = /^of\s+the\s+(\S+)\s+([^,;:]+?),\s*(\S+)$/i.exec(a);
  if (of) a = `${of[3]} of the ${of[1]} ${of[2]}`;
  // "Freedonia and Sylvania both": "both Freedonia and Sylvania"
  const both = /^(.+?\band\b.+?)\s+both$/i.exec(a);
  if (both) a = `both ${both[1]}`;
  if (/[;:]|\b(?:or|who|which|that|because|while|not)\b/i.test(a)) return undefined;
  // a list of names ("A, B and C", with "both" before two) or a count ("four [of the five] G")
  const list = /^(?:both\s+)?[A-Z][^,]*(?:,\s*[A-Z][^,]*)*\s+and\s+[A-Z][^,]*$/.test(a);
  const count = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of\s+the\s+\S+\s+)?[A-Z][^,]*$/i.test(a);
  if (!list && !count) return undefined;
  return a.replace(/^[A-Z](?=[a-z]+\s)/, (c) => (count || /^both\b/i.test(a) ? c.toLowerCase() : c));
}
