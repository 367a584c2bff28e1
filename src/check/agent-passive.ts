/**
 * A passive of a nominal with its agent: "Energy deals worth US$ 5 million were signed with
 * Sylvania by Freedonia", "Grants of US$ 2 million may be provided to Grand Fenwick by Freedonia",
 * "A loan to Sylvania was approved by the Bank in 2015". Said in the active, "Freedonia signed
 * energy deals worth US$ 5 million with Sylvania", it is the same claim, and its verdict is the
 * claim's. The agent is the "by" phrase that names one thing after the participle; a modal before
 * "be" ("may be provided" -> "may provide"). A denial keeps its "not" ("were not signed" -> "did not
 * sign"); otherwise the participle is left as said (the reader compares lemmas: "given" is "give").
 */
import { normalizeTypography, pastBase } from './text.js';
import { MONTH_NAMES } from './calendar-names.js';
import { cachedRegExp } from './regex-memo.js';

// the patient holds no comma: a relative clause or an apposition there is the compound reader's
const PASSIVE = /^(?<patient>[^,]+?)\s+(?<aux>(?:(?:may|might|could|would|will|should|must|can)\s+(?:not\s+)?be|was|were|is|are|(?:has|have|had)(?:\s+(?:not|already|yet))?\s+been)(?:\s+not)?)\s+(?<adv>(?:(?:[a-z]+ly|already|yet)\s+)?)(?<verb>[a-z]+(?:ed|en)|made|held|struck|sealed|won|sold|built|paid|sent|brought|begun|led|set\s+up|put)\s+(?<rest>.*?)\s*\bby\s+(?<agent>[A-Z][^,]*?|the\s+[^,]*?)(?<tail>\s+(?:in|on|at|during|near)\s+[^,]+)?(?<yet>\s+(?:yet|so\s+far|already))?\s*[.!]?$/;

// round 16: the same passive with no agent, its agent named as the patient's modifier: "No Acme
// Bank loan to Sylvania has been approved yet" ("Acme Bank has not approved any loan to Sylvania yet")
const MODIFIER_AGENT = /^(?<det>No|An?)\s+(?<agent>(?:[A-Z][\w.&-]*\s+){1,3})(?<noun>[a-z]+\b[^,]*?)\s+(?<aux>(?:has|have|had)(?:\s+not)?\s+been|was|were)(?:\s+not)?\s+(?<adv>(?:(?:[a-z]+ly|already|yet)\s+)?)(?<verb>[a-z]+(?:ed|en))(?<yet>\s+(?:yet|so\s+far|already))?\s*[.!]?$/;

/**
 * Round 35: a choosing verb ("The League's first chair was elected by Freedonia") names the
 * elector in its "by" phrase; said in the active ("Freedonia elected the League's first chair") it
 * reads like the headline passive "X elected chair" (X the holder), so the rewrite is not made.
 */
const CHOOSING = /^(?:elected|chosen|picked|selected|appointed|named|nominated|voted|installed)$/;

/** An agent that is a day or a month ("by the Monday", "by the January") is a time, not an agent. */
const TIME_AGENT = cachedRegExp(String.raw`^(?:the\s+)?(?:[A-Z][a-z]+day|${MONTH_NAMES.join('|')})\b`);

/**
 * The claim in the active voice; undefined when it is no passive with an agent.
 *
 * @example
 * ```ts
 * activeOfPassive('Energy deals were signed with Sylvania by Freedonia.'); // 'Freedonia signed Energy deals with Sylvania'
 * ```
 */
export function activeOfPassive(text: string, lemmas: ReadonlyMap<string, string> = new Map()): string | undefined {
  const said = normalizeTypography(text).trim().replace(/\s+/g, ' ');
  const m = PASSIVE.exec(said) ?? MODIFIER_AGENT.exec(said);
  if (!m) return undefined;
  const g = m.groups as Record<string, string | undefined>;
  // "by" inside the agent's own phrase ("by 2016") or an agent that is a time is no agent
  if (/\d{4}|\bby\b/.test(g.agent!) || /^(?:then|now|far|then|means|way)\b/i.test(g.agent!)) return undefined;
  if (g.det && TIME_AGENT.test(g.agent!)) return undefined;
  if (CHOOSING.test(g.verb!)) return undefined;
  const modal = /^(may|might|could|would|will|should|must|can)/.exec(g.aux!)?.[1];
  // round 16: "No loan to Sylvania has been approved by Acme Bank" denies as "has not been approved"
  // does, the patient then taking "any" ("Acme Bank has not approved any loan to Sylvania")
  const patientSaid = g.det ? `${g.det} ${g.noun}` : g.patient!;
  const no = /^no\s/i.test(patientSaid);
  const not = /\bnot\b/.test(g.aux!) !== no;
  if (no && /\bnot\b/.test(g.aux!)) return undefined;
  // a perfect keeps its auxiliary ("has not been approved" -> "has not approved"): "up to now"
  const have = /^(has|have|had)\b/.exec(g.aux!)?.[1];
  // after a modal or "did", the base form ("may provide", "did not sign")
  const verb = have && not && !modal ? `${have} not ${g.adv}${g.verb}`
    : modal || not ? `${modal ? `${modal} ${not ? 'not ' : ''}` : 'did not '}${g.adv}${pastBase(g.verb!, lemmas)}` : `${g.adv}${g.verb}`;
  const patient = (no ? patientSaid.replace(/^no\s+/i, 'any ') : patientSaid).replace(/^(?:A|An|The)\s+/, (a) => a.toLowerCase());
  return `${g.agent!.trim()} ${verb} ${patient} ${g.rest ?? ''}${g.tail ?? ''}${g.yet ?? ''}`.replace(/\s+/g, ' ').trim();
}
