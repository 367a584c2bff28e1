/**
 * A wh- question that names no candidate ("Who was elected the League's first president?", "Which
 * country holds the largest share of the Acme Bank?"), round 24. A question asserts nothing, so it
 * is never SUPPORTED or REFUTED: the reader finds what the graph answers and shows it, and the
 * verdict is NOT_ENOUGH_INFO (the case sets label such questions so). A question that names its
 * candidate ("Who leads the League -- Freedonia?") asks whether the candidate fills the place and is
 * read by `whCandidateStatements` (src/check/questions.ts), not here.
 *
 * Only a question about the subject is read: "Who V ...?", "Which N V ...?", "What N V ...?", the
 * wh-phrase in the subject's place. The candidates are the entities the graph's claims relate to
 * a thing the question names (its subjects and objects), of the noun's class for "which N" (a class
 * label or a lexicon `cg:classNoun`), an agent for "who"; each is put in the wh-phrase's place and
 * the statement checked. The answers are the candidates whose statement the graph supports; the
 * reading is shown only when some candidate's statement is read at all.
 */
import { NS, type CheckContext } from './context.js';
import { isA } from './claim-index.js';
import { longestMentions } from './clause-links.js';
import { classOfTokens } from './kinds.js';
import type { ReaderInput, ReaderOutcome, UnreadReader } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';
import { tokenize } from './text.js';
import type { CheckResult } from './types.js';

/** "Who V ...?", "Which N V ...?", "What N V ...?": the wh-word and the words after it. */
const SUBJECT_QUESTION = /^(who|which|what)\s+([a-z].*?)\s*\?\s*$/i;

/** A rest that opens with an auxiliary and then a subject of its own asks about an object ("Which bank does X lead?"). */
const OBJECT_QUESTION = /^(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could)\s+(?!not\b|n't\b)[A-Z]/;

/** A candidate's words in a question's subject's place: no more than this many are checked (each is a whole check). */
const MAX_CANDIDATES = 12;

/**
 * The class a "which" phrase asks for and the rest after its noun: the longest class noun (two
 * words, then one) that opens the words; undefined without one ("Which of ...", "What is ...").
 */
function askedClass(ctx: CheckContext, words: string): { noun: string; cls: string; rest: string } | undefined {
  const ws = words.split(/\s+/);
  for (const n of [2, 1]) {
    if (ws.length <= n) continue;
    const noun = ws.slice(0, n).join(' ').toLowerCase();
    const cls = classOfTokens(ctx, tokenize(noun, ctx.morph));
    if (cls) return { noun, cls, rest: ws.slice(n).join(' ') };
  }
  return undefined;
}

/** The things the rest of the question names: the entities of its spans, longest first. */
function namedIn(ctx: CheckContext, rest: string): string[] {
  const out = new Set<string>();
  for (const { found } of longestMentions(ctx, rest, false)) for (const f of found) out.add(f.iri);
  return [...out];
}

/**
 * The entities the graph's claims relate to the things named, of the class the wh-phrase asks for,
 * in a fixed order (by label).
 *
 * @example
 * ```ts
 * whCandidates(ctx, ['https://w3id.org/claimgraph/resource/league'], NS.cg + 'Country'); // the League's members, ...
 * ```
 */
export function whCandidates(ctx: CheckContext, named: readonly string[], cls: string): string[] {
  const out = new Set<string>();
  const add = (v: string): void => {
    if (!named.includes(v) && ctx.entityLabel.has(v) && isA(ctx, v, cls)) out.add(v);
  };
  const related = (e: string): void => {
    for (const c of ctx.store.getSubjects(`${NS.rdf}object`, e, null)) for (const s of ctx.store.getObjects(c, `${NS.rdf}subject`, null)) add(s.value);
    for (const c of ctx.store.getSubjects(`${NS.rdf}subject`, e, null)) for (const o of ctx.store.getObjects(c, `${NS.rdf}object`, null)) add(o.value);
  };
  for (const e of named) {
    related(e);
    // the holders of a named thing's offices ("who was elected the League's first president": the
    // League's office of president, held by someone)
    for (const office of ctx.store.getSubjects(`${NS.cg}officeOf`, e, null)) related(office.value);
  }
  return [...out].sort((a, b) => (ctx.entityLabel.get(a)! < ctx.entityLabel.get(b)! ? -1 : 1));
}

/**
 * Reads a wh- question without a candidate: NOT_ENOUGH_INFO with the graph's answers shown;
 * undefined when the claim is no such question or no candidate's statement is read.
 *
 * @example
 * ```ts
 * await readWhAnswer({ ctx, text: 'Which country leads the Acme Bank?', recheck });
 * // { held: { verdict: 'NOT_ENOUGH_INFO', explanation: 'A question asserts nothing ... the graph answers: Freedonia ...' } }
 * ```
 */
export async function readWhAnswer({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const m = SUBJECT_QUESTION.exec(text.trim());
  if (!m || /[,;:]|\s--?\s|\u2013|\u2014/.test(m[2]!)) return undefined;
  const asked = /^who$/i.test(m[1]!) ? { noun: undefined, cls: `${NS.cg}Agent`, rest: m[2]! } : askedClass(ctx, m[2]!);
  if (!asked || !/^[a-z]/.test(asked.rest) || OBJECT_QUESTION.test(asked.rest)) return undefined;
  const { noun, cls, rest } = asked;
  const named = namedIn(ctx, rest);
  const read: Array<{ label: string; r: CheckResult }> = [];
  const tryAll = async (candidates: readonly string[]): Promise<void> => {
    for (const c of candidates.slice(0, MAX_CANDIDATES)) {
      const label = ctx.entityLabel.get(c)!;
      const r = await recheck(`${label} ${rest}`);
      if (r) read.push({ label, r });
    }
  };
  const near = whCandidates(ctx, named, cls);
  await tryAll(near);
  // an answer the graph states with a value for its object ("holds the fourth largest reserves":
  // a rank) relates it to nothing named: a "which N" question of a small class tries each member
  if (noun && !read.some(({ r }) => r.verdict === 'SUPPORTED')) {
    const members = [...ctx.entityLabel.keys()].filter((e) => !named.includes(e) && !near.includes(e) && isA(ctx, e, cls)).sort();
    if (members.length <= MAX_CANDIDATES) await tryAll(members);
  }
  if (!read.length) return undefined;
  const answers = read.filter(({ r }) => r.verdict === 'SUPPORTED');
  const wh = noun ? `which ${noun}` : 'who';
  const shown = answers[0] ?? read[0]!;
  const said = answers.length
    ? `the graph answers: ${answers.map(({ label }) => label).join(', ')} ("${answers[0]!.label} ${rest}": ${answers[0]!.r.explanation})`
    : `the graph gives no answer among ${read.map(({ label }) => label).join(', ')}`;
  return { held: undecidedResult(restate(shown.r, text), `A question asserts nothing, so it is neither supported nor refuted. Read as asking ${wh} ${rest}; ${said}`) };
}

/** The reader of the table (src/check/readers.ts). */
export const WH_ANSWER_READERS: UnreadReader[] = [
  {
    name: 'wh-answer',
    module: 'wh-answer.ts',
    reads: '"Who was elected the League\'s first president?", "Which country leads the Acme Bank?": a question naming no candidate asserts nothing; the graph\'s answers found and shown, always NOT_ENOUGH_INFO (round 24)',
    needs: /^\s*(?:who|which|what)\s/i,
    read: readWhAnswer,
  },
];
