/**
 * Clauses linked by the words English uses to say a second statement without repeating the first
 * one (issue 15, round 12): each link is rewritten into plain statements that the compound reader
 * (src/check/compound.ts) then reads part by part, under its rule (any part REFUTED -> REFUTED,
 * every part SUPPORTED -> SUPPORTED, else NOT_ENOUGH_INFO).
 *
 * - **Ellipsis of the verb phrase** ("A V O, as did B", "A V O, and so did B", "A did not V O, and
 *   neither did B", "A V O, and B did too", "A V O, as are B and C"): B takes A's place in the
 *   first clause, copied word for word, so its tense, modal, negation and qualifiers go with it
 *   ("Rufus did not visit Sylvania, and neither did Groucho" -> "Groucho did not visit Sylvania").
 *   "neither" / "nor" only after a first clause that says "not" (else the copy would assert what
 *   the claim denies). "A V O, and B too" (no auxiliary) copies the first clause with B in place of
 *   whichever of A and O is of B's class, only when exactly one is.
 * - **A concessive or contrastive clause first** ("Although A, B", "While A, B", "Whereas A, B",
 *   "Even though A, B"): both clauses are asserted, as in "A, but B"; a pronoun opening B is A's
 *   subject (then read by the compound reader's pronoun rules).
 * - **"X, not Y, V O"** (and the cleft "It was X, not Y, who V O"): "X V O" and "Y does not V O".
 * - **A trailing "whose" clause** ("A leads the Bank, whose president is Y"): "A leads the Bank"
 *   and "the Bank's president is Y" (the name right before the comma is the possessor).
 *
 * Each function gives text only; nothing here decides a verdict.
 */
import type { CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, tokenize, type Token } from './text.js';
import { cachedRegExp } from './regex-memo.js';
import { auxClashes, resumedPredicate } from './ellipsis-conjuncts.js';

/** The auxiliaries an elliptic clause repeats ("as did B", "so is B", "B has too"). */
const AUX = 'do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|may|might';
/** The fixed words of readEllipsis's two shapes: "as / so / neither / nor" and an auxiliary, or a last "too / as well / also / either". */
const FRONT_WORDS = cachedRegExp(`\\b(?:as|so|neither|nor)\\s+(?:${AUX})\\s`, 'i');
const BACK_WORDS = /\s(?:too|as well|also|either)$/i;

/** Words no name of a subject holds: an auxiliary, a denial. */
const VERBAL = cachedRegExp(`\\b(?:${AUX}|not|never)\\b`, 'i');

/** A clause that says "not" (or "never", "n't"): the only kind "neither did B" may follow. */
const DENIES = /\b(?:not|never|no)\b|n't\b/i;

/**
 * The names a span is, all of it: one entity or a list ("B and C", "B, C and D"); undefined when
 * any item is not a whole name of the graph.
 */
function wholeNames(ctx: CheckContext, span: string): string | undefined {
  const items = span.trim().split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  if (!items.length || items.some((i) => !i)) return undefined;
  for (const item of items) {
    const toks = dropIgnorable(tokenize(item, ctx.morph), ctx.morph);
    if (!toks.length || !resolveMention(ctx, toks).length) return undefined;
  }
  return span.trim();
}

/** The entity IRIs a whole name stands for (the first reading of each item). */
function iris(ctx: CheckContext, span: string): string[] {
  return span.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((i) => resolveMention(ctx, dropIgnorable(tokenize(i, ctx.morph), ctx.morph))[0]?.iri).filter((x): x is string => !!x);
}

/**
 * The name a clause opens with (the longest opening of up to eight words that is a name of the
 * graph, a leading "the" kept), and the rest; undefined when it opens with none or is nothing else.
 *
 * @example
 * ```ts
 * openingName(ctx, 'The League did not admit Sylvania'); // { name: 'The League', rest: ' did not admit Sylvania' }
 * ```
 */
