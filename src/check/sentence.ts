/**
 * The reader on its own, for any English sentence: a claim typed by a user or a sentence of an
 * article (`claimgraph suggest`, issue 19). `readSentence` returns every reading it finds, each
 * with subject, predicate, object, polarity, modality, qualifiers, a confidence and why (the
 * lexicon pattern and what was read loosely), without consulting the graph's claims: only its
 * labels, classes and the ontology's domains and ranges.
 */
import { clauseCuts, JOINERS } from './compound.js';
import type { CheckContext } from './context.js';
import { parseClaim } from './parser.js';
import type { CheckValue, Interpretation } from './types.js';

/** One reading of (a statement in) a sentence. */
export interface SentenceReading {
  /** The statement read: the whole sentence, or a part cut from it ("X, which V1, V2"). */
  text: string;
  /** UTF-16 offsets of that statement in the sentence, when it is a verbatim slice of it. */
  span?: { begin: number; end: number };
  subject: CheckValue;
  /** Full IRI and local name of the property. */
  predicate: string;
  predicateName: string;
  object: CheckValue;
  polarity: Interpretation['polarity'];
  modality: Interpretation['modality'];
  qualifiers: Record<string, CheckValue>;
  /** 0..1: 0.9 for a lexicon pattern matched on its own words, less for each word read loosely. */
  confidence: number;
  /** The pattern or rule that produced the reading and what was read loosely. */
  why: string;
}

/** Options of {@link readSentence}. */
export interface SentenceOptions {
  /** Also read names the graph does not know (as unknown entities); default true. */
  allowUnknown?: boolean;
  /** Readings kept per statement, best first; default 3. */
  maxReadings?: number;
}

/**
 * Confidence of a reading: a lexicon pattern on its own words scores 0.9; each word read
 * through WordNet or a typo correction costs 0.1, each adverb skipped 0.05, an unknown entity
 * 0.3, a statement cut from a longer sentence 0.1.
 */
function confidenceOf(i: Interpretation, cut: boolean): number {
  const notes = i.notes ?? [];
  const loose = notes.filter((n) => n.startsWith('read ')).length;
  const skipped = notes.filter((n) => n.startsWith('skipped ')).length;
  const unknown = [i.subject, i.object, ...Object.values(i.qualifiers)].filter((v) => v.kind === 'unknown-entity').length;
  const c = 0.9 - 0.1 * loose - 0.05 * skipped - 0.3 * unknown - (cut ? 0.1 : 0);
  return Math.max(0.05, Math.round(c * 100) / 100);
}

function toReading(text: string, sentence: string, i: Interpretation, cut: boolean): SentenceReading {
  const at = sentence.indexOf(text);
  return {
    text,
    ...(at >= 0 ? { span: { begin: at, end: at + text.length } } : {}),
    subject: i.subject, predicate: i.predicate, predicateName: i.predicateName, object: i.object,
    polarity: i.polarity, modality: i.modality, qualifiers: i.qualifiers,
    confidence: confidenceOf(i, cut),
    why: [`lexical pattern "${i.pattern ?? ''}" of cg:${i.predicateName}`, ...(i.notes ?? [])].join('; '),
  };
}

function readOne(ctx: CheckContext, text: string, max: number): Interpretation[] {
  try {
    return parseClaim(ctx, text).readings.slice(0, max).map((r) => r.interpretation);
  } catch {
    return [];
  }
}

/**
 * Reads a sentence into candidate statements (empty when nothing in it can be read). The whole
 * sentence is tried first; otherwise it is cut at relative clauses, appositions, conjunctions
 * and commas, and each part that reads is returned, with its span in the sentence.
 *
 * @example
 * ```ts
 * const rs = readSentence(ctx, 'Freedonia, which signed a deal with Sylvania, is a member of the League.');
 * rs.map((r) => r.predicateName); // ['signedDealWith', 'memberOf']
 * rs[0].confidence; // 0.8
 * ```
 */
export function readSentence(ctx: CheckContext, sentence: string, opts: SentenceOptions = {}): SentenceReading[] {
  const max = opts.maxReadings ?? 3;
  const keep = (i: Interpretation): boolean => opts.allowUnknown !== false || ![i.subject, i.object].some((v) => v.kind === 'unknown-entity');
  const plain = sentence.trim().replace(/[.!?]+$/, '');
  const whole = readOne(ctx, plain, max).filter(keep);
  if (whole.length) return whole.map((i) => toReading(plain, sentence, i, false));
  const out: SentenceReading[] = [];
  const seen = new Set<string>();
  const add = (text: string): boolean => {
    const t = text.trim();
    if (!t || seen.has(t)) return false;
    seen.add(t);
    const rs = readOne(ctx, t, max).filter(keep);
    for (const i of rs) out.push(toReading(t, sentence, i, true));
    return rs.length > 0;
  };
  for (const cut of clauseCuts(ctx, plain)) for (const part of cut) add(part);
  for (const joiner of JOINERS) {
    for (const part of plain.split(joiner)) add(part);
  }
  return out;
}
