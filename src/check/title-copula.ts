/**
 * A job title as a predicate noun (round 16): "Rufus Firefly is an associate fellow", "Gloria
 * Teasdale works as a senior editor". When the noun phrase after "is a/an" (or "works/serves as
 * a/an") is, word for word (case aside), a job title the graph holds of someone (cg:jobTitle, a
 * byline's "Associate Fellow"), the claim says the person's job title is that title, and is read
 * as "X's job title is T". Any other noun phrase is left to the other readers: a title the graph
 * never names may be a role of another kind ("a fellow of the League").
 */
import { NS, type CheckContext } from './context.js';
import { normalizeTypography } from './text.js';

const TITLE_COPULA = /^(.+?)\s+(?:is|was|works\s+as|worked\s+as|serves\s+as|served\s+as)\s+(?:an?|the)\s+(.+?)$/i;

const bare = (s: string): string => normalizeTypography(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// per context: the reader is tried on every claim of the "X is a ..." shape, the graph's titles do not change
const titlesOf = new WeakMap<CheckContext, Set<string>>();

/** The job titles the graph holds (cg:jobTitle literals, stated or reified), in bare words. */
function jobTitles(ctx: CheckContext): Set<string> {
  const known = titlesOf.get(ctx);
  if (known) return known;
  const out = new Set<string>();
  const p = `${NS.cg}jobTitle`;
  for (const o of ctx.store.getObjects(null, p, null)) if (o.termType === 'Literal') out.add(bare(o.value));
  for (const c of ctx.store.getSubjects(`${NS.rdf}predicate`, p, null)) {
    for (const o of ctx.store.getObjects(c, `${NS.rdf}object`, null)) if (o.termType === 'Literal') out.add(bare(o.value));
  }
  out.delete('');
  titlesOf.set(ctx, out);
  return out;
}

/**
 * "X is a T" as "X's job title is T" when T is a job title of the graph; undefined otherwise.
 *
 * @example
 * ```ts
 * titleCopulaRewrite(ctx, 'Rufus Firefly is an associate fellow.'); // "Rufus Firefly's job title is associate fellow"
 * ```
 */
export function titleCopulaRewrite(ctx: CheckContext, text: string): string | undefined {
  const m = TITLE_COPULA.exec(normalizeTypography(text).trim().replace(/[.!?]+$/, ''));
  if (!m) return undefined;
  const [, who, title] = m as unknown as [string, string, string];
  // "X is not a T", "X is no longer a T": a denial or a change is not this reading's
  if (/\b(?:not|never|no|longer|former|formerly)\b/i.test(who) || /[,;]/.test(title)) return undefined;
  if (!jobTitles(ctx).has(bare(title))) return undefined;
  return `${who}'s job title is ${title}`;
}
