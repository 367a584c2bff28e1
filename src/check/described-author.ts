/**
 * An author named by a description instead of a name: "written by an Associate Fellow of the
 * Acme Institute", "by a Senior Fellow at X". The byline names every author of an
 * article; the description fits an author the graph's stated claims give that job title and that
 * affiliation (cg:jobTitle, cg:affiliatedWith). No author fitting, but every author holding
 * another grade of the same title (cg:oneGradeAtATime: "Associate Fellow", not "Senior Fellow"),
 * refutes it; anything else ("by a researcher at X", a title the graph does not give) is not
 * decided.
 */
import { claimsByPredicate, isA, type ClaimInfo } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, tokenize } from './text.js';
import type { Verdict } from './types.js';

/** A description of a person: a job title at an organisation. */
export interface Description {
  title: string;
  org: { iri: string; label: string };
  text: string;
}

/**
 * Reads "a/an <Title> of|at|with <organisation>" (the title capitalised or not, the organisation
 * one entity of the graph), or "someone at <organisation>" (an empty title); undefined otherwise.
 *
 * @example
 * ```ts
 * readDescription(ctx, 'an Associate Fellow of the Acme Institute'); // { title: 'Associate Fellow', org: { … }, … }
 * ```
 */
export function readDescription(ctx: CheckContext, text: string): Description | undefined {
  // "someone at X", "a person from X" (round 33): the organisation alone, no title
  const anyone = /^(?:someone|somebody|a\s+person|an\s+employee|a\s+staffer|a\s+member\s+of\s+staff)\s+(?:of|at|with|from)\s+(.+)$/i.exec(text.trim());
  const m = anyone ? [anyone[0], '', anyone[1]] : /^(?:an?\s+)(\w[\w-]*(?:\s+\w[\w-]*){0,3}?)\s+(?:of|at|with|from)\s+(.+)$/i.exec(text.trim());
  if (!m) return undefined;
  const org = resolveMention(ctx, dropIgnorable(tokenize(m[2]!, ctx.morph), ctx.morph));
  if (org.length !== 1 || !isA(ctx, org[0]!.iri, `${NS.cg}Organisation`)) return undefined;
  return { title: m[1]!, org: { iri: org[0]!.iri, label: org[0]!.label }, text: text.trim() };
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether the authors fit a description, with the claims that decide it.
 *
 * @example
 * ```ts
 * judgeDescription(ctx, [ann], readDescription(ctx, 'an Associate Fellow of the Acme Institute')!).verdict; // 'SUPPORTED'
 * ```
 */
export function judgeDescription(ctx: CheckContext, authors: readonly string[], d: Description): { verdict: Verdict; why: string; claims: ClaimInfo[] } {
  const stated = (p: string, who: string): ClaimInfo[] => (claimsByPredicate(ctx).get(NS.cg + p) ?? [])
    .filter((c) => c.subject === who && c.polarity === 'positive' && c.modality === 'stated');
  const want = norm(d.title);
  const head = want.split(' ').at(-1)!;
  const grades = ctx.axioms.oneGradeAtATime.has(`${NS.cg}jobTitle`);
  const otherGrade: ClaimInfo[] = [];
  let everyOther = authors.length > 0;
  for (const who of authors) {
    const titles = stated('jobTitle', who);
    const at = stated('affiliatedWith', who).filter((c) => c.object.value === d.org.iri);
    // no title said: the affiliation alone describes the author, or the organisation the byline
    // itself names ("Reporting by the X Desk": someone at the X Desk wrote it)
    if (!want && who === d.org.iri) return { verdict: 'SUPPORTED', why: `the byline names ${d.org.label} itself`, claims: [] };
    if (!want && at.length) return { verdict: 'SUPPORTED', why: `the graph gives the author an affiliation with ${d.org.label}`, claims: at };
    const same = titles.filter((c) => norm(c.object.value) === want);
    if (same.length && at.length) return { verdict: 'SUPPORTED', why: `the graph gives the author the title ${same[0]!.object.value} at ${d.org.label}`, claims: [...same, ...at] };
    const other = titles.filter((c) => { const t = norm(c.object.value); return t !== want && t.split(' ').length > 1 && want.split(' ').length > 1 && t.split(' ').at(-1) === head; });
    if (grades && other.length) otherGrade.push(...other);
    else everyOther = false;
  }
  if (everyOther && otherGrade.length) {
    return { verdict: 'REFUTED', why: `the byline names every author, and the graph gives each another grade of that title (${otherGrade.map((c) => c.object.value).join(', ')}; cg:oneGradeAtATime), not ${d.title}`, claims: otherGrade };
  }
  return { verdict: 'NOT_ENOUGH_INFO', why: `the graph does not give an author the title ${d.title} at ${d.org.label}`, claims: [] };
}
