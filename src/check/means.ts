/**
 * The means of a deed: "X helps Y's programme by promoting exports of Z", "By doing B, X did A".
 * The graph records a means as the qualifier `cg:means` of the claim that states the deed (an
 * activity entity, labelled with the source's words: "promoting the export of Freedonian nuclear
 * plant technology and equipment to Marsovia"). The claim's "by ..." phrase is compared with
 * those words, as a bag of content words where the doer and the one the deed is for stand as
 * two roles:
 *
 * - every word of the phrase among the label's: the same activity, said less fully -> SUPPORTED
 *   (when the deed is supported by a claim node carrying that means);
 * - only after one declared change: the action turned into its opposite ("blocking" for
 *   "promoting", lexicon `cg:oppositeAction`), or the flow run the other way (the roles swapped,
 *   or "import" for "export", lexicon `cg:flowWord`) -> REFUTED: the source says how the deed is
 *   done, and this is the contrary of it (when both are needed, "blocking the reverse flow", the
 *   two are compatible: no verdict);
 * - anything else (another activity, a word the label lacks): NOT_ENOUGH_INFO. A source that gives
 *   one means does not say it is the only one, so an unmentioned means is never refuted.
 */
import { NS, type CheckContext } from './context.js';
import type { ClaimInfo, Evaluation } from './verdict.js';
import { resolveMention } from './resolver.js';
import { tokenize, type Token } from './text.js';
import type { Interpretation } from './types.js';

const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const SKOS_ALT = 'http://www.w3.org/2004/02/skos/core#altLabel';
// function words that say nothing of the activity ("there": the place the deed is about)
const FUNCTION = new Set(['the', 'a', 'an', 'of', 'to', 'into', 'in', 'from', 'for', 'and', 'its', 'their', 'his', 'her', 'there', 'it', 'them', 'this', 'that', "'s", 'with', 'on', 'at']);
const DOER = '@doer';
const PATIENT = '@patient';

/** How a claim's means phrase stands to the source's. */
export type MeansMatch = 'same' | 'contrary' | 'other';

interface WordSets {
  /** stem -> the stems of its opposite action ("promot" -> {"block", "ban", ...}). */
  opposite: Map<string, Set<string>>;
  /** stem -> the stem of the same flow seen from its other end ("import" -> "export"). */
  flow: Map<string, string>;
  /** stem -> the first word of its side of an opposite-action line ("encourag" -> "promot"). */
  same: Map<string, string>;
}

const wordSets = new WeakMap<object, WordSets>();

/** The lexicon's opposite actions and flow words (`cg:oppositeAction`, `cg:flowWord`), stemmed. */
function lexiconWords(ctx: CheckContext): WordSets {
  let w = wordSets.get(ctx.lexicon);
  if (w) return w;
  const stemOf = (s: string): string => tokenize(s, ctx.morph)[0]?.norm ?? s;
  const groups = (p: string): string[][] => ctx.lexicon.getQuads(null, `${NS.cg}${p}`, null, null)
    .map((q) => q.object.value.split('|').map((side) => side.trim()));
  const opposite = new Map<string, Set<string>>();
  for (const [a, b] of groups('oppositeAction')) {
    const left = a!.split(/\s+/).map(stemOf);
    const right = (b ?? '').split(/\s+/).filter(Boolean).map(stemOf);
    for (const x of [...left, left[0]!]) for (const y of [...right, right[0] ?? '']) {
      if (!y) continue;
      (opposite.get(x) ?? opposite.set(x, new Set()).get(x)!).add(y);
      (opposite.get(y) ?? opposite.set(y, new Set()).get(y)!).add(x);
    }
  }
  // the words on one side of a line are one action for comparison ("encouraging" is "promoting")
  const same = new Map<string, string>();
  for (const [a, b] of groups('oppositeAction')) {
    for (const side of [a!, b ?? '']) {
      const words = side.split(/\s+/).filter(Boolean).map(stemOf);
      for (const w of words) if (!same.has(w)) same.set(w, words[0]!);
    }
  }
  const flow = new Map<string, string>();
  for (const [a, b] of groups('flowWord')) if (a && b) { flow.set(stemOf(a), stemOf(b)); flow.set(stemOf(b), stemOf(a)); }
  w = { opposite, flow, same };
  wordSets.set(ctx.lexicon, w);
  return w;
}

