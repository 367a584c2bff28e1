/**
 * The means of a deed said as the deed itself (round 41): the source says "The aim of Rufus's
 * visit to Sylvania was to strengthen trade ties by financing canal projects in Sylvania", and the
 * claim says "Freedonia is financing canal projects in Sylvania in order to strengthen trade ties"
 * (or "... in a bid to / in the hope of ..."). A claim node's `cg:purposeMeans` is how its purposes
 * are pursued: what is done by that means is done for those purposes. So a purpose clause whose
 * deed names that means (compared as src/check/means.ts compares means: every content word of the
 * claim's activity among the source's) and whose doer is the node's subject, or the state that
 * subject acts for (its office: src/check/actors.ts), is read as the node's own deed with the
 * claim's purpose ("Rufus visited Sylvania in order to strengthen trade ties"), which the purpose
 * reader (src/check/purpose.ts) then checks: supported, refuted by a contrary purpose
 * ("to loosen the ties", cg:weakeningVerb), or undecided. Anything else is not this reading.
 */
import { actorsOf } from './actors.js';
import { NS, type CheckContext } from './context.js';
import { compareMeans } from './means.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normWord, tokenize } from './text.js';

const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const SKOS_ALT = 'http://www.w3.org/2004/02/skos/core#altLabel';
// the doer (up to four capitalised words), a tense or a wish before the verb, the verb, its object
const DEED = /^((?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*)\s+(?:(?:is|are|was|were)\s+(?=[a-z]+ing\s)|(?:will|would|may|might|could|can)\s+|(?:plans?|planned|hopes?|hoped|wants?|wanted|seeks?|sought|aims?|aimed|intends?|intended|strives?|tries|tried|is\s+(?:planning|hoping|seeking|aiming|trying|striving))\s+to\s+)?([a-z]{3,})\s+(.+)$/;
// a copula or a verb of saying is no activity ("is", "has", "said")
const NOT_ACTIVITY = /^(?:is|are|was|were|has|have|had|does|did|goes|went|says|said|being|having)$/i;

/**
 * The deed of the source's claim node whose `cg:purposeMeans` the claim's deed names, said as a
 * sentence ("<subject> <property label> <object>"), or undefined.
 *
 * @example
 * ```ts
 * meansDeed(ctx, 'Freedonia is financing canal projects in Sylvania'); // 'Rufus visited Sylvania'
 * ```
 */
export function meansDeed(ctx: CheckContext, deed: string): string | undefined {
  const m = DEED.exec(deed.trim());
  if (!m) return undefined;
  const [, who, verb, rest] = m as unknown as [string, string, string, string];
  if (NOT_ACTIVITY.test(verb)) return undefined;
  const doer = resolveMention(ctx, dropIgnorable(tokenize(who, ctx.morph), ctx.morph));
  if (doer.length !== 1) return undefined;
  const activity = `${verb.endsWith('ing') ? verb : `${normWord(verb, ctx.morph)}ing`} ${rest}`;
  const found = new Set<string>();
  for (const node of ctx.store.getSubjects(`${NS.cg}purposeMeans`, null, null)) {
    const c = node.value;
    const subject = ctx.store.getObjects(c, `${NS.rdf}subject`, null)[0]?.value;
    const predicate = ctx.store.getObjects(c, `${NS.rdf}predicate`, null)[0]?.value;
    const object = ctx.store.getObjects(c, `${NS.rdf}object`, null)[0]?.value;
    if (!subject || !predicate || !object) continue;
    // the claim's doer is the node's subject, or the state it acts for
    if (doer[0]!.iri !== subject && !actorsOf(ctx, doer[0]!.iri).some((a) => a.actor === subject)) continue;
    const means = ctx.store.getObjects(c, `${NS.cg}purposeMeans`, null).map((o) => o.value);
    const labels = means.flatMap((x) => [RDFS_LABEL, SKOS_ALT].flatMap((p) => ctx.store.getObjects(x, p, null).map((o) => o.value)));
    if (compareMeans(ctx, activity, labels, doer[0]!.iri, object) !== 'same') continue;
    const said = [subject, object].map((x) => ctx.entityLabel.get(x));
    const verbSaid = ctx.axioms.labels.get(predicate);
    if (said[0] && said[1] && verbSaid) found.add(`${said[0]} ${verbSaid} ${said[1]}`);
  }
  // two deeds pursued by the same means: which one the claim means is not said
  return found.size === 1 ? [...found][0] : undefined;
}
