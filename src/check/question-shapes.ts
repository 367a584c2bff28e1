/**
 * Sentence shapes that move a claim's words around without changing what it claims, said back in
 * the plain order the patterns read (issue 15: questions and the shapes people type). Each rewrite
 * keeps every "not" and every hedge where it was; a shape whose focus is denied ("It was not Rufus
 * who ...", "It was Rufus, not Gloria, who ...") is left alone.
 *
 * - A cleft ("It was Rufus Firefly who opened the canal.", "Was it Rufus Firefly that opened the
 *   canal?", "It was in Zenda that the League met."): the focus back in its place ("Rufus Firefly
 *   opened the canal", "the League met in Zenda").
 * - "ever" in a question ("Has Freedonia ever joined the League?"): asks the same as without it.
 * - A "get" passive ("Did Rufus get elected as president?", "Rufus got elected ..."): the "be" passive.
 * - An existential ("There are 12 members of the League.", "Are there 12 members in the League?"):
 *   the owner has them ("the League has 12 members").
 * - A fronted phrase of time or place ("In 2015, Rufus visited Freedonia.", "Back in 1995, ..."):
 *   the phrase at the end ("Rufus visited Freedonia in 2015").
 */

/** A rewrite of a shape: the claim in plain order and the shape's name (for the explanation). */
export interface ShapeRewrite {
  claim: string;
  shape: string;
  /**
   * (round 24) The kind the shape's head noun says the subject is ("Zenda is the city where ..."
   * says "Zenda is a city"): checked first, and a refuted kind refutes the claim whatever the
   * clause says ("Marsovia is the city where ...": a country is no city).
   */
  kind?: string;
}

/** Words that open a cleft's focus: a name, a determiner, a number, a preposition of time or place. */
const FOCUS = /^(?:[A-Z0-9$\u20ac\u00a3\u00a5]|(?:the|a|an|this|that|its|their|his|her)\s|(?:in|on|at|near|during|by|from|before|after|since|until|under|through|with)\s)/;

/** A preposition opening the focus: the focus is an adverbial and goes after the clause. */
const PREPOSITION = /^(?:in|on|at|near|during|by|from|before|after|since|until|under|through|with)\s/i;

/** A denied or contrasted focus ("not Rufus", "Rufus, not Gloria"): the cleft says more than its clause. */
const DENIED_FOCUS = /\bnot\b|n't\b|\bnever\b|\bonly\b|\brather\b|\binstead\b|,/i;

/** Truth and modality words after "it is" ("It is possible that P", "It was true that P"): no cleft. */
const NOT_A_FOCUS = /^(?:true|false|correct|right|wrong|possible|likely|unlikely|probable|certain|clear|known|expected|said|reported|believed|hoped|thought|so|the\s+case|a\s+fact|not)\b/i;

/** The clause of a cleft after its relative word: a cleft's clause has a verb, so at least two words. */
function cleft(focus: string, clause: string, shape: string): ShapeRewrite | undefined {
  const f = focus.trim();
  const c = clause.trim();
  if (!FOCUS.test(f) || NOT_A_FOCUS.test(f) || DENIED_FOCUS.test(f) || c.split(/\s+/).length < 2) return undefined;
  // the focus was the subject ("who was elected", "that opened"), or an adverbial ("in Zenda")
  if (PREPOSITION.test(f)) return { claim: `${capital(c)} ${f.replace(PREPOSITION, (p) => p.toLowerCase())}.`, shape };
  return { claim: `${capital(f)} ${c}.`, shape };
}

const capital = (s: string): string => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/**
 * (round 24) A head noun that only names the subject's kind in "X is the N who / that / where
 * ...": one plain lower-case noun. Words that say more than the kind (an order, a rank, "only",
 * "same", "main") and nouns of a content clause ("the fact that P") are no such head.
 */