/** The content words of a phrase, names of the doer and the patient as their roles ("Freedonian" -> @doer). */
function bag(ctx: CheckContext, phrase: string, doer: string | undefined, patient: string | undefined): string[] | undefined {
  const tokens = tokenize(phrase, ctx.morph).filter((t) => t.kind === 'word' || t.kind === 'possessive');
  const out: string[] = [];
  // a role is where the flow ends after "to"/"into", else where it starts ("Freedonian technology",
  // "from Freedonia"): swapping the roles swaps the ends
  const end = (k: number): string => (/^(?:to|into|towards?)$/i.test(tokens[k - 1]?.raw ?? '') ? ':to' : ':from');
  for (let i = 0; i < tokens.length;) {
    // the longest run (up to three words) naming the doer or the patient
    let took = 0;
    for (let n = Math.min(3, tokens.length - i); n >= 1 && !took; n--) {
      const run: Token[] = tokens.slice(i, i + n);
      if (!run.every((t) => t.cap || n === 1)) continue;
      const iris = resolveMention(ctx, run, 1).map((e) => e.iri);
      if (iris.length !== 1) continue;
      if (iris[0] === doer) out.push(DOER + end(i));
      else if (iris[0] === patient) out.push(PATIENT + end(i));
      else if (run.some((t) => t.cap)) out.push(`@${iris[0]}`);
      else continue;
      took = n;
    }
    if (took) { i += took; continue; }
    const t = tokens[i]!;
    i++;
    if (t.kind === 'possessive' || FUNCTION.has(t.raw.toLowerCase())) continue;
    // a name the graph does not know stays a word; a number or date is no activity word
    out.push(lexiconWords(ctx).same.get(t.norm) ?? t.norm);
  }
  return out.length ? out : undefined;
}

const within = (words: string[], label: Set<string>): boolean => words.every((w) => label.has(w));

/**
 * How the claim's means phrase stands to the source's means (its labels): the same activity, its
 * contrary, or another one (see the module comment).
 *
 * @example
 * ```ts
 * compareMeans(ctx, 'blocking exports of Freedonian grain', labels, freedonia, sylvania); // 'contrary'
 * ```
 */
export function compareMeans(ctx: CheckContext, phrase: string, labels: string[], doer: string | undefined, patient: string | undefined): MeansMatch {
  const words = bag(ctx, phrase, doer, patient);
  if (!words) return 'other';
  const { opposite, flow } = lexiconWords(ctx);
  let contrary = false;
  for (const label of labels) {
    const set = new Set(bag(ctx, label, doer, patient) ?? []);
    if (within(words, set)) return 'same';
    // the action turned (one word into its declared opposite), the flow reversed (the roles
    // swapped, a flow word for its converse), or both
    const turned = (ws: string[]): string[][] => ws.flatMap((w, k) => [...(opposite.get(w) ?? [])].map((o) => ws.map((x, j) => (j === k ? o : x))));
    const reversed = (ws: string[]): string[][] => {
      const swapped = ws.map((w) => (w.startsWith(DOER) ? PATIENT + w.slice(DOER.length) : w.startsWith(PATIENT) ? DOER + w.slice(PATIENT.length) : w));
      const conversed = ws.map((w) => flow.get(w) ?? w);
      const both = swapped.map((w) => flow.get(w) ?? w);
      return [swapped, conversed, both].filter((v) => v.some((w, k) => w !== ws[k]));
    };
    const turnedOnly = turned(words).some((v) => within(v, set));
    // (round 41, lead) roles swapped are a flow reversed only when the claim gives the flow a direction
    // (a flow word, or an end after "to"): "pushing technology in Sylvania" names where, not which way
    // (u21-purpose-06 was REFUTED against "promoting the export of technology to Sylvania")
    const directed = words.some((w) => w.endsWith(':to') || flow.has(w));
    const reversedOnly = directed && reversed(words).some((v) => within(v, set));
    const turnedAndReversed = turned(words).some((v) => reversed(v).some((r) => within(r, set)));
    if ((turnedOnly || reversedOnly) && !turnedAndReversed) contrary = true;
  }
  return contrary ? 'contrary' : 'other';
}

/** The labels of an entity (rdfs:label and skos:altLabel). */
function labelsOf(ctx: CheckContext, iri: string): string[] {
  return [RDFS_LABEL, SKOS_ALT].flatMap((p) => ctx.store.getObjects(iri, p, null).map((o) => o.value));
}

const iriOf = (v: unknown): string | undefined => (v as { iri?: string } | undefined)?.iri;

