/**
 * Questions read as the statement they ask about (issue 15: "SUPPORTED means yes").
 *
 * - A yes/no question with its auxiliary before the subject ("Was the canal opened by Rufus?",
 *   "Will the League admit Sylvania?") is the statement with the auxiliary after the subject.
 *   Where the subject ends is not known without a parse, so each place it may end is tried (the
 *   next word lower case, the subject not ending in a function word), and the claim is read only
 *   when the statements that read agree (`invertedStatements`).
 * - A wh- question that names its candidate after a dash, comma or colon ("Who leads the League --
 *   Freedonia?") asks whether the candidate fills the wh-word's place: "Freedonia leads the League"
 *   (`whCandidateStatements`). A disjunctive candidate ("A or B") asks nothing that one verdict
 *   answers: no reading.
 *
 * "Did X do Y?" needs neither: "did" is an ignorable word of the lexicon, so the parser reads it.
 */

/** Auxiliaries that stand before the subject in a yes/no question (not "do": ignorable already). */
const AUXILIARY = /^(is|are|was|were|has|have|had|will|would|can|could|shall|should|may|might|must)\s+(.+?)\s*\?\s*$/i;

/** Words a subject does not end with ("the", "of", "'s"): the subject runs on. */
const RUNS_ON = /^(?:the|a|an|of|and|or|for|in|on|at|to|by|with|from|its|his|her|their|this|that|these|those|'s)$/i;

/** The most places a subject may end that are tried. */
const MAX_SPLITS = 5;

/**
 * The statements a yes/no question with an inverted auxiliary may ask, the shortest subject
 * first; empty when the claim is no such question.
 *
 * @example
 * ```ts
 * invertedStatements('Was the canal opened by Rufus Firefly?');
 * // ['the canal was opened by Rufus Firefly', ...]
 * ```
 */
export function invertedStatements(text: string): string[] {
  const m = AUXILIARY.exec(text.trim());
  if (!m) return [];
  const aux = m[1]!.toLowerCase();
  const words = m[2]!.split(/\s+/);
  // round 29: "Was it X who V ...?" is a cleft question (src/check/question-shapes.ts reads it as
  // "X V ..."); inverted it was "it X was who V ...", which no reading should take
  // (a focus opens with a name, a number or a preposition: "Is it true that P?" is no cleft)
  if (/^(?:is|was)$/.test(aux) && /^it$/i.test(words[0]!) && /^(?:[A-Z0-9]|(?:in|on|at|near|during|by)$)/.test(words[1] ?? '')
    && words.some((w, i) => i > 1 && /^(?:who|that|which)$/i.test(w))) return [];
  const out: string[] = [];
  for (let k = 1; k < words.length && out.length < MAX_SPLITS; k++) {
    const last = words[k - 1]!.replace(/[,;:]$/, '');
    const next = words[k]!;
    // the subject ends before a lower-case word (a verb, a participle, a determiner, a
    // preposition) or a number; a capitalised word continues a name
    // round 11: after a copula, a common noun may end the subject before a name ("Was the Bank's
    // first president Rufus Firefly?": "the Bank's first president was Rufus Firefly")
    const beforeName = /^(?:is|are|was|were)$/.test(aux) && /^[a-z]+$/.test(last) && /^[A-Z]/.test(next) && words.slice(0, k).some((w) => /'s$|\u2019s$/.test(w) || /^(?:the|a|an)$/i.test(w));
    if (RUNS_ON.test(last) || /[,;:]$/.test(words[k - 1]!) || (!/^(?:[a-z]|[$\u20ac\u00a3\u00a50-9])/.test(next) && !beforeName)) continue;
    out.push(`${words.slice(0, k).join(' ')} ${aux} ${words.slice(k).join(' ')}`);
  }
  return out;
}

/**
 * A wh- question split into its wh-word, the rest and the candidate: after a dash the candidate
 * runs to the question mark ("-- on May 3, 2011?"), after a comma or colon it has none of its own.
 */
function withCandidate(wh: RegExp, text: string): [string, string, string, string] | undefined {
  const t = text.trim();
  const opening = wh.exec(t);
  if (!opening) return undefined;
  const body = t.slice(opening[0].length);
  // (round 20) a comma between digits ("about 1,800 kilometres") groups thousands: no separator
  const m = /^(.+?)\s*(?:\u2014|\u2013|--|\s-\s)\s*([^\u2014\u2013?]+?)\s*\?\s*$/.exec(body) ?? /^(.+?)\s*(?:,(?!\d{3}\b)|:)\s*((?:[^,:?]|(?<=\d),(?=\d{3}\b))+?)\s*\?\s*$/.exec(body)
    // round 11: the question, then its answer as a fragment of up to six words ("Where was it
    // held? Near Zenda.", "Who hosted it? X."): the answer is the candidate
    ?? /^([^?]+?)\s*\?\s+((?:[^\s?.!]+\s+){0,5}[^\s?!]+?)\s*[.!]?\s*$/.exec(body);
  return m ? [t, opening[1]!, m[1]!.trim(), m[2]!.trim()] : undefined;
}

/** "do", "does", "did" opening the rest of a wh- question. */
const DO = /^(?:do|does|did)\s+/i;

/** The auxiliaries of a copula ("Who is the president ...": either side may be the subject). */
const COPULA = /^(?:is|are|was|were)\s+/i;

/**
 * The statements a wh- question with a candidate asks: the candidate in the wh-word's place.
 * A subject question ("Who leads Y -- X?") puts it first; an object question ("Which bank did X
 * join -- Y?", "Who was Y hosted by -- X?") at the end, without "do"; a copula ("Who is the president
 * of Y -- X?") both ways. Empty when the claim is no such question.
 *
 * @example
 * ```ts
 * whCandidateStatements('Who leads the League -- Freedonia?'); // ['Freedonia leads the League']
 * whCandidateStatements('Which country did not join the League, Sylvania?'); // ['Sylvania did not join the League']
 * ```
 */
export function whCandidateStatements(text: string): string[] {
  const order = whichCameFirst(text);
  if (order) return order;
  const place = withCandidate(/^(where|when)\s+/i, text);
  if (place) return placeOrTime(place[1]!.toLowerCase() as 'where' | 'when', place[2]!.trim(), place[3]!.trim());
  const measure = withCandidate(/^how\s+(much|many|long|far)\s+/i, text);
  if (measure) return howStatements(measure[1]!.toLowerCase(), measure[2]!.trim(), measure[3]!.trim());
  const m = withCandidate(/^(who|whom|what|which)\s+/i, text);
  if (!m) return [];
  const candidate = m[3]!.trim();
  // "-- A or B?" asks which, not whether: no single statement
  if (/\b(?:or|either)\b/i.test(candidate) || !candidate) return [];
  let rest = m[2]!.trim();
  // "which country did ...", "what amount was ...": the noun after the wh-word is the candidate's kind
  if (/^(?:which|what)$/i.test(m[1]!) && !DO.test(rest) && !COPULA.test(rest) && !/^(?:has|have|had|will|would|can|could)\s/i.test(rest)) {
    // up to four words of kind ("which Ruritanian state stayed out ..."), then a verb or an auxiliary
    const words = rest.split(/\s+/);
    // round 12: "which of the five Ruritanian states stayed out ...": a partitive runs longer, and
    // its plural noun ("states") is no verb
    const partitive = /^of$/i.test(words[0]!);
    const verb = words.slice(1, partitive ? 10 : 5).findIndex((w) => /^(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could)$|^[a-z]+ed$/.test(w) || (!partitive && /^[a-z]+s$/.test(w)));
    if (verb >= 0) rest = words.slice(verb + 1).join(' ');
  }
  if (DO.test(rest)) {
    const after = rest.replace(DO, '');
    // "did not join": the wh-word was the subject
    if (/^(?:not|n't)\b/i.test(after)) return [`${candidate} ${rest}`];
    // round 14: "Who did X host at the gala -- Y?": the object before the phrase that closes the
    // question ("X host Y at the gala") as well as after it
    const closing = /^(\S+\s+.+?)\s+((?:at|in|on|near|during|to|with|for|from|into|before|after)\s+\S.*)$/i.exec(after);
    return closing ? [`${after} ${candidate}`, `${closing[1]} ${candidate} ${closing[2]}`] : [`${after} ${candidate}`];
  }
  // "Who was the ceremony hosted by -- X?": a stranded preposition closes an object question
  if (/\s(?:by|of|to|with|for|from|in|at|on)$/i.test(rest)) return [`${rest} ${candidate}`];
  if (COPULA.test(rest)) {
    const [, be, predicate] = /^(\S+)\s+(.+)$/.exec(rest)!;
    return [`${candidate} ${be} ${predicate}`, `${predicate} ${be} ${candidate}`];
  }
  return [`${candidate} ${rest}`];
}

/** "Which came first, A or B? A.": the choice, the order word and the answer (round 26). */
const WHICH_FIRST = /^\s*(?:which|what|who)\s+(?:one\s+)?(?:came|happened|took\s+place|was\s+held|occurred|was)\s+(first|earlier|sooner|later|last|second)\s*[,:\u2013\u2014-]*\s*(.+?)\s+or\s+(.+?)\s*\?\s*(.+?)\s*[.!]?\s*$/i;

/** A side as the answer names it: without "the" and case. */
const sideKey = (s: string): string => s.trim().replace(/^the\s+/i, '').toLowerCase();

/**
 * "Which came first, A or B? A.": the answer before the other side ("A came before B"); "which
 * came later / last" after it. An answer that is neither side asks nothing one verdict answers.
 *
 * @example
 * ```ts
 * whichCameFirst('Which came first, the gala or the regatta? The gala.'); // ['The gala came before the regatta']
 * ```
 */
export function whichCameFirst(text: string): string[] | undefined {
  const m = WHICH_FIRST.exec(text);
  if (!m) return undefined;
  const [, word, a, b, said] = m as unknown as string[];
  // (round 27) "... ? the tour, right?": the answer without its confirmation tag
  const answer = said!.replace(ANSWER_TAG, '');
  const key = sideKey(answer);
  let other = key === sideKey(a!) ? b! : key === sideKey(b!) ? a! : undefined;
  let named = answer;
  // (round 27) "the tour" for the side "the leader's spring tour": the answer's words all in one side only
  if (!other) {
    const inA = wordsWithin(key, sideKey(a!));
    const inB = wordsWithin(key, sideKey(b!));
    if (inA !== inB) [named, other] = inA ? [a!, b!] : [b!, a!];
  }
  if (!other) return [];
  const relation = /^(?:first|earlier|sooner)$/i.test(word!) ? 'before' : 'after';
  return [`${named.trim()} came ${relation} ${other.trim()}`];
}

/** A confirmation tag after the answer of a "which came first" question ("the gala, right?"). */
const ANSWER_TAG = /(?:\s*,\s*|\s+)(?:right|correct|true|yes|yeah|no|surely|i\s+think|i\s+guess|i\s+believe)\s*[?.!]*\s*$|[?.!]+\s*$/i;

/** Whether every word of the answer is a word of the side. */
function wordsWithin(answer: string, side: string): boolean {
  const words = new Set(side.split(/[\s']+/));
  const asked = answer.split(/[\s']+/).filter(Boolean);
  return asked.length > 0 && asked.every((w) => words.has(w));
}

/**
 * "Where is X based -- P?", "When did X open -- May 2011?": the candidate as the place or time
 * after the statement ("X is based in P", "X open in May 2011"), with "in" unless it brings its
 * own preposition ("on", "in", "at") or a day ("on May 3, 2011").
 */
function placeOrTime(wh: 'where' | 'when', rest: string, candidate: string): string[] {
  if (/\b(?:or|either)\b/i.test(candidate)) return [];
  candidate = candidate.replace(/^(?:In|On|At|By|Near|During|From)\s/, (w) => w.toLowerCase());
  const prep = /^(?:in|on|at|by|near|during|from)\s/i.test(candidate) ? '' : wh === 'when' && /\b\d{1,2}\b.*\d{4}|\b\d{4}-\d{2}-\d{2}\b/.test(candidate) ? 'on ' : 'in ';
  const after = `${prep}${candidate}`;
  if (DO.test(rest)) return [`${rest.replace(DO, '')} ${after}`];
  return invertedStatements(`${rest}?`).map((s) => `${s} ${after}`);
}

/**
 * "How much will X cost -- V?", "How long will X run? D.", "How many N does X count -- K?", "How
 * many N are members of Y? K." (round 12): the candidate as the amount, length or count the
 * question asks, at the end of the statement ("X will cost V", "X will be D long", "X count K N"),
 * or opening it when the wh- phrase is the subject ("K N are members of Y"). A candidate that is
 * no quantity (no digit or number word) or a disjunction asks nothing one verdict answers.
 *
 * @example
 * ```ts
 * howStatements('much', 'will the canal cost', 'US$ 5 billion'); // ['the canal will cost US$ 5 billion']
 * howStatements('many', 'members does the League count', '12'); // ['the League count 12 members']
 * ```
 */
export function howStatements(how: string, rest: string, candidate: string): string[] {
  if (/\b(?:or|either)\b/i.test(candidate) || !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|a|an)\b/i.test(candidate)) return [];
  let noun = '';
  if (how === 'many') {
    // the counted noun runs to the auxiliary or verb ("prospective founding members does ...")
    const words = rest.split(/\s+/);
    const at = words.findIndex((w) => /^(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could)$/i.test(w));
    if (at < 1) return [];
    noun = words.slice(0, at).join(' ');
    rest = words.slice(at).join(' ');
    // "How many N are members of Y -- K?", "How many N have visited Y? K.": the phrase is the
    // subject (a copula, or an auxiliary before a lower-case word that opens no noun phrase)
    if (COPULA.test(rest) || /^(?:has|have|had|will|would|can|could)\s+(?!the\b|a\b|an\b|its\b|their\b|this\b|that\b)[a-z]/.test(rest)) return [`${candidate} ${noun} ${rest}`];
  }
  const value = noun ? `${candidate} ${noun}` : candidate;
  // "will X be -- 3,000 km": a length said with "be" is said "D long"
  const be = how === 'long' && /\s(?:be|is|are|was|were)$/i.test(rest.replace(/\s*$/, '')) ? ' long' : '';
  if (DO.test(rest)) return [`${rest.replace(DO, '')} ${value}${be}`, ...amountBeforeObject(how, rest, value)];
  return invertedStatements(`${rest}?`).map((st) => `${st} ${value}${be}`);
}

/**
 * "How much did X pledge to Y - V?" (round 35, scope35; users27): the amount is the verb's object,
 * said before the recipient's preposition ("Did X pledge V to Y?"), which the do-question reader
 * then states in its tense; at the end ("X pledge to Y V") no pattern read it. The first
 * preposition after the subject's first word and the verb takes the amount before it.
 */
function amountBeforeObject(how: string, rest: string, value: string): string[] {
  if (how !== 'much') return [];
  const aux = rest.match(DO)![0]!.trim();
  const words = rest.replace(DO, '').split(/\s+/);
  const at = words.findIndex((w, i) => i >= 2 && /^(?:to|for|on|in|with|from|towards)$/i.test(w));
  if (at < 0) return [];
  return [`${aux[0]!.toUpperCase()}${aux.slice(1).toLowerCase()} ${words.slice(0, at).join(' ')} ${value} ${words.slice(at).join(' ')}?`];
}
