/**
 * A relation said without its object when the object goes without saying: "Sylvania and Marsovia
 * are expected to sign their memoranda of obligations at the Zenda summit" (with the League). The
 * candidates are the entities the graph's claims about the subject (each subject of a list) have
 * as object; the claim is read once per candidate with "with <candidate>" put before its
 * first adjunct ("at ...", "in ...") or at its end, and a reading counts only when the candidate
 * is read as the relation's object. The omitted object is "some object": a positive claim is
 * SUPPORTED when one candidate's reading is, a denial REFUTED when one candidate's positive holds;
 * nothing else decides (the graph is not taken to know every object), and an undecided reading of
 * the one candidate that reads is held, shown when no other reader decides.
 */
import { NS, type CheckContext } from './context.js';
import { bestReading } from './implied-object.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import type { Interpretation } from './types.js';
import type { Evaluation } from './verdict.js';
import { readingMemo } from './text-memo.js';
import { asRelated } from './related-bearings.js';

// more candidate objects than this is no object that goes without saying; it also bounds the work:
// each candidate is a whole parse of the claim, and this reader sees every claim no earlier reader
// read (12 doubled the time of a batch of the users' set, 4.9 -> 9.9 s, for no verdict that 5
// does not give on any case set)
const MAX_OBJECTS = 5;

/** The claim once per candidate object: the object's label and the claim with it. */
export function omittedObjects(ctx: CheckContext, text: string): Array<{ iri: string; label: string; claim: string }> {
  // a function of the context and the text, asked again of each text its readers and rechecks
  // see again (the users' set: about twice per text): kept per context (text-memo.ts, round 19), and
  // since round 38 per reading key, shared with the contexts derived to judge otherwise (it only reads)
  return omittedObjectsMemo(ctx, text, () => omittedObjectsUncached(ctx, text));
}

const omittedObjectsMemo = readingMemo<Array<{ iri: string; label: string; claim: string }>>();

function omittedObjectsUncached(ctx: CheckContext, text: string): Array<{ iri: string; label: string; claim: string }> {
  const t = normalizeTypography(text).trim().replace(/[.!?]+$/, '');
  // the names the claim opens with ("Sylvania and Marsovia"), up to its first lower-case word
  const m = /^((?:[A-Z][\w.'\u2019-]*)(?:\s+(?:and\s+|,\s*)?[A-Z][\w.'\u2019-]*)*)\s+(?=[a-z])/.exec(t);
  if (!m) return [];
  // round 36 (users29 probes): "X is a student [in Z]" says what X is; "with Y" after the noun ("a
  // student with Y") is a relation the claim does not state, and reading it so dropped the noun
  if (/^(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:not\s+)?(?:a|an|the)\s+[^,;]+$/i.test(t.slice(m[0].length))) return [];
  const names = m[1]!.split(/\s*,\s*|\s+and\s+/).filter(Boolean);
  const subjects: string[] = [];
  for (const n of names) {
    const found = resolveMention(ctx, dropIgnorable(tokenize(n, ctx.morph), ctx.morph));
    if (found.length !== 1) return [];
    subjects.push(found[0]!.iri);
  }
  let objects: Set<string> | undefined;
  // the objects again, of the claims whose relation the claim's words name (below)
  let named: Set<string> | undefined;
  const words = contentWords(ctx, t);
  for (const s of subjects) {
    const mine = new Set<string>();
    const mineNamed = new Set<string>();
    for (const c of claimsAbout(ctx, s)) {
      const said = c.predicates.some((p) => namesRelation(ctx, p, words));
      for (const o of c.objects) {
        if (!ctx.entityLabel.has(o) || subjects.includes(o)) continue;
        mine.add(o);
        if (said) mineNamed.add(o);
      }
    }
    objects = objects ? new Set([...objects].filter((o) => mine.has(o))) : mine;
    named = named ? new Set([...named].filter((o) => mineNamed.has(o))) : mineNamed;
  }
  // a subject the graph says much about ("Sylvania is expected to sign its memorandum of
  // obligations ..."): too many objects to try, but only those of the relations the claim's own
  // words name (two of the relation's label words, "sign" and "memorandum") go without saying
  // (round 21)
  if (objects && objects.size > MAX_OBJECTS && named?.size) objects = named;
  if (!objects?.size || objects.size > MAX_OBJECTS) return [];
  const rest = t.slice(m[0].length);
  const adjunct = /\s(?:at|in|on|by|before|during|after|from)\s/.exec(rest);
  const at = m[0].length + (adjunct ? adjunct.index : rest.length);
  return [...objects].sort().map((iri) => {
    const label = ctx.entityLabel.get(iri) ?? iri;
    return { iri, label, claim: `${t.slice(0, at)} with ${label}${t.slice(at)}` };
  });
}