export function openingName(ctx: CheckContext, clause: string): { name: string; rest: string } | undefined {
  const toks = tokenize(clause, ctx.morph);
  for (let k = Math.min(8, toks.length - 1); k >= 1; k--) {
    const span = dropIgnorable(toks.slice(0, k), ctx.morph);
    if (!span.length || !resolveMention(ctx, span).length) continue;
    const end = toks[k - 1]!.end;
    // the name ends with a word of its own, and no verb is inside it ("Sylvania is a" is no name)
    if (span[span.length - 1] !== toks[k - 1] || VERBAL.test(clause.slice(0, end))) continue;
    // a name runs on into a possessive ("Freedonia's aid"): that is no subject of its own
    if (/^['\u2019]s\b/.test(clause.slice(end))) return undefined;
    return { name: clause.slice(0, end), rest: clause.slice(end) };
  }
  return undefined;
}

/**
 * A clause that opens with a list of names ("Freedonia, Sylvania and Marsovia joined the League"):
 * the whole list and the rest (round 41, users33's "A, B and C joined X; so did D"). openingName
 * takes the first name alone, whose rest (", B and C joined X") then has no main predicate to
 * resume, or (with "A and B") the ellipsis put D in A's place beside B ("D and B joined X").
 * Undefined when the clause does not open with such a list.
 *
 * @example
 * ```ts
 * openingList(ctx, 'Freedonia, Sylvania and Marsovia joined the League');
 * // { name: 'Freedonia, Sylvania and Marsovia', rest: ' joined the League' }
 * ```
 */
export function openingList(ctx: CheckContext, clause: string): { name: string; rest: string } | undefined {
  for (const m of clause.matchAll(/\s+and\s+/gi)) {
    const after = m.index! + m[0].length;
    const last = openingName(ctx, clause.slice(after));
    if (!last || !last.rest.trim()) continue;
    const list = clause.slice(0, after) + last.name;
    if (VERBAL.test(list) || !wholeNames(ctx, list)) continue;
    return { name: list, rest: last.rest };
  }
  return undefined;
}

/** The verb after a new subject agrees with it: a list takes "are", one name "is". */
function agree(subject: string, rest: string): string {
  const plural = /\s(?:and)\s/.test(subject);
  const swaps: Array<[RegExp, string]> = plural
    ? [[/^(\s+)is\b/, '$1are'], [/^(\s+)was\b/, '$1were'], [/^(\s+)has\b/, '$1have'], [/^(\s+)does\b/, '$1do']]
    : [[/^(\s+)are\b/, '$1is'], [/^(\s+)were\b/, '$1was'], [/^(\s+)have\b/, '$1has']];
  for (const [re, to] of swaps) if (re.test(rest)) return rest.replace(re, to);
  return rest;
}

/**
 * An elliptic second clause completed from the first: "A V O, as did B" -> ["A V O", "B V O"];
 * undefined when the claim has no such clause, B is not a whole name, or the first clause does not
 * open with a name to replace.
 *
 * @example
 * ```ts
 * ellipsisCut(ctx, 'Freedonia stayed out of the League, as did Sylvania and Marsovia');
 * // ['Freedonia stayed out of the League', 'Sylvania and Marsovia stayed out of the League']
 * ```
 */
export function ellipsisCut(ctx: CheckContext, claim: string): string[] | undefined {
  const read = readEllipsis(ctx, claim);
  if (!read || 'parts' in read) return read?.parts;
  // round 35: a first clause of several predicates (src/check/ellipsis-conjuncts.ts)
  const which = resumedPredicate(read.main, read.aux, read.negative);
  if (!which) return auxClashes(read.main, read.aux) ? undefined : [read.first, `${read.names}${agree(read.names, read.main)}`];
  if (!which.resumed || which.open.length) return undefined;
  return [read.first, `${read.names}${agree(read.names, ` ${which.resumed}`)}`];
}

/**
 * An elliptic clause after a first clause of several coordinated predicates that it may resume
 * more than one of, or none that can be told (src/check/ellipsis-conjuncts.ts): the statements
 * read (`parts`: the first clause, and B with the last predicate when the auxiliary fits it) and
 * what the others would say of B (`open`), which no one reads. Undefined when ellipsisCut reads
 * the claim whole or it is no ellipsis.
 *
 * @example
 * ```ts
 * heldEllipsis(ctx, 'Freedonia is the largest economy and a member of the League, as is Sylvania');
 * // { parts: ['Freedonia is the largest ...', 'Sylvania is a member of the League'], open: 'Sylvania is the largest economy' }
 * ```
 */
export function heldEllipsis(ctx: CheckContext, claim: string): { parts: string[]; open: string } | undefined {
  const read = readEllipsis(ctx, claim);
  if (!read || 'parts' in read) return undefined;
  const which = resumedPredicate(read.main, read.aux, read.negative);
  if (!which || (which.resumed && !which.open.length)) return undefined;
  const parts = [read.first, ...(which.resumed ? [`${read.names}${agree(read.names, ` ${which.resumed}`)}`] : [])];
  return { parts, open: `${read.names}${agree(read.names, ` ${which.open.join(' and ')}`)}` };
}

/**
 * The last of a first clause's own clauses, when it opens with a name of its own after ", and" or
 * a semicolon ("A led the Pact, and A stayed out of the League"): an elliptic "as did B" after it
 * resumes that clause only (round 40, precision40's traps: "Leading the Pact, Freedonia stayed out
 * of the League, as did Sylvania", read as "Freedonia led the Pact, and Freedonia stayed out of the
 * League, as did Sylvania", had B copied in for the first name, "Sylvania led the Pact", and refuted).
 */
function closingClause(ctx: CheckContext, first: string): string | undefined {
  const cuts = [...first.matchAll(/,\s*(?:and|but|while|whereas|yet)\s+|;\s*(?:and\s+|but\s+)?/gi)];
  const cut = cuts[cuts.length - 1];
  if (!cut) return undefined;
  const tail = first.slice(cut.index! + cut[0].length);
  return openingName(ctx, tail)?.rest.trim() ? tail : undefined;
}

/** The pieces of an elliptic clause ("A V O, as did B"), or the parts of one with no auxiliary. */
function readEllipsis(ctx: CheckContext, claim: string): { first: string; names: string; main: string; aux: string; negative: boolean } | { parts: string[] } | undefined {
  const t = claim.trim().replace(/[.!?]+$/, '');
  // "A ..., as did B", "A ..., and so did B", "A ... and neither did B", "A ...; nor has B"
  // (each shape's fixed words asked first, exactly as the shape needs them: its lazy splits try
  // every cut of the text, ~2-4 us a text, and the readers ask it of every recheck's text)
  const front = FRONT_WORDS.test(t) ? cachedRegExp(`^(.+?)(?:\\s*[,;]\\s*|\\s+)(?:and\\s+|but\\s+)?(as|so|neither|nor)\\s+(${AUX})\\s+(.+?)(?:\\s+(?:too|as well|either))?$`, 'i').exec(t) : null;
  // "A ..., and B did too", "A ..., and B did not either", "A ..., and B hasn't either"
  const back = BACK_WORDS.test(t) ? cachedRegExp(`^(.+?)(?:\\s*[,;]\\s*|\\s+)(?:and|but)\\s+(.+?)\\s+(?:(${AUX})(?:\\s+not)?|([a-z]+)n't)\\s+(too|as well|also|either)$`, 'i').exec(t) : null;
  let first: string; let said: string; let negative: boolean; let aux: string;
  if (front) {
    first = front[1]!; said = front[4]!; negative = /^(?:neither|nor)$/i.test(front[2]!); aux = front[3]!;
  } else if (back) {
    first = back[1]!; said = back[2]!; negative = /^either$/i.test(back[5]!); aux = back[3] ?? back[4]!;
  } else {
    const parts = bareEllipsis(ctx, t);
    return parts ? { parts } : undefined;
  }
  // "neither did B" repeats a denial, "so did B" an affirmation (a denial said with "so" is kept as said)
  if (negative && !DENIES.test(first)) return undefined;
  const names = wholeNames(ctx, said);
  const clause = closingClause(ctx, first) ?? first;
  const opening = openingList(ctx, clause) ?? openingName(ctx, clause);
  if (!names || !opening || !opening.rest.trim()) return undefined;
  const main = mainPredicate(opening.rest);
  if (main === undefined) return undefined;
  return { first, names, main, aux, negative };
}

/**
 * The main predicate of a clause's rest after its opening name: a relative clause or an
 * apposition between commas right after the name ("A, which leads the Pact, stayed out of the
 * League") is said of A alone, so an elliptic "as did B" repeats only what follows it (round 33,
 * users26: "B leads the Pact" was copied from the relative clause and refuted the claim).
 * Undefined when the parenthesis could end at more than one comma ("A, who left on May 5, 2015,
 * stayed out"): the main predicate cannot be told, and the claim is held.
 */
export function mainPredicate(rest: string): string | undefined {
  if (!/^\s*,/.test(rest)) return rest;
  const body = rest.replace(/^\s*,\s*/, '');
  const commas = [...body.matchAll(/,\s*/g)];
  if (commas.length !== 1) return undefined;
  const after = body.slice(commas[0]!.index! + commas[0]![0].length).trim();
  return after ? ` ${after}` : undefined;
}

/**
 * "A V O, and B too" (no auxiliary): B in place of A or of O, whichever is of B's class (exactly
 * one of them). The object is found as the name after the verb: the last name of the first clause
 * that is not its opening.
 */
function bareEllipsis(ctx: CheckContext, t: string): string[] | undefined {
  const m = /^(.+?)(?:\s*,\s*|\s+)and\s+(?:also\s+)?(.+?)\s+(?:too|as well)$/i.exec(t);
  if (!m) return undefined;
  const [first, said] = [m[1]!, m[2]!];
  const names = wholeNames(ctx, said);
  const found = openingName(ctx, first);
  const main = found ? mainPredicate(found.rest) : undefined;
  if (!names || !found || main === undefined) return undefined;
  // the clause without the opening name's relative clause or apposition (see mainPredicate)
  const opening = { name: found.name, rest: main };
  const kinds = (iri: string) => ctx.entityTypes.get(iri) ?? new Set<string>();
  const likeAll = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && a.every((x) => b.every((y) => [...kinds(x)].some((k) => kinds(y).has(k))));
  const mine = iris(ctx, names);
  // the object: a name in the rest of the clause (the last one that resolves, up to four words)
  const toks = tokenize(opening.rest, ctx.morph);
  let object: { begin: number; end: number } | undefined;
  for (let i = 0; i < toks.length && !object; i++) {
    for (let k = Math.min(toks.length, i + 6); k > i; k--) {
      const span = dropIgnorable(toks.slice(i, k), ctx.morph);
      if (span[span.length - 1] !== toks[k - 1] || VERBAL.test(opening.rest.slice(toks[i]!.start, toks[k - 1]!.end))) continue;
      if (span.length && resolveMention(ctx, span).length) { object = { begin: toks[i]!.start, end: toks[k - 1]!.end }; break; }
    }
  }
  const subjectLike = likeAll(mine, iris(ctx, opening.name));
  const objectLike = object ? likeAll(mine, iris(ctx, opening.rest.slice(object.begin, object.end))) : false;
  if (subjectLike === objectLike) return undefined;
  if (subjectLike) return [first, `${names}${agree(names, opening.rest)}`];
  const rest = opening.rest;
  return [first, `${opening.name}${rest.slice(0, object!.begin)}${names}${rest.slice(object!.end)}`];
}

/**
 * A concessive or contrastive clause first ("Although A, B"): the same two statements said as
 * "A, but B", each comma after the connective tried as the clause's end; empty when the claim does
 * not open so.
 *
 * @example
 * ```ts
 * concessiveRewrites('Although Freedonia stayed out, Sylvania joined the League');
 * // ['Freedonia stayed out, but Sylvania joined the League']
 * ```
 */
export function concessiveRewrites(claim: string): string[] {
  const t = claim.trim().replace(/[.!?]+$/, '');
  const m = /^(?:although|though|even though|whereas|while|whilst)\s+/i.exec(t);
  if (!m) return [];
  const body = t.slice(m[0].length);
  const out: string[] = [];
  for (let i = body.indexOf(', '); i > 0; i = body.indexOf(', ', i + 1)) {
    const [a, b] = [body.slice(0, i), body.slice(i + 2)];
    // "While in Sylvania, X did Y": a clause without a verb of its own is a time or a place, not a statement
    if (a.split(/\s+/).length < 3 || b.split(/\s+/).length < 2) continue;
    out.push(`${a}, but ${b}`);
  }
  return out;
}

/**
 * (round 24) An aside between two dashes ("The canal - which opened in 1999 - crosses Zenda", "The
 * canal \u2014 some 10 km long \u2014 will ...") is what commas around it say: the claim with the
 * dashes as commas, for the relative-clause and apposition cuts; undefined without such a pair. A
 * dash is a spaced hyphen, a double hyphen, a spaced en dash or an em dash; the hyphen inside a
 * name ("Zenda-Metro") and a range ("22\u201328") are none.
 *
 * @example
 * ```ts
 * dashPairRewrite('The canal - which opened in 1999 - crosses Zenda'); // 'The canal, which opened in 1999, crosses Zenda'
 * dashPairRewrite('The Zenda-Metro canal crosses Zenda'); // undefined
 * ```
 */
export function dashPairRewrite(claim: string): string | undefined {
  const dash = /\s+(?:-{1,2}|\u2013|\u2014)\s+|\s*\u2014\s*/g;
  const at = [...claim.matchAll(dash)];
  if (at.length !== 2) return undefined;
  const [a, b] = at as [RegExpMatchArray, RegExpMatchArray];
  const [head, aside, rest] = [claim.slice(0, a.index), claim.slice(a.index! + a[0].length, b.index), claim.slice(b.index! + b[0].length)];
  if (!head.trim() || aside.split(/\s+/).length < 2 || !rest.trim()) return undefined;
  return `${head}, ${aside}, ${rest}`;
}

/**
 * "X, not Y, V O" and "It was X, not Y, who V O": ["X V O", "Y not V O"], the denial said with
 * "not" after the verb phrase's auxiliary, or "does not" / "did not" before its verb (by the
 * verb's tense); undefined otherwise (a verb phrase that already denies is left alone).
 *
 * @example
 * ```ts
 * notInsteadCut(ctx, 'Rufus, not Groucho, leads Freedonia'); // ['Rufus leads Freedonia', 'Groucho does not leads Freedonia']
 * ```
 */
export function notInsteadCut(ctx: CheckContext, claim: string): string[] | undefined {
  const t = claim.trim().replace(/[.!?]+$/, '');
  const m = /^it\s+(?:is|was)\s+(.+?),\s+not\s+(.+?),\s+(?:who|that|which)\s+(.+)$/i.exec(t) ?? /^(.+?),\s+(?:and\s+)?not\s+(.+?),\s+(.+)$/i.exec(t);
  if (!m) return undefined;
  const [x, vp] = [m[1]!, m[3]!];
  // "Freedonia's president, not Sylvania's, ...": the possessive without its noun takes the first's
  // (round 18: read alone, "Sylvania's" named the state)
  const head = /^(.+?)(?:'s|\u2019s)\s+(.+)$/i.exec(x);
  const y = head && /(?:'s|\u2019s)$/i.test(m[2]!) ? `${m[2]!} ${head[2]!}` : m[2]!;
  if (!wholeNames(ctx, x) || !wholeNames(ctx, y) || DENIES.test(vp)) return undefined;
  const aux = cachedRegExp(`^(${AUX})\\s+`, 'i').exec(vp);
  const denied = aux ? `${aux[1]} not ${vp.slice(aux[0].length)}` : /^[a-z]+s\b/.test(vp) ? `does not ${vp}` : `did not ${vp}`;
  return [`${x} ${vp}`, `${y} ${denied}`];
}

/**
 * "A V the Bank, whose N is Y" at the end of a claim: ["A V the Bank", "the Bank's N is Y"], the
 * possessor the name right before the comma; undefined otherwise.
 *
 * @example
 * ```ts
 * trailingWhoseCut(ctx, 'Freedonia leads the League, whose president is Rufus Firefly');
 * // ['Freedonia leads the League', "League's president is Rufus Firefly"]
 * ```
 */
export function trailingWhoseCut(ctx: CheckContext, claim: string): string[] | undefined {
  const t = claim.trim().replace(/[.!?]+$/, '');
  const m = /^(.+),\s+whose\s+([^,]+)$/i.exec(t);
  if (!m) return undefined;
  const toks = tokenize(m[1]!, ctx.morph);
  for (let k = Math.max(0, toks.length - 6); k < toks.length; k++) {
    const span = dropIgnorable(toks.slice(k), ctx.morph);
    if (span[0] !== toks[k] && !/^(?:the|a|an)$/i.test(toks[k]!.raw)) continue;
    if (span.length && resolveMention(ctx, span).length) return [m[1]!, `${m[1]!.slice(toks[k]!.start)}'s ${m[2]}`];
  }
  return undefined;
}

/**
 * The statement an apposition makes of its head: "X, the N, ..." -> "X is the N"; "X, once N, ...",
 * "X, formerly N, ...", "X, previously N, ..." -> "X was formerly N" (a past office, as "a former N").
 *
 * @example
 * ```ts
 * appositionStatement('Rufus Firefly', "once Freedonia's finance minister"); // "Rufus Firefly was formerly Freedonia's finance minister"
 * ```
 */
export function appositionStatement(head: string, apposition: string): string {
  const once = /^(?:once|formerly|previously|earlier)\s+(.+)$/i.exec(apposition.trim());
  return once ? `${head} was formerly ${once[1]}` : `${head} is ${apposition}`;
}

/**
 * The names of things (not people) a clause holds, each the longest span of up to six words from
 * its start that names an entity of the graph: the antecedents "its" may have in the next clause.
 *
 * @example
 * ```ts
 * thingNamesIn(ctx, "Rufus Firefly became the League's first president"); // ['League']
 * ```
 */
export function thingNamesIn(ctx: CheckContext, clause: string): string[] {
  const out: string[] = [];
  const personal = (found: ReturnType<typeof resolveMention>): boolean => found.some((e) => [...(ctx.entityTypes.get(e.iri) ?? [])].some((t) => /#(?:Person|Office)$/.test(t)));
  for (const { span, found, first, last } of longestMentions(ctx, clause, true)) {
    const person = personal(found);
    if (!person) out.push(clause.slice(first.start, last.end));
    // (round 23) the owner inside a possessive name is a thing the clause names too ("the
    // League's opening gala ... and Rufus became its first president": the League)
    const owned = span.findIndex((t) => /^['\u2019]s$/.test(t.raw));
    const owner = owned > 0 ? resolveMention(ctx, span.slice(0, owned)) : [];
    if (owner.length && !personal(owner)) {
      out.push(clause.slice(span[0]!.start, span[owned - 1]!.end));
    }
  }
  return [...new Set(out)];
}

/**
 * The names of a text, longest first from each word (up to six words, the ignorable ones dropped):
 * each span that names an entity, with what it names and its first and last token; the next span
 * starts after it. `wholeSpan`: the span's last word must not be an ignorable one either (a
 * clause's names, {@link thingNamesIn}); without it a span may end in one (a question's things,
 * src/check/wh-answer.ts).
 *
 * @example
 * ```ts
 * [...longestMentions(ctx, 'Rufus Firefly visited Sylvania', true)].map((m) => m.found[0]?.label); // ['Rufus Firefly', 'Sylvania']
 * ```
 */
export function* longestMentions(ctx: CheckContext, text: string, wholeSpan: boolean): Generator<{ span: Token[]; found: ReturnType<typeof resolveMention>; first: Token; last: Token }> {
  const toks = tokenize(text, ctx.morph);
  for (let i = 0; i < toks.length; i++) {
    for (let k = Math.min(toks.length, i + 6); k > i; k--) {
      const span = dropIgnorable(toks.slice(i, k), ctx.morph);
      if (!span.length || span[0] !== toks[i] || (wholeSpan && span[span.length - 1] !== toks[k - 1])) continue;
      const found = resolveMention(ctx, span);
      if (!found.length) continue;
      yield { span, found, first: toks[i]!, last: toks[k - 1]! };
      i = k - 1;
      break;
    }
  }
}

/**
 * A clause's one "its" (or "their") said as the name's possessive; undefined when it has none or
 * several.
 *
 * @example
 * ```ts
 * possessiveFor('Sylvania is its largest shareholder', 'the League'); // "Sylvania is the League's largest shareholder"
 * ```
 */
export function possessiveFor(part: string, name: string): string | undefined {
  const found = [...part.matchAll(/\b(?:its|their)\b/gi)];
  if (found.length !== 1) return undefined;
  const at = found[0]!.index!;
  return `${part.slice(0, at)}${name}'s${part.slice(at + found[0]![0].length)}`;
}
