/**
 * A passive of a nominal with its agent: "Energy deals worth US$ 5 million were signed with
 * Sylvania by Freedonia", "Grants of US$ 2 million may be provided to Grand Fenwick by Freedonia",
 * "A loan to Sylvania was approved by the Bank in 2015". Said in the active, "Freedonia signed
 * energy deals worth US$ 5 million with Sylvania", it is the same claim, and its verdict is the
 * claim's. The agent is the "by" phrase that names one thing after the participle; a modal before
 * "be" ("may be provided" -> "may provide"). A denial keeps its "not" ("were not signed" -> "did not
 * sign"); otherwise the participle is left as said (the reader compares lemmas: "given" is "give").
 */
import { normalizeTypography } from './text.js';

// the patient holds no comma: a relative clause or an apposition there is the compound reader's
const PASSIVE = /^(?<patient>[^,]+?)\s+(?<aux>(?:(?:may|might|could|would|will|should|must|can)\s+(?:not\s+)?be|was|were|is|are|has\s+been|have\s+been|had\s+been)(?:\s+not)?)\s+(?<adv>(?:[a-z]+ly\s+)?)(?<verb>[a-z]+(?:ed|en)|made|held|struck|sealed|won|sold|built|paid|sent|brought|begun|led|set\s+up|put)\s+(?<rest>.*?)\s*\bby\s+(?<agent>[A-Z][^,]*?|the\s+[^,]*?)(?<tail>\s+(?:in|on|at|during|near)\s+[^,]+)?\s*[.!]?$/;

/**
 * The claim in the active voice; undefined when it is no passive with an agent.
 *
 * @example
 * ```ts
 * activeOfPassive('Energy deals were signed with Sylvania by Freedonia.'); // 'Freedonia signed Energy deals with Sylvania'
 * ```
 */
export function activeOfPassive(text: string, lemmas: ReadonlyMap<string, string> = new Map()): string | undefined {
  const m = PASSIVE.exec(normalizeTypography(text).trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const g = m.groups as Record<string, string | undefined>;
  // "by" inside the agent's own phrase ("by 2016") or an agent that is a time is no agent
  if (/\d{4}|\bby\b/.test(g.agent!) || /^(?:then|now|far|then|means|way)\b/i.test(g.agent!)) return undefined;
  const modal = /^(may|might|could|would|will|should|must|can)/.exec(g.aux!)?.[1];
  const not = /\bnot\b/.test(g.aux!);
  // after a modal or "did", the base form ("may provide", "did not sign")
  const base = (v: string): string => lemmas.get(v) ?? (/(?:[aeiou][cdgsvz]|[nrl][cgsv]|dg|[^aeiou]at)ed$/.test(v) ? v.slice(0, -1) : v.replace(/ed$/, ''));
  const verb = modal || not ? `${modal ? `${modal} ${not ? 'not ' : ''}` : 'did not '}${g.adv}${base(g.verb!)}` : `${g.adv}${g.verb}`;
  const patient = g.patient!.replace(/^(?:A|An|The)\s+/, (a) => a.toLowerCase());
  return `${g.agent} ${verb} ${patient} ${g.rest ?? ''}${g.tail ?? ''}`.replace(/\s+/g, ' ').trim();
}