/**
 * The graph's claims with `subject` as their subject: each claim's predicates and its objects that
 * are named nodes, in the store's order. Kept per store: the reader asked the store for them (and
 * for each claim's predicates and objects) on every claim it saw, the same subjects again and
 * again (round 38: 1.5% of the batch's profile, most of it in the store's look-ups).
 */
function claimsAbout(ctx: CheckContext, subject: string): ReadonlyArray<{ predicates: string[]; objects: string[] }> {
  let bySubject = subjectClaims.get(ctx.store);
  if (!bySubject) subjectClaims.set(ctx.store, (bySubject = new Map()));
  let out = bySubject.get(subject);
  if (!out) {
    out = ctx.store.getSubjects(`${NS.rdf}subject`, subject, null).map((c) => ({
      predicates: ctx.store.getObjects(c, `${NS.rdf}predicate`, null).map((p) => p.value),
      objects: ctx.store.getObjects(c, `${NS.rdf}object`, null).filter((o) => o.termType === 'NamedNode').map((o) => o.value),
    }));
    bySubject.set(subject, out);
  }
  return out;
}

const subjectClaims = new WeakMap<object, Map<string, Array<{ predicates: string[]; objects: string[] }>>>();

/** The words of a text longer than three letters, in their normal form ("sign" for "signed"). */
function contentWords(ctx: CheckContext, text: string): Set<string> {
  return new Set(tokenize(text, ctx.morph).filter((x) => x.kind === 'word' && x.norm.length > 3).map((x) => x.norm));
}

/**
 * Does the claim name the relation by its words: two of the content words of its label (longer
 * than three letters, compared in their normal form: "sign" for "signed") among the claim's?
 */
function namesRelation(ctx: CheckContext, predicate: string, words: ReadonlySet<string>): boolean {
  const label = ctx.axioms.labels.get(predicate);
  if (!label) return false;
  const own = contentWords(ctx, label);
  return [...own].filter((w) => words.has(w)).length >= Math.min(2, own.size);
}

/** A reading of a claim with its omitted object (see the module comment), or undefined. */
export function readOmittedObject(ctx: CheckContext, text: string): { decided: boolean; interpretation: Interpretation; evaluation: Evaluation } | undefined {
  const read = omittedObjects(ctx, text).map((d) => ({ ...d, r: bestReading(ctx, d.claim) }))
    .filter((d) => d.r && d.r.interpretation.object.kind === 'entity' && d.r.interpretation.object.iri === d.iri);
  if (!read.length) return undefined;
  const note = (label: string): string => `read with the object the claim leaves out: ${label} (an object of the graph's claims about the subject)`;
  const withNote = (d: (typeof read)[number], decided: boolean) => ({
    decided,
    interpretation: { ...d.r!.interpretation, notes: [...(d.r!.interpretation.notes ?? []), note(d.label)] },
    evaluation: { ...d.r!.evaluation, explanation: `Read as "${d.claim}" (${note(d.label)}): ${d.r!.evaluation.explanation}` },
  });
  const decides = read.find((d) => (d.r!.interpretation.polarity === 'positive' ? d.r!.evaluation.verdict === 'SUPPORTED' : d.r!.evaluation.verdict === 'REFUTED'));
  if (decides) return withNote(decides, true);
  // undecided: shown only when one object reads (several would be a guess at which is meant)
  if (read.length !== 1) return undefined;
  const first = read[0]!;
  const held = withNote(first, false);
  return { ...held, evaluation: { ...held.evaluation, verdict: 'NOT_ENOUGH_INFO', conflict: false, bearings: asRelated(held.evaluation.bearings) } };
}
