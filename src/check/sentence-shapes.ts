import { searchQueryStatement } from './search-shapes.js';
import { cachedRegExp } from './regex-memo.js';

/**
 * The outer shapes a claim is typed in, peeled off so that the claim inside is checked (issue 15:
 * "a long sentence pasted from elsewhere", requests, framing). A shape only wraps the claim: it
 * never adds or removes a "not", and never a hedge, so the claim inside keeps its own polarity
 * and modality and SUPPORTED still means "the claim inside is true".
 *
 * - A request: "Check whether P.", "Verify: P.", "Please confirm that P.", "Can you tell me if P?",
 *   "Do you know whether P?", "I wonder if P.", "Fact check: P", "True or false: P", "Claim: P".
 * - A question about truth: "Is it correct / accurate / right / so that P?", "Is this true: P?".
 * - An assertion of truth: "It is correct / accurate / a fact / the case that P."
 * - A report or belief of the one asking: "I read (somewhere) that P", "I heard P", "Apparently, P", "Someone /
 *   a friend / people told me (that) P", "I was told P", "I think / believe / understand P",
 *   "My understanding is that P": the asker's source is no source of the graph (a named source,
 *   "Rufus Firefly said that P", is the attribution reader's, src/check/attribution.ts).
 * - A trailing tag that asks for confirmation without a "not": "P, right?", "P, correct?",
 *   "P -- is that true?", "P. True?"; a declarative question after a discourse word ("So P?").
 *
 * Not peeled, because the frame changes what is claimed: "It is not true that P", "It is false that
 * P", "Is it false that P?", "I doubt that P", "It is possible / likely that P" (modality), a
 * negative tag (src/check/negative-questions.ts) and a named source.
 */

/** What a shape wraps: the claim inside and the shape's name (for the explanation). */
export interface Peeled {
  /** The claim inside the shape, capitalised, ending in "." (or "?" when it is itself a question). */
  core: string;
  /** What was peeled off, said in the explanation. */
  shape: string;
}

/**
 * A discourse word before the shape ("So, ...", "OK, ...", "Hey, ...", "But did ...?"), dropped with
 * it; round 25 enumerated the openers of chat and speech: the first group opens a sentence with or
 * without a comma, the second ("Right, ...", "Look, ...", "Hmm, ...") only with one, since "right",
 * "look" and "listen" are words of claims too. None adds a "not", a hedge or a time to the claim.
 */
export const SENTENCE_LEAD = /^(?:(?:(?:so basically|so|ok|okay|well|hey|hi|and|now|but|also|quick question|question|one more thing|another question|and so|so then|fyi)\s*(?:[,:]|\s-+|\s?[\u2013\u2014])?|(?:right|alright|all right|look|listen|oh|hmm+|um+|uh+|anyway|anyhow|honestly|seriously|quick check|just checking|just wondering|out of curiosity|by the way|btw|wait|hang on|hold on|fyi|psa|heads up|fun fact|note|ps|p\.s\.|lol|haha|wow|ah|yo|basically|actually|quick q)\s*(?:[,:]|\s-+|\s?[\u2013\u2014]))\s+)+/i;

/** A lead word that is a time of the claim ("Now P": P as of today), never dropped before a statement. */
const TIME_LEAD = /\bnow\b/i;

/** "please", "kindly" before a request. */
const PLEASE = '(?:(?:please|kindly|just)\\s+)?';

/** Request verbs that take the claim as their object. */
const REQUEST_VERB = '(?:check|verify|confirm|establish|find\\s+out|see|tell\\s+me|let\\s+me\\s+know|fact[- ]?check|double[- ]?check)';

/** Truth words of a truth frame (never "false", "wrong", "untrue": those deny). */
const TRUTH = '(?:true|correct|right|accurate|so|the\\s+case|a\\s+fact|factual|really\\s+true|actually\\s+true)';

/**
 * The leading frames, each with its name; the claim follows. Order matters only where one frame
 * opens another ("Can you check whether" before "check whether").
 */