const KIND_HEAD = /^[a-z][a-z-]{1,20}$/;
const NOT_A_KIND_HEAD = /^(?:[a-z]+est|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|only|sole|lone|single|same|other|former|latest|previous|current|main|chief|principal|leading|top|new|fact|case|reason|way|idea|thing|point|view|claim|belief|hope|news|question|problem|time|moment|day|year|month|week|first-ever|one)$/i;

/** A clause after a relative word that opens with its own subject ("that Rufus visited"): an object relative, not read. */
const OWN_SUBJECT = /^(?:[A-Z]|(?:the|a|an|its|his|her|their|this|these|those|it|he|she|they|we|i|you|there)\s)/;

/** "X is the city where P", "Is X the year when P?": the head noun and the relative word of a place or time. */
const WHERE_HEAD = /^(?:(is|was)\s+)?(.+?)\s+(?:(is|was)\s+)?the\s+([a-z][a-z-]{1,20})\s+(where|when|in\s+which|at\s+which|on\s+which)\s+(.+)$/i;

/** "Zenda is a city", "Rufus and Gloria are leaders": the kind the head noun says, in the copula's number. */
function kindStatement(subject: string, be: string, noun: string): string {
  if (/^(?:are|were)$/i.test(be)) return `${capital(subject)} ${be.toLowerCase()} ${noun}.`;
  return `${capital(subject)} is ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}.`;
}

/** A wh-word: "who is where ..." asks, it names no place. */
const QUESTION_WORD = /^(?:who|whom|whose|what|which|where|when|why|how)\b/i;

/** Auxiliaries after which "ever" only asks "at any time". */
const EVER = /^((?:has|have|had|did|does|do|is|are|was|were|will|would)\s+.+?)\s+ever\s+(.+)$/i;

/** A fronted phrase of time or place, up to its comma ("In July 2015, ...", "Back in 1995, ..."). */
const FRONTED = /^(?:back\s+)?((?:in|on|at|during|near|by|since|until|before|after|from)\s+[^,;:]{2,60}?)\s*,\s*(.+)$/i;

/**
 * The plain-order claims a shape says, first the one to try first; empty when the claim has none
 * of these shapes.
 *
 * @example
 * ```ts
 * shapeRewrites('Was it Rufus Firefly who opened the canal?'); // [{ claim: 'Rufus Firefly opened the canal.', ... }]
 * shapeRewrites('Has Freedonia ever joined the League?'); // [{ claim: 'Has Freedonia joined the League?', ... }]
 * shapeRewrites('There are 12 members of the League.'); // [{ claim: 'The League has 12 members.', ... }]
 * ```
 */
