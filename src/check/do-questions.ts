/**
 * A do-support question said as its statement (round 26): "Did the gala precede the regatta?" is
 * "the gala preceded the regatta", "Does Freedonia lead the League?" is "Freedonia leads the
 * League", with the tense "did" / "does" / "do" carried onto the verb.
 *
 * Why: "did" is an ignorable word of the lexicon, so the patterns read "Did X join Y?" as it
 * stands; but the readers of claims no pattern reads (spans and order in time, counts, amounts,
 * idioms) test the verb in its tense ("preceded", "ended up with") and never saw the question. The
 * statement goes through the whole reader once, so every reader reaches the question.
 *
 * Where the subject ends is not known without a parse: the verb is the first lower-case word
 * after the subject's first word that is no function word, no form in -ed / -ing / -s, and not
 * followed by another content word ("the gala summit precede": "summit" is a noun of the subject)
 * unless the two make a phrasal or light verb ("take place", "end up"). A question that denies ("Did X not V ...?"), asks a wh- word or carries no question mark
 * gives no statement: the patterns read those as before.
 */
import type { CheckContext } from './context-types.js';
import type { CheckResult } from './types.js';
import { hasErrorCode } from '../errors.js';
import { undecidedResult } from './result.js';
import { normalizeTypography } from './text.js';
import { inflect } from './light-verbs.js';
import { SENTENCE_LEAD } from './sentence-shapes.js';

/** "Did", "Does", "Do" opening a yes/no question (after a discourse opener: "So did ...?"). */
const DO_QUESTION = /^(did|does|do)\s+(.+?)\s*\?\s*$/i;

/** A label before the question ("Yes or no: did ...?", "Q: does ...?"). */
const ASKING_LABEL = /^(?:yes\s+or\s+no|true\s+or\s+false|y\/n|q)\s*[:\u2013\u2014-]\s*/i;

