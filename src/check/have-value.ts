/**
 * A thing's value said with "have" ("The canal will have an annual capacity of 5 bcm", "Acme bank
 * has a price tag of $2bn", "The League had a membership of 12"): said again as the possessive the
 * patterns read ("The canal's annual capacity will be 5 bcm") and checked that way (round 37,
 * users29 numbers-10).
 *
 * Why: the lexicon writes a value property as "{s} 's NOUN {o}" (the copula is not a word of the
 * patterns); "X has a NOUN of V" says the same of X with the value after "of", and writing a "have"
 * pattern beside each possessive one would double the lexicon for one shape. Only a figure after
 * "of" (a number, a currency amount, a bound such as "up to" or "about" before it), only a subject
 * with no coordination, negation or comma, and no quantity noun standing for the figure itself
 * ("a total of", "a number of", "a couple of"): the possessive is the claim's own words, so a noun
 * the patterns do not know leaves the claim unread as before.
 *
 * @example
 * ```ts
 * haveValueRewrite('The canal will have an annual capacity of 5 bcm.'); // "The canal's annual capacity will be 5 bcm."
 * haveValueRewrite('Freedonia has a share of about 30 percent in the League.'); // "Freedonia's share is about 30 percent in the League."
 * haveValueRewrite('Freedonia has a number of 30 members.'); // undefined
 * ```
 */
import { normalizeTypography } from './text.js';

/** A bound or an approximation before the figure ("up to", "about", "just over"). */
const BOUND = String.raw`(?:(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|just\s+(?:over|under)|over|under|more\s+than|less\s+than|up\s+to|at\s+least|at\s+most)\s+|~\s*)?`;
/** A figure: a currency sign or code and a number, a number, or a spelled number. */
const FIGURE = String.raw`(?:(?:US\$|\$|\u00A5|\u20AC|\u00A3|(?:USD|JPY|EUR|GBP|CNY|RMB)\s?)\s?\d|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds)\b)`;
/** "has", "will have", "would have": the verb and what the copula becomes. */
const VERB = String.raw`(?<verb>has|have|had|(?<modal>will|would|may|might|could|should|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to|is\s+set\s+to|are\s+set\s+to)\s+have)`;
/** "S VERB [a|an|the] NOUN of FIGURE REST" (no article before a plural: "has reserves of"). */
const HAVE_VALUE = new RegExp(String.raw`^(?<subject>[^,;:?]+?)\s+${VERB}\s+(?:(?:an?|the)\s+)?(?!(?:been|become|got|gotten|had)\b)(?<noun>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+of\s+(?<value>${BOUND}${FIGURE}[^?]*?)\s*(?<end>[.!]?)$`, 'i');
/** A subject the possessive would change: a coordination, a negation, an auxiliary of a question or a clause. */
const SUBJECT_REFUSED = /\b(?:and|or|not|never|no|n't|does|do|did|that|which|who|if|when|whether)\b|n't\b/i;
/** Nouns that stand for the figure itself or a part of it, not a property of the subject. */
const QUANTITY_NOUN = /^(?:total|number|lot|lots|couple|series|range|set|group|pair|handful|majority|minority|dozen|few|host|score|sum|maximum|minimum|average|record|history|string|list|team)$/i;

/** The gate: "has", "have" or "had", then "of". */
export const HAVE_VALUE_NEEDS = /\bha(?:s|ve|d)\b[\s\S]*\bof\b/i;

/** The claim with its "have a NOUN of V" said as "S's NOUN is V"; undefined when it has no such shape. */
export function haveValueRewrite(text: string): string | undefined {
  const said = normalizeTypography(text).trim();
  const m = HAVE_VALUE.exec(said)?.groups;
  if (!m) return undefined;
  const subject = m.subject!.trim();
  const noun = m.noun!.trim();
  if (SUBJECT_REFUSED.test(subject) || QUANTITY_NOUN.test(noun)) return undefined;
  const plural = /[^s]s$/i.test(noun.split(/\s+/).pop()!);
  const verb = m.verb!.toLowerCase();
  const copula = m.modal ? `${m.modal} be` : verb === 'had' ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
  const owner = /s$/i.test(subject) && !/'s$/i.test(subject) && /^[a-z]/.test(subject.split(/\s+/).pop()!) ? `${subject}'` : `${subject}'s`;
  return `${owner} ${noun} ${copula} ${m.value!.trim()}${m.end || '.'}`;
}
