/**
 * A subject described by a relative clause instead of a name (round 18): "The bank that opened in
 * Zenda chose Rufus Firefly as its first president", "The field that will supply the canal is
 * among the largest", "The man who hosted the gala is Freedonia's president". The phrase is "the",
 * a class noun (a class label of the ontology or a lexicon `cg:classNoun`, maybe after modifiers),
 * "that" / "which" / "who", the clause, and then the main predicate. Where the clause ends is not
 * marked, so every split is tried whose main part opens with a word that can open a predicate
 * (no preposition, article or name).
 *
 * A definite description picks one thing: the candidates are the graph's entities of the class,
 * and the one the graph describes so ("<label> <clause>" SUPPORTED as a positive statement, or,
 * for an object relative, "<clause> <label>": "the bank that Freedonia leads") is what the phrase
 * names. None, or more than one, is no reading (the claim stays unread). The claim is then read as
 * "<label> <main>"; every split that reads so must agree on the verdict, else no reading. The
 * clause's supporting claims are cited beside the main part's evidence.
 *
 * A contact clause (round 29: "The bank Freedonia joined opened in May") is read the same way,
 * as an object relative: the clause, a name first, is checked of each candidate as "<clause>
 * <label>"; one the graph does not support of exactly one candidate leaves the claim unread (the
 * clause is never dropped).
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { classNouns } from './kinds.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';

// more candidates than this is no description the graph pins down (and bounds the work)
const MAX_CANDIDATES = 24;
// a longer clause is no subject a reader types (and bounds the splits tried)
const MAX_CLAUSE_WORDS = 9;

/** Words that cannot open the main predicate: the clause goes on through them. */
const NOT_A_PREDICATE = new Set(['in', 'on', 'at', 'of', 'to', 'from', 'by', 'with', 'for', 'into', 'onto', 'the', 'a', 'an', 'and', 'or', 'but', 'as',
  'its', 'their', 'his', 'her', 'about', 'near', 'after', 'before', 'since', 'during', 'than', 'that', 'which', 'who', 'whose', 'this', 'these', 'those',
  'some', 'all', 'every', 'each', 'up', 'out', 'over', 'under', 'between', 'among', 'through', 'across', 'per', 'via', 'around', 'off', 'down']);

/** A subject described by a relative clause: the noun's class, and the ways to split the rest. */
export interface RelativeSubject {
  /** "the bank that opened in Zenda" as written up to the relative word. */
  head: string;
  cls: string;
  /** Each split: the relative clause and the main predicate. */
  splits: Array<{ clause: string; main: string }>;
  /** A contact clause ("the bank Freedonia joined"): its subject is the name it opens with, the noun its object. */
  contact?: boolean;
  /**
   * (round 31) A participle clause ("the bank led by Freedonia"), checked as "<label> is <clause>",
   * and the clauses a name and a participle before the noun say ("the Zenda-based bank": "based in
   * Zenda"), each of which the one candidate must fit too.
   */
  participle?: boolean;
  before?: string[];
}

// (round 31) a name and a participle before the noun ("the Zenda-based lender", "the League-backed
// bank"): the clause it says; then the noun and, maybe, a participle clause after it ("led by X")
const PRE_PARTICIPLE = /^([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})-([a-z]+ed)\s+(.+)$/;
const PARTICIPLE_SUBJECT = /^[Tt]he\s+((?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}-[a-z]+ed\s+)?)(.+)$/;
const PARTICIPLE = /^(?:[a-z]+ed|[a-z]+en|led|run|built|held|set\s+up)\s+(?:by|in|at|to|from|near|with|for|on)\s/;