/** Words a subject does not end with: the subject runs on. */
const RUNS_ON = /^(?:the|a|an|of|and|or|for|in|on|at|to|by|with|from|its|his|her|their|this|that|these|those|'s|-)$/i;

/** A lower-case word that is no verb opening the predicate (a function word, a determiner, a number word). */
const NO_VERB = /^(?:the|a|an|of|and|or|for|in|on|at|to|by|with|from|its|his|her|their|this|that|these|those|any|some|all|both|each|every|no|one|two|three|four|five|six|seven|eight|nine|ten|who|which|whose|whom|what|than|as|about|over|under|per|de|von|van|al|bin|ibn|da|du|la|le)$/i;

/** An adverb between the subject and the verb, kept before the verb ("Did X also join ...?"). */
const ADVERB = /^(?:[a-z]+ly|also|ever|still|already|first|last|once|again|even|just|only|soon|then|jointly|indeed)$/i;

/** A particle or preposition after a verb ("stay out of", "end up with", "come after"). */
const PARTICLE = /^(?:out|up|down|off|away|back|over|through|ahead|forward|into|onto|after|before|since|until|during|near|against|across|around|between|within|without|towards?|like|along|behind|beyond|past|ago|together|apart|aside|not)$/i;

/** Light verbs whose object noun follows at once ("take place", "make way", "break ground"). */
const LIGHT = /^(?:take|make|give|have|get|do|pay|play|hold|break|set|put|keep|lose|gain|win|cast|bear|draw|strike|sign|lend|raise|open|mark|reach|see|find)$/i;

/** A denial or a question word after "did": no statement here ("Did X not join ...?" is read as it stands). */
const DENIED = /\b(?:not|never|n't)\b/i;

/**
 * The simple past of a verb: the lexicon's irregular form when it has one (the past, not the
 * participle: "went", not "gone"), else the regular "-ed" form.
 */
function simplePast(ctx: CheckContext, verb: string): string {
  const irregular = [...ctx.morph.lemmas].filter(([f, l]) => l === verb && !f.endsWith('ing') && !/[^s]s$/.test(f)).map(([f]) => f);
  // a participle in -n / -ne ("gone", "seen", "taken") gives way to a past beside it ("went", "saw", "took")
  const past = irregular.filter((f) => !/n$|ne$/.test(f));
  const pick = (past.length ? past : irregular).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  return pick ?? inflect(ctx, verb, 'ed');
}

/** The third person of a verb ("has", "goes", "leads"). */
function thirdPerson(ctx: CheckContext, verb: string): string {
  return verb === 'have' ? 'has' : /[^aeiou]o$/.test(verb) ? `${verb}es` : inflect(ctx, verb, 's');
}

/**
 * The statements a do-support question may ask, the shortest subject first; empty when the claim
 * is no such question.
 *
 * @example
 * ```ts
 * doQuestionStatements(ctx, 'Did the Zenda gala precede the regatta?');
 * // ['the Zenda gala preceded the regatta', ...]
 * doQuestionStatements(ctx, 'Does Freedonia lead the League?'); // ['Freedonia leads the League']
 * ```
 */
export function doQuestionStatements(ctx: CheckContext, text: string): string[] {
  const m = DO_QUESTION.exec(text.trim().replace(SENTENCE_LEAD, '').replace(ASKING_LABEL, ''));
  if (!m || DENIED.test(m[2]!) || /\?/.test(m[2]!)) return [];
  const tense = m[1]!.toLowerCase();
  const words = m[2]!.split(/\s+/);
  const out: string[] = [];
  for (let k = 1; k < words.length; k++) {
    const last = words[k - 1]!;
    if (RUNS_ON.test(last) || /[,;:]$/.test(last)) continue;
    let at = k;
    if (ADVERB.test(words[at]!) && at + 1 < words.length) at++;
    const verb = words[at]!;
    if (!/^[a-z]+$/.test(verb) || NO_VERB.test(verb)) continue;
    // the verb of "does" / "did" is in its base form: a word in -ed, -ing or a plural -s is no such verb
    if (/(?:ed|ing)$/.test(verb) || /[^s]s$/.test(verb)) continue;
    // a noun of the subject is followed by its verb ("the gala summit precede ..."): a candidate
    // followed by a lower-case content word is no verb, unless the two make a phrasal verb or a
    // light verb takes its noun ("take place")
    const next = words[at + 1]?.replace(/[,;:]$/, '');
    if (next && /^[a-z]+$/.test(next) && (!NO_VERB.test(next) || next === 'of') && !PARTICLE.test(next) && !/(?:ing|ed)$/.test(next)
      && !LIGHT.test(verb) && !ctx.derived.phrasals.has(`${verb} ${next}`)) continue;
    const said = tense === 'did' ? simplePast(ctx, verb) : tense === 'does' ? thirdPerson(ctx, verb) : verb;
    out.push([...words.slice(0, k), ...words.slice(k, at), said, ...words.slice(at + 1)].join(' '));
    // the first word that passes is the verb: a later one would put it in the subject ("tour take")
    break;
  }
  return out;
}

/** A cheap test before any statement is built: a do-support word near the start and a question mark. */
const MAY_ASK = /^\W*(?:\w+\W+){0,3}?(?:did|does|do)\s[^?]*\?\s*$/i;

/**
 * A do-support question answered through its statement: the question as written first (the
 * patterns read many as they stand, and what they decide is kept); when that is unread or
 * undecided, each statement it may ask is checked by the whole reader, and the claim is decided
 * only when those the graph decides agree (SUPPORTED meaning yes). Undefined when the claim is no
 * do-support question (the caller checks it as it stands).
 *
 * @example
 * ```ts
 * await answerDoQuestion(ctx, 'Did the gala precede the regatta?', asWritten, recheck);
 * // SUPPORTED: 'Read the question as the statement "the gala preceded the regatta" (yes). ...'
 * ```
 */
export async function answerDoQuestion(
  ctx: CheckContext,
  text: string,
  asWritten: () => Promise<CheckResult>,
  recheck: (claim: string) => Promise<CheckResult | undefined>,
): Promise<CheckResult | undefined> {
  if (!MAY_ASK.test(text)) return undefined;
  const statements = doQuestionStatements(ctx, normalizeTypography(text));
  if (!statements.length) return undefined;
  let unread: unknown;
  const written = await asWritten().catch((err: unknown) => {
    if (!hasErrorCode(err, 'CHECK_UNINTERPRETABLE')) throw err;
    unread = err;
    return undefined;
  });
  if (written && (written.verdict !== 'NOT_ENOUGH_INFO' || written.conflict)) return written;
  const read: Array<{ said: string; r: CheckResult }> = [];
  for (const said of statements) {
    const r = await recheck(said);
    if (r) read.push({ said, r });
  }
  const verdicts = new Set(read.filter(({ r }) => r.verdict !== 'NOT_ENOUGH_INFO' || r.conflict).map(({ r }) => r.verdict));
  const tell = ({ said, r }: { said: string; r: CheckResult }): CheckResult => ({
    ...r, claim: text.trim(),
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), `read the question as the statement "${said}"`] },
    explanation: `Read the question as the statement "${said}" (${r.verdict === 'SUPPORTED' ? 'yes' : r.verdict === 'REFUTED' ? 'no' : 'not decided'}). ${r.explanation}`,
  });
  // one answer from every statement the graph decides; statements decided both ways answer nothing
  if (verdicts.size === 1) return tell(read.find(({ r }) => r.verdict !== 'NOT_ENOUGH_INFO' || r.conflict)!);
  if (written) return written;
  if (read.length && verdicts.size === 0) return tell(read[0]!);
  if (read.length) return undecidedResult(tell(read[0]!), `The question may ask ${read.map(({ said }) => `"${said}"`).join(' or ')}, which the graph decides differently: not decided. ${read[0]!.r.explanation}`);
  throw unread;
}