export function shapeRewrites(text: string): ShapeRewrite[] {
  const t = text.trim().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ');
  const out: ShapeRewrite[] = [];
  const question = /\?\s*$/.test(t);
  const body = t.replace(/[\s.?!]+$/, '');
  // "Was it X who/that P?", "Is it X that P?"
  const askedCleft = question ? /^(?:is|was)\s+it\s+(.+?)\s+(?:who|that|which|whom)\s+(.+)$/i.exec(body) : undefined;
  if (askedCleft) {
    const r = cleft(askedCleft[1]!, askedCleft[2]!, 'a cleft question ("was it X who ...?")');
    if (r) out.push(r);
  }
  // "It was X who/that P."
  const saidCleft = question ? undefined : /^it\s+(?:is|was|'s)\s+(.+?)\s+(?:who|that|which|whom)\s+(.+)$/i.exec(body);
  if (saidCleft) {
    const r = cleft(saidCleft[1]!, saidCleft[2]!, 'a cleft ("it was X who ...")');
    if (r) out.push(r);
  }
  // (round 24) "Zenda is the city where the League met", "Is 2015 the year when the canal opened?":
  // the place or time after the clause, the head noun the place's kind
  const whereHead = WHERE_HEAD.exec(body);
  const placeNoun = whereHead?.[4]!.toLowerCase();
  const timeNoun = !!placeNoun && /^(?:day|year|month|week|time|date)$/.test(placeNoun);
  if (whereHead && !!whereHead[1] !== !!whereHead[3] && KIND_HEAD.test(placeNoun!) && (timeNoun || !NOT_A_KIND_HEAD.test(placeNoun!))) {
    const [, be1, subject, be2, noun, rel, clause] = whereHead;
    if (!/\b(?:not|never|only)\b|n't\b/i.test(subject!) && clause!.split(/\s+/).length >= 3 && !QUESTION_WORD.test(subject!)) {
      const word = rel!.toLowerCase().replace(/\s+which$/, '');
      const prep = word === 'where' ? 'in' : word === 'when' ? (/\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}/.test(subject!) ? 'on' : 'in') : word;
      out.push({
        claim: `${capital(clause!)} ${prep} ${subject}.`, shape: `"X is the ${noun!.toLowerCase()} ${rel!.toLowerCase()} ..."`,
        ...(timeNoun ? {} : { kind: kindStatement(subject!, (be1 ?? be2)!, noun!.toLowerCase()) }),
      });
    }
  }
  // (round 24) "Is the League a Zenda-based body?", "The Bank is a Metro-based lender": where the
  // thing is based, the noun its kind
  const based = /^(?:(is|was)\s+)?(.+?)\s+(?:(is|was)\s+)?an?\s+([A-Z][A-Za-z.' ]{1,40}?)[-\u2010\u2011]based\s+([a-z][a-z-]{1,20}(?:\s+[a-z][a-z-]{1,20})?)$/.exec(body.replace(/^(is|was)\b/i, (w) => w.toLowerCase()));
  if (based && !!based[1] !== !!based[3] && !/\b(?:not|never|only)\b|n't\b/i.test(based[2]!) && !QUESTION_WORD.test(based[2]!)) {
    const be = (based[1] ?? based[3])!;
    out.push({ claim: `${capital(based[2]!)} ${be} based in ${based[4]}.`, shape: '"X is a P-based N" (where X is based)', kind: kindStatement(based[2]!, be, based[5]!) });
  }
  // "Zenda is where the League met", "2015 is when the canal opened" (a pseudo-cleft): the place or
  // time after the clause ("the League met in Zenda")
  const where = /^(?:(?:is|was)\s+)?((?:the\s+)?[A-Z0-9][^,;]*?)\s+(?:(is|was)\s+)?(where|when)\s+(.+)$/.exec(body);
  if (where && !whereHead && (!!where[2] !== /^(?:is|was)\s/i.test(body)) && !/\b(?:not|never)\b|n't\b/i.test(where[1]!) && where[4]!.split(/\s+/).length >= 3 && !QUESTION_WORD.test(where[1]!)) {
    const prep = where[3] === 'when' && /\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}/.test(where[1]!) ? 'on' : 'in';
    const clause = where[4]!;
    out.push({ claim: `${capital(clause)} ${prep} ${where[1]}.`, shape: `a pseudo-cleft ("X is ${where[3]} ...")` });
  }
  // "Rufus was the one (who was) elected president", "Was Rufus the one who opened the canal?":
  // "the one" is the subject itself; (round 24) so is "the N" of a plain kind noun ("Freedonia is
  // the country that hosted the gala", "Is Rufus the man who opened the canal?"), whose kind is
  // checked too, and a participle in -ing ("Isn't Freedonia the one leading the League?": "is leading")
  const one = /^(?:(is|was|are|were)\s+)?(.+?)\s+(?:(is|was|are|were)\s+)?the\s+([a-z][a-z-]{1,20})\s+(?:(who|that|which)\s+(?:(is|was|are|were)\s+)?|(?=[a-z]+(?:ed|en|ing)\s))(.+)$/i.exec(body);
  const head = one?.[4]!.toLowerCase();
  const kindHead = !!head && head !== 'one' && KIND_HEAD.test(head) && !NOT_A_KIND_HEAD.test(head);
  if (one && (head === 'one' || kindHead) && !!one[1] !== !!one[3] && !/\b(?:not|never|only)\b|n't\b/i.test(one[2]!) && one[7]!.split(/\s+/).length >= 2 && !QUESTION_WORD.test(one[2]!)
    && !(one[5] && !one[6] && OWN_SUBJECT.test(one[7]!)) && !(head === 'one' && /^(?:are|were)$/i.test(one[1] ?? one[3]!))) {
    const be = (one[1] ?? one[3]!).toLowerCase();
    // "the one who was elected", "the one elected": a passive; "the one who opened": active;
    // "the one leading": the progressive
    const verb = one[7]!.split(/\s+/)[0]!;
    const passive = !!one[6] || (!one[5] && /^[a-z]+(?:ed|en)$/i.test(verb));
    const progressive = !one[5] && /^[a-z]+ing$/i.test(verb);
    out.push({
      // the clause's own tense when it has one ("is the man who was elected": "was elected")
      claim: `${capital(one[2]!)} ${passive || progressive ? `${(one[6] ?? be).toLowerCase()} ` : ''}${one[7]}.`,
      shape: kindHead ? `"the ${head} ${(one[5] ?? '').toLowerCase() || '...'} ..." (the subject itself)` : '"the one who ..." (the subject itself)',
      ...(kindHead ? { kind: kindStatement(one[2]!, be, head!) } : {}),
    });
  }
  // "Has X ever V ...?"
  const ever = question ? EVER.exec(body) : undefined;
  if (ever && !/\b(?:not|never)\b|n't\b/i.test(ever[1]!)) out.push({ claim: `${ever[1]} ${ever[2]}?`, shape: '"ever" in a question (at any time)' });
  // "Did X get elected ...?", "X got elected ...": the "be" passive
  const getQ = question ? /^(did|does|do)\s+(.+?)\s+get\s+([a-z]+(?:ed|en))\b(.*)$/i.exec(body) : undefined;
  if (getQ) out.push({ claim: `${/^did$/i.test(getQ[1]!) ? 'Was' : 'Is'} ${getQ[2]} ${getQ[3]}${getQ[4]}?`, shape: 'a "get" passive' });
  const got = question ? undefined : /^(.+?)\s+(got|gets|has\s+got|had\s+got|have\s+got)\s+([a-z]+(?:ed|en))\b(.*)$/i.exec(body);
  if (got && !/\b(?:not|never)\b|n't\b/i.test(got[1]!)) {
    const be = /^got$/i.test(got[2]!) ? 'was' : /^gets$/i.test(got[2]!) ? 'is' : got[2]!.toLowerCase().replace(/\s*got$/, ' been');
    out.push({ claim: `${got[1]} ${be} ${got[3]}${got[4]}.`, shape: 'a "get" passive' });
  }
  // "There are N X of / in Y", "Are there N X in Y?": Y has N X
  const there = /^(?:there\s+(is|are|was|were)|(is|are|was|were)\s+there)\s+((?:[0-9]|a\s|an\s|one\s|two\s|three\s|four\s|five\s|six\s|seven\s|eight\s|nine\s|ten\s|several\s|many\s|some\s)[^,;]*?)\s+(?:of|in|at)\s+((?:the\s+)?[A-Z][^,;]*)$/i.exec(body);
  if (there && !/\b(?:not|no|never)\b/i.test(there[3]!)) {
    const be = (there[1] ?? there[2]!).toLowerCase();
    const has = /^(?:was|were)$/.test(be) ? 'had' : 'has';
    out.push({ claim: question ? `Does ${there[4]} have ${there[3]}?` : `${capital(there[4]!)} ${has} ${there[3]}.`, shape: 'an existential ("there are N X of Y")' });
  }
  // "In July 2015, P.": the fronted phrase at the end
  const fronted = question ? undefined : FRONTED.exec(body);
  if (fronted && fronted[2]!.split(/\s+/).length >= 3 && !/^(?:which|who|that|and|but|or)\b/i.test(fronted[2]!)) {
    out.push({ claim: `${capital(fronted[2]!)} ${fronted[1]!.replace(/^\w+/, (w) => w.toLowerCase())}.`, shape: 'a fronted phrase of time or place' });
  }
  return out;
}