/** A claim node that states the deed, with its means (of the qualifier asked for). */
export interface MeansNode {
  iri: string;
  means: string[];
  /** The node supports the deed as the claim says it (a supported means needs that). */
  supporting: boolean;
}

/** What the source's means say of the claim's: the verdict, the node it rests on, and why. */
export interface MeansJudgement {
  verdict: 'SUPPORTED' | 'REFUTED' | 'NOT_ENOUGH_INFO';
  iri: string;
  explanation: string;
}

/**
 * Judges "by <how>" against the means of the deed's claim nodes: the same activity (on a node that
 * supports the deed) supports, its contrary refutes, both at once or neither is undecided.
 *
 * @example
 * ```ts
 * judgeMeans(ctx, [{ iri, means: [promotion], supporting: true }], 'promoting exports of grain', doer, patient);
 * ```
 */
export function judgeMeans(ctx: CheckContext, nodes: MeansNode[], how: string, doer: string | undefined, patient: string | undefined): MeansJudgement | undefined {
  nodes = nodes.filter((n) => n.means.length);
  if (!nodes.length) return undefined;
  const verdicts = new Set<MeansMatch>();
  const told: Array<{ node: MeansNode; match: MeansMatch }> = [];
  for (const n of nodes) {
    for (const m of n.means) {
      const match = compareMeans(ctx, how, labelsOf(ctx, m), doer, patient);
      // a supported means needs the deed supported by this very claim node
      if (match === 'same' && !n.supporting) continue;
      verdicts.add(match);
      told.push({ node: n, match });
    }
  }
  const means = (n: MeansNode): string => n.means.map((m) => `"${ctx.entityLabel.get(m) ?? m}"`).join(', ');
  // the source's means and its contrary at once would be two claims disagreeing: no verdict
  if (verdicts.has('same') && !verdicts.has('contrary')) {
    const hit = told.find((t) => t.match === 'same')!.node;
    return { verdict: 'SUPPORTED', iri: hit.iri, explanation: `The source gives the means as ${means(hit)}, which "by ${how}" names.` };
  }
  if (verdicts.has('contrary') && !verdicts.has('same')) {
    const hit = told.find((t) => t.match === 'contrary')!.node;
    return { verdict: 'REFUTED', iri: hit.iri, explanation: `The source gives the means as ${means(hit)}; "by ${how}" is its contrary (the opposite action, or the flow the other way).` };
  }
  const hit = told[0]?.node ?? nodes[0]!;
  return { verdict: 'NOT_ENOUGH_INFO', iri: hit.iri, explanation: `The source gives the means as ${means(hit)}; it does not say "by ${how}", nor its contrary.` };
}

/**
 * Decides the "by ..." part of a claim from the means the graph gives the deed's claim nodes
 * (`cg:means`): undefined when none of them has one (the caller says the graph records none).
 *
 * @example
 * ```ts
 * decideMeans(ctx, deed.interpretation, deed.evaluation, 'promoting exports of grain');
 * // { verdict: 'SUPPORTED', reason: 'qualifier', ... } when the deed's claim has that cg:means
 * ```
 */
export function decideMeans(ctx: CheckContext, interp: Interpretation, ev: Evaluation, how: string): Evaluation | undefined {
  const doer = iriOf(interp.subject);
  if (!doer || interp.polarity !== 'positive') return undefined;
  // the deed's own claim nodes (supporting it, or the same relation said with another modality)
  const byIri = new Map<string, ClaimInfo>();
  for (const b of ev.bearings) if (b.stance !== 'refutes' && b.claim.polarity === 'positive') byIri.set(b.claim.iri, b.claim);
  const nodes = [...byIri.values()].map((c) => ({ iri: c.iri, means: c.qualifiers.get('means') ?? [],
    supporting: ev.verdict === 'SUPPORTED' && ev.bearings.some((b) => b.claim.iri === c.iri && b.stance === 'supports') }));
  const j = judgeMeans(ctx, nodes, how, doer, iriOf(interp.object));
  if (!j) return undefined;
  const claim = byIri.get(j.iri)!;
  const stance = j.verdict === 'SUPPORTED' ? 'supports' : j.verdict === 'REFUTED' ? 'refutes' : 'related';
  const reason = j.verdict === 'REFUTED' ? 'qualifier-conflict' : 'qualifier';
  return { verdict: j.verdict, reason, conflict: false, bearings: [{ claim, stance, reason, note: j.verdict === 'REFUTED' ? 'states another means' : 'states the means' }], explanation: j.explanation };
}
