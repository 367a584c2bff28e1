/**
 * A thing named by where it runs (round 24): "the pipeline from Marsovia to Sylvania", "the gas
 * line from Ruritania to Freedonia". The noun must be a class noun of the ontology or the lexicon
 * (src/check/kinds.ts `classNouns`), the two places names of the graph; the description names the
 * one thing of that class the graph says runs from the first place (cg:runsFrom, or a place inside
 * it) to the second (cg:runsTo, likewise). With exactly one such thing the claim is said again with
 * its name and read as usual; with none or several, nothing is read (the claim stays unread rather
 * than be checked of a thing it may not mean). The graph names the things the articles report, not
 * every pipeline between two countries: the reading supports, but never refutes (a refutation of
 * the graph's one pipeline says nothing of another the user may mean; it is shown, undecided).
 */
import { claimsByPredicate, enclosingPlaces, groupMembers, isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { classOfNoun } from './definite-noun.js';
import { entityName } from './prose.js';
import { wholeName } from './resolver.js';
import { type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { undecidedResult, restate } from './result.js';
import { normalizeTypography } from './text.js';

// "the <noun of one to three words> from <place> to <rest>"
const ROUTE = /\bthe\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+from\s+(.+?)\s+to\s+(.+)$/i;
const MAX_NAME = 6;

/** Things the graph says run from (`end` runsFrom) or to (runsTo) `place`, a place inside it, or a member of it (a region's countries). */
function runningAt(ctx: CheckContext, end: 'runsFrom' | 'runsTo', place: string): Set<string> {
  const out = new Set<string>();
  const members = groupMembers(ctx, place);
  for (const c of claimsByPredicate(ctx).get(NS.cg + end) ?? []) {
    if (c.polarity !== 'positive' || c.object.termType !== 'NamedNode') continue;
    if (members.includes(c.object.value) || enclosingPlaces(ctx, c.object.value).includes(place)) out.add(c.subject);
  }
  return out;
}

/**
 * The claim with "the N from A to B" said as the name of the one N the graph runs from A to B, or
 * undefined.
 *
 * @example
 * ```ts
 * routeRewrite(ctx, 'The pipeline from Marsovia to Sylvania crosses Freedonia');
 * // 'The Marsovia-Sylvania pipeline crosses Freedonia' (the graph's label of that pipeline)
 * ```
 */
export function routeRewrite(ctx: CheckContext, text: string): string | undefined {
  const plain = normalizeTypography(text).trim();
  const m = ROUTE.exec(plain);
  if (!m) return undefined;
  const [, noun, fromSpan, tail] = m as unknown as [string, string, string, string];
  const cls = classOfNoun(ctx, noun);
  const from = cls && wholeName(ctx, fromSpan)?.iri;
  if (!cls || !from) return undefined;
  // the destination is the longest run of the tail's words that names one place
  const words = tail.split(/\s+/);
  for (let k = Math.min(MAX_NAME, words.length); k >= 1; k--) {
    const to = wholeName(ctx, words.slice(0, k).join(' ').replace(/[,.;:!?]+$/, ''))?.iri;
    if (!to) continue;
    const starts = runningAt(ctx, 'runsFrom', from);
    const things = [...runningAt(ctx, 'runsTo', to)].filter((t) => starts.has(t) && isA(ctx, t, cls));
    if (things.length !== 1) return undefined;
    const rest = words.slice(k).join(' ');
    return `${plain.slice(0, m.index)}${entityName(ctx, things[0]!)}${rest ? ` ${rest}` : ''}`.replace(/^the\s+the\b/i, 'the');
  }
  return undefined;
}

/**
 * The reader-table entry's reading: the claim said with the thing's name, SUPPORTED when that
 * reading is, else held as NOT_ENOUGH_INFO with the reading shown.
 *
 * @example
 * ```ts
 * (await readRoute({ ctx, text: 'The pipeline from Marsovia to Sylvania crosses Freedonia.', recheck }))?.decided?.verdict; // 'SUPPORTED'
 * ```
 */
export async function readRoute({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const said = routeRewrite(ctx, text);
  if (!said) return undefined;
  const r = await recheck(said);
  if (!r) return undefined;
  const read = `Read as "${said}" (the one thing the graph says runs between the two places, by its name)`;
  const result = restate(r, text, { explanation: `${read}. ${r.explanation}` });
  if (r.verdict === 'SUPPORTED') return { decided: result };
  return { held: undecidedResult(result, `${read}: ${r.verdict === 'REFUTED' ? 'refuted of that one, but the graph names only the pipelines its sources report, so another the claim may mean is not excluded' : 'not decided'}. ${r.explanation}`) };
}