/** The participle-clause subject of a claim ("The Zenda-based bank led by Freedonia ..."), or undefined. */
function readParticipleSubject(ctx: CheckContext, plain: string): RelativeSubject | undefined {
  const m = PARTICIPLE_SUBJECT.exec(plain);
  if (!m) return undefined;
  const before: string[] = [];
  const pre = m[1] ? PRE_PARTICIPLE.exec(`${m[1]}x`) : undefined;
  if (pre) before.push(pre[2] === 'based' ? `based in ${pre[1]}` : `${pre[2]} by ${pre[1]}`);
  const words = m[2]!.split(/\s+/);
  // the noun: one or two words a class names, then the participle clause (or, after a name and a
  // participle before the noun, the main part at once)
  for (const n of [1, 2]) {
    const rest = words.slice(n);
    if (rest.length < 2 || words.slice(0, n).some((w) => !/^[a-z][\w-]*$/.test(w))) continue;
    const participle = PARTICIPLE.test(rest.join(' '));
    if (!participle && !before.length) continue;
    const headTokens = dropIgnorable(tokenize(words.slice(0, n).join(' '), ctx.morph), ctx.morph);
    const cls = headTokens.length ? classNouns(ctx).get(headTokens.map((t) => t.norm).join(' ')) : undefined;
    if (!cls || /[,;:?]/.test(rest.join(' '))) continue;
    const splits: RelativeSubject['splits'] = [];
    for (let k = participle ? 2 : 0; k < rest.length && k <= MAX_CLAUSE_WORDS; k++) {
      const first = rest[k]!;
      if (!/^[a-z][a-z'-]*$/.test(first) || NOT_A_PREDICATE.has(first)) continue;
      splits.push({ clause: rest.slice(0, k).join(' '), main: rest.slice(k).join(' ') });
      if (!participle) break;
    }
    const noun = words.slice(0, n).join(' ');
    if (splits.length) return { head: pre ? `the ${pre[1]}-${pre[2]} ${noun}` : `the ${noun}`, cls, splits, participle: true, before };
  }
  return undefined;
}

/**
 * The relative-clause subject of a claim, or undefined when the claim opens otherwise.
 *
 * @example
 * ```ts
 * readRelativeSubject(ctx, 'The bank that opened in Zenda counts 57 members.')?.splits;
 * // [..., { clause: 'opened in Zenda', main: 'counts 57 members' }, ...]
 * ```
 */
export function readRelativeSubject(ctx: CheckContext, text: string): RelativeSubject | undefined {
  const plain = normalizeTypography(text).trim().replace(/[.!]+$/, '');
  // (round 29) a contact clause, no relative word: "The bank Freedonia joined opened in May", "the
  // bank the League founded ...": an object relative whose subject is a name (capitalised)
  const m = /^the\s+((?:[\w-]+\s+){0,2}[\w-]+)\s+(that|which|who)\s+(.+)$/i.exec(plain)
    ?? /^[Tt]he\s+((?:(?!the\b)[a-z][\w-]*\s+)?[a-z][\w-]*)\s+()((?:the\s+)?[A-Z].+)$/.exec(plain);
  if (!m) return readParticipleSubject(ctx, plain);
  if (/[,;:?]/.test(m[3]!)) return undefined;
  const [, noun, rel, rest] = m as unknown as [string, string, string, string];
  if (!rel && !/^[a-z]/.test(noun)) return undefined;
  const headTokens = dropIgnorable(tokenize(noun, ctx.morph), ctx.morph);
  if (!headTokens.length) return undefined;
  // "who" is said of people: a noun no class names ("the man who ...") is a person's
  const cls = classNouns(ctx).get(headTokens.map((t) => t.norm).join(' ')) ?? classNouns(ctx).get(headTokens.at(-1)!.norm)
    ?? (rel.toLowerCase() === 'who' ? `${NS.cg}Person` : undefined);
  if (!cls) return undefined;
  const words = rest.split(/\s+/);
  const splits: RelativeSubject['splits'] = [];
  for (let k = 1; k < words.length && k <= MAX_CLAUSE_WORDS; k++) {
    const first = words[k]!;
    // a predicate opens with a lower-case word (a verb or an auxiliary), never a name or a number
    if (!/^[a-z][a-z'-]*$/.test(first) || NOT_A_PREDICATE.has(first)) continue;
    splits.push({ clause: words.slice(0, k).join(' '), main: words.slice(k).join(' ') });
  }
  return splits.length ? { head: rel ? `the ${noun} ${rel.toLowerCase()}` : `the ${noun}`, cls, splits, ...(rel ? {} : { contact: true }) } : undefined;
}

/** The graph's entities of a class (entityTypes is filled lazily: the labelled entities are every candidate). */
function candidatesOf(ctx: CheckContext, cls: string): string[] {
  return [...ctx.entityLabel.keys()].filter((iri) => isA(ctx, iri, cls)).sort();
}

/**
 * Reads a claim with a relative-clause subject: the one entity the clause describes, the main
 * predicate checked of it by `recheck`; undefined when no split names one entity and reads.
 */
export async function checkRelativeSubject(ctx: CheckContext, text: string, recheck: (claim: string) => Promise<CheckResult | undefined>): Promise<CheckResult | undefined> {
  const d = readRelativeSubject(ctx, text);
  if (!d) return undefined;
  const candidates = candidatesOf(ctx, d.cls);
  if (!candidates.length || candidates.length > MAX_CANDIDATES) return undefined;
  const described = new Map<string, CheckResult | undefined>();
  const describes = async (claim: string): Promise<CheckResult | undefined> => {
    if (!described.has(claim)) {
      const r = await recheck(claim);
      described.set(claim, r?.verdict === 'SUPPORTED' && r.interpretation.polarity === 'positive' ? r : undefined);
    }
    return described.get(claim);
  };
  const readings: Array<{ label: string; clause: string; main: string; why: CheckResult; also: CheckResult[]; r: CheckResult }> = [];
  for (const { clause, main } of d.splits) {
    const fits: Array<{ label: string; why: CheckResult; also: CheckResult[] }> = [];
    for (const iri of candidates) {
      const label = ctx.entityLabel.get(iri) ?? iri;
      // (round 31) a participle clause and the clauses before the noun: each said of the candidate ("X is led by Y")
      if (d.participle) {
        const said = [...(d.before ?? []), ...(clause ? [clause] : [])].map((c) => `${label} is ${c}.`);
        const all: CheckResult[] = [];
        for (const c of said) {
          const r = await describes(c);
          if (!r) break;
          all.push(r);
        }
        if (all.length === said.length && all.length) fits.push({ label, why: all[0]!, also: all.slice(1) });
        if (fits.length > 1) break;
        continue;
      }
      // a contact clause is an object relative only ("the bank Freedonia joined": Freedonia joined it)
      const why = d.contact ? await describes(`${clause} ${label}.`)
        : (await describes(`${label} ${clause}.`)) ?? (/^[A-Z]/.test(clause) ? await describes(`${clause} ${label}.`) : undefined);
      if (why) fits.push({ label, why, also: [] });
      if (fits.length > 1) break;
    }
    if (fits.length !== 1) continue;
    const [fit] = fits as [typeof fits[0]];
    const r = await recheck(`${fit.label} ${main}.`);
    if (r) readings.push({ label: fit.label, clause, main, why: fit.why, also: fit.also, r });
  }
  if (!readings.length) return undefined;
  // the splits that read must agree (the clause's end is not marked)
  if (new Set(readings.map((x) => x.r.verdict)).size !== 1) return undefined;
  const { label, clause, main, why, also, r } = readings[0]!;
  const note = `"${`${d.head} ${clause}`.trim()}" read as ${label}, the one entity of that kind the graph describes so`;
  return {
    ...r, claim: text.trim(),
    evidence: [...r.evidence, ...(r.verdict === 'NOT_ENOUGH_INFO' ? [] : [why, ...also].flatMap((x) => x.evidence))],
    interpretation: { ...r.interpretation, notes: [...(r.interpretation.notes ?? []), note] },
    explanation: `Read as "${label} ${main}" (${note}: ${why.explanation}). ${r.explanation}`,
  };
}