const LEADING: ReadonlyArray<[RegExp, string]> = [
  [cachedRegExp(`^(?:can|could|would|will)\\s+(?:you|someone|anyone)\\s+${PLEASE}${REQUEST_VERB}\\s*(?::\\s*|\\s+(?:whether|if|that)\\s+|\\s+(?=[A-Z]))`, 'i'), 'a request to check'],
  [cachedRegExp(`^${PLEASE}${REQUEST_VERB}\\s*(?::\\s*|\\s+(?:whether|if|that)\\s+)`, 'i'), 'a request to check'],
  [/^(?:do|does)\s+(?:you|anyone|anybody|someone)\s+know\s+(?:whether|if|that)\s+/i, 'a question whether'],
  [/^(?:i\s+)?(?:wonder|am\s+wondering|was\s+wondering|(?:would|'d)\s+like\s+to\s+know|want\s+to\s+know)\s+(?:whether|if)\s+/i, 'a question whether'],
  [cachedRegExp(`^(?:is|was)\\s+it\\s+(?:really\\s+|actually\\s+|indeed\\s+)?${TRUTH}\\s+that\\s+`, 'i'), 'a question whether it is true that'],
  [cachedRegExp(`^(?:is|was)\\s+(?:this|that|the\\s+following)\\s+(?:statement\\s+|claim\\s+)?(?:really\\s+)?${TRUTH}\\s*[:,-]+\\s*`, 'i'), 'a question whether it is true that'],
  [cachedRegExp(`^(?:it\\s+is|it's|it\\s+was|it\\s+remains)\\s+(?:indeed\\s+|also\\s+)?${TRUTH}\\s+that\\s+`, 'i'), 'an assertion that it is true that'],
  [/^(?:true\s+or\s+false|t\/f|fact[- ]?check|claim|statement|question|q|check|verify|is\s+it\s+true)\s*(?::|\?|\s-+\s)\s*/i, 'a label'],
  [/^(?:i|we)(?:\s+have|'ve|\s+had|'d)?\s+(?:read|heard|seen|learned|learnt|noticed)\s+(?:somewhere\s+|online\s+|in\s+the\s+(?:news|press|paper)\s+|recently\s+)?(?:that\s+)?/i, 'the asker\'s report'],
  [/^(?:i|we)(?:\s+was|\s+were|\s+have\s+been|'ve\s+been|\s+had\s+been|'d\s+been)\s+told\s+(?:that\s+)?/i, 'the asker\'s report'],
  [/^(?:someone|somebody|a\s+friend(?:\s+of\s+mine)?|a\s+colleague|my\s+\w+|people|they|everyone|everybody)\s+(?:told\s+me|tells\s+me|says|say|said|claims|claim|claimed|mentioned)\s+(?:that\s+)?/i, 'the asker\'s report'],
  [/^(?:i|we)\s+(?:think|believe|understand|recall|remember|gather|suppose|assume|reckon)\s+(?:that\s+)?/i, 'the asker\'s belief'],
  [/^(?:my|our)\s+understanding\s+is\s+(?:that\s+)?/i, 'the asker\'s belief'],
  // (round 29) "I'm pretty sure P", "I am fairly certain that P", "In my view, P", "As far as I know, P":
  // the asker's confidence, as "I think P"; "I'm not sure" (a "not" between) is no such frame
  [/^(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:pretty\s+|quite\s+|fairly\s+|almost\s+|very\s+|absolutely\s+|completely\s+)?(?:sure|certain|confident|convinced|positive)\s+(?:that\s+)?(?!not\b)/i, 'the asker\'s belief'],
  [/^(?:in\s+my\s+(?:view|opinion|understanding)|as\s+far\s+as\s+i\s+(?:know|can\s+tell|remember)|to\s+my\s+knowledge|if\s+memory\s+serves(?:\s+me)?)\s*,\s*/i, 'the asker\'s belief'],
  // (round 25) "Am I right that P?", "Would it be accurate / fair to say that P?", "Correct me if I'm wrong, but P"
  [/^(?:am\s+i\s+(?:right|correct)|is\s+it\s+right)\s+(?:that|in\s+thinking\s+that|to\s+say\s+that)\s+/i, 'a question whether it is true that'],
  [cachedRegExp(`^(?:would|could)\\s+(?:it|one|we|you)\\s+be\\s+(?:${TRUTH}|fair|accurate)\\s+to\\s+(?:say|state|claim)\\s+(?:that\\s+)?`, 'i'), 'a question whether it is true that'],
  [/^correct\s+me\s+if\s+i'?m\s+wrong\s*,?\s*(?:but\s+)?/i, 'a question whether it is true that'],
  // (round 41) "Do I have this right: P?", "Have I got that right - P?", "Did I get it right that P?",
  // "Let me get this straight: P", "Just to confirm: P": the asker checking a claim of their own, as
  // "Am I right that P?"; the frame has no "not" ("Do I have this wrong" is not one) and no hedge
  [/^(?:(?:do\s+i\s+have|have\s+i\s+got|have\s+i\s+gotten|did\s+i\s+get|do\s+i\s+understand)\s+(?:this|that|it)\s+(?:right|correctly|straight)|let\s+me\s+get\s+(?:this|that)\s+straight|(?:just\s+)?to\s+(?:confirm|double[- ]check|be\s+sure|make\s+sure))\s*(?::\s*|\s+-+\s+|\s*[\u2013\u2014]\s*|,\s*|\s+that\s+)/i, 'a question whether it is true that'],
  [/^(?:word|rumou?r)\s+(?:is|has\s+it)\s+(?:that\s+)?/i, 'the asker\'s report'],
  // "Apparently, P", "Reportedly, P": how the asker came to hear P, as "I heard P" (round 21); the
  // parser skips these adverbs inside a claim too ("allegedly", "supposedly" are meaning words: kept)
  [/^(?:apparently|reportedly|evidently|by\s+all\s+accounts|from\s+what\s+i\s+(?:hear|heard|read))\s*,\s*/i, 'the asker\'s report'],  // (round 36) "How come P?", "How is it that P?": a question that takes P for granted, labelled by P
  // (a false premise makes the question's claim false); "How come P is not Q?" keeps its own "not"
  [/^(?:how\s+come|how\s+is\s+it\s+that|how\s+was\s+it\s+that)\s+(?=\S+\s+\S+\s+\S+)/i, 'a question that takes the claim for granted ("how come")'],
];

/** A trailing tag asking for confirmation, with no "not" in it. */
const TRAILING = /(?:\s*,\s*|\s+(?:--|\u2014|\u2013|-)\s+|\s*[.;:]\s+|\s+(?=\())(?:right|correct|true|yes|yeah|no|eh|ok|okay|is\s+that\s+(?:so|true|right|correct|accurate|the\s+case|a\s+fact)|is\s+this\s+(?:true|right|correct|accurate)|isn't\s+that\s+(?:so|true|right|correct)|am\s+i\s+right|did\s+i\s+get\s+that\s+right|true\s+or\s+false|true\s+or\s+not|fact\s+or\s+fiction|or\s+not|yes\s+or\s+no|\(?\s*(?:yes\s*\/\s*no|y\/n|true\s*\/\s*false|t\/f|yes\s+or\s+no|true\s+or\s+false)\s*\)?)\s*[?.]*\s*$/i;

/** A question asking which (a wh- word): no verdict answers it, so no tag or discourse word is peeled from it. */
const WH_OPENING = /^(?:who|whom|whose|what|which|where|when|why|how)\b/i;

/** A word that opens a question: the claim inside is itself a question, kept as one. */
const QUESTION_OPENING = /^(?:who|whom|whose|what|which|where|when|why|how|is|are|was|were|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must)\b/i;

/** A "not" of the frame ("it is not true that"), never peeled: the frame would deny its claim. */
const DENYING_FRAME = /^(?:it\s+is|it's|it\s+was|is\s+it|was\s+it|i|we)\s+(?:not|n't|never|hardly)\b|\b(?:false|untrue|wrong|incorrect|a\s+myth|a\s+lie)\s+that\b|\b(?:doubt|deny|denies|disbelieve)\b|\bdon't\b|\bdoesn't\b|\bdidn't\b|\bisn't\b|\bwasn't\b/i;

/**
 * A claim with no small letter and at least three words of two or more capitals, in small letters
 * with its first letter capitalised; undefined for any other claim (an acronym among small letters
 * is kept).
 *
 * @example
 * ```ts
 * inCapitals('RUFUS WAS ELECTED THE LEAGUE\'S FIRST PRESIDENT.'); // "Rufus was elected the league's first president."
 * ```
 */
export function inCapitals(t: string): string | undefined {
  if (/[a-z]/.test(t)) return undefined;
  if ((t.match(/\b[A-Z][A-Z'\u2019]+\b/g) ?? []).length < 3) return undefined;
  const low = t.toLowerCase();
  return `${low[0]!.toUpperCase()}${low.slice(1)}`;
}

/** The claim inside, capitalised, with its own end: "?" for a question, else ".". */
function asClaim(inner: string): string | undefined {
  let t = inner.trim().replace(/^["\u201c\u2018']+|["\u201d\u2019']+$/g, '').trim();
  t = t.replace(/[\s.?!]+$/, '');
  if (t.split(/\s+/).length < 3) return undefined;
  const question = QUESTION_OPENING.test(t) && /\?\s*$/.test(inner.trim());
  return `${t[0]!.toUpperCase()}${t.slice(1)}${question ? '?' : '.'}`;
}

/**
 * The claim a shape wraps, or undefined when the claim has no shape to peel (or a frame that
 * would change it: a denial, a doubt, a modality).
 *
 * @example
 * ```ts
 * peelSentenceShape('Check whether Freedonia joined the League.'); // { core: 'Freedonia joined the League.', shape: 'a request to check' }
 * peelSentenceShape('Sylvania is a member of the League, right?'); // { core: 'Sylvania is a member of the League.', ... }
 * peelSentenceShape('It is not true that Sylvania joined the League.'); // undefined
 * ```
 */
export function peelSentenceShape(text: string): Peeled | undefined {
  const t = text.trim().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ');
  // (round 36) a claim typed in capitals ("GLORIA TEASDALE BECAME THE BANK'S FIRST PRESIDENT."): read in
  // small letters, which the names of the graph match as they match any claim's
  const capitals = inCapitals(t);
  if (capitals) return { core: capitals, shape: 'a claim typed in capitals' };
  const body = t.replace(SENTENCE_LEAD, '');
  for (const [frame, shape] of LEADING) {
    const m = frame.exec(body);
    if (!m) continue;
    // the frame's own words: a denial or doubt there is no frame to peel
    if (DENYING_FRAME.test(m[0])) return undefined;
    // "Is it true that P, right?": the trailing tag goes too
    const inner = body.slice(m[0].length).replace(TRAILING, '');
    const core = asClaim(inner);
    return core ? { core, shape } : undefined;
  }
  const tag = TRAILING.exec(body);
  if (tag) {
    const inner = body.slice(0, tag.index);
    // "Who joined the League, right?" asks which: nothing one verdict answers; "Did Freedonia join
    // the League, yes or no?" (round 25) asks the question before the tag, kept a question
    if (WH_OPENING.test(inner)) return undefined;
    const core = asClaim(QUESTION_OPENING.test(inner) ? `${inner}?` : inner);
    return core ? { core, shape: `a tag asking for confirmation ("${tag[0].replace(/^[\s,.;:\u2014\u2013-]+/, '').trim()}")` } : undefined;
  }
  // "So P?": a statement asked as a question after a discourse word
  if (body !== t && /\?\s*$/.test(body) && !QUESTION_OPENING.test(body)) {
    const core = asClaim(body);
    return core ? { core, shape: 'a statement asked as a question' } : undefined;
  }
  // (round 27) "FYI - P", "wait, P", "so basically P": a statement after a chat opener, the opener
  // dropped (a "now" opener is a time of the claim: kept)
  if (body !== t && !/\?\s*$/.test(body) && !QUESTION_OPENING.test(body) && !TIME_LEAD.test(t.slice(0, t.length - body.length))) {
    const query = searchQueryStatement(body);
    if (query) return query;
    const core = asClaim(body);
    return core ? { core, shape: 'a discourse word before the claim' } : undefined;
  }
  // (round 27) "X date = Y?", "X = Y?": a search-box query
  const query = /[=:]/.test(body) ? searchQueryStatement(body) : undefined;
  if (query) return query;
  // "So did Freedonia join the League?", "OK so is Rufus the president?" (round 25): the yes/no
  // question after the discourse word, whose first word was read as a subject ("So" as a name)
  if (body !== t && /\?\s*$/.test(body) && QUESTION_OPENING.test(body) && !WH_OPENING.test(body)) {
    const core = asClaim(body);
    return core ? { core, shape: 'a question after a discourse word' } : undefined;
  }
  return undefined;
}
