/**
 * "X said P" where X's own claims do not decide P but another source does (round 11): two cases in
 * which that other source refutes the attribution itself, not only leaves it undecided.
 *
 * - **A commenter swap**: X is the writer of a reader comment, and P is supported only by another
 *   reader's comment ("Zed Q. wrote that Sylvania will join", when Ann B. wrote it). A reader comment
 *   is a short text the graph holds whole (`schema:text`), so a commenter is not taken to have said
 *   what another commenter said. The author of an article is never refuted so: an article says
 *   more than its curated claims.
 * - **The reporting sentence denies it**: X's words come from a sentence that itself denies P
 *   ("Analysts said the bank could lend, but no loan has been approved": "the analysts said a loan
 *   was approved" is refuted by the sentence that reports them).
 *
 * Anything else stays NOT_ENOUGH_INFO with the other source named (src/check/index.ts).
 */
import type { ClaimScope } from './attribution.js';
import { NS, type CheckContext } from './context.js';
import type { CheckResult } from './types.js';


/**
 * The refutation of "X said P" from the result of P checked against every source (`any`), with
 * `checkAs` checking P against one other source's claims only; undefined when neither case holds.
 *
 * @example
 * ```ts
 * // "Zed Q. wrote that Sylvania will join the League", only Ann B.'s comment saying so
 * (await misattribution(ctx, { kind: 'agent', iris: [zed], label: 'Zed Q.' }, any, checkAs))?.verdict; // 'REFUTED'
 * ```
 */
export async function misattribution(ctx: CheckContext, scope: ClaimScope, any: CheckResult | undefined, checkAs: (scope: ClaimScope) => Promise<CheckResult | undefined>): Promise<(Pick<CheckResult, 'verdict' | 'evidence' | 'explanation'> & Partial<Pick<CheckResult, 'reason'>>) | undefined> {
  if (scope.kind !== 'agent') return undefined;
  const store = ctx.store;
  const commentsBy = (author: string): string[] => store.getSubjects(`${NS.schema}author`, author, null).map((c) => c.value)
    .filter((c) => store.getQuads(c, `${NS.rdf}type`, `${NS.schema}Comment`, null).length > 0);
  if (scope.iris.every((a) => commentsBy(a).length > 0)) {
    // the other commenters, each checked alone: one whose comment says P is the one who wrote it
    const others = [...new Set(store.getSubjects(`${NS.rdf}type`, `${NS.schema}Comment`, null)
      .flatMap((c) => store.getObjects(c, `${NS.schema}author`, null).map((a) => a.value)))]
      .filter((a) => !scope.iris.includes(a)).sort();
    for (const other of others) {
      const label = store.getObjects(other, `${NS.rdfs}label`, null)[0]?.value ?? other;
      const r = await checkAs({ kind: 'agent', iris: [other], label });
      if (r?.verdict !== 'SUPPORTED') continue;
      return {
        verdict: 'REFUTED',
        reason: 'other-commenter',
        evidence: r.evidence.filter((e) => e.stance === 'supports').map((e) => ({ ...e, stance: 'refutes' as const })),
        explanation: `Refuted (another commenter): ${scope.label}'s comment, which the graph holds whole, does not say this; ${label}'s comment does.`,
      };
    }
    return undefined;
  }
  const claims = any?.verdict === 'REFUTED' ? any.evidence.filter((e) => e.stance === 'refutes') : [];
  if (claims.length) {
    // the sentences X's own claims come from (cg:saidBy, cg:assertedBy)
    const own = new Set<string>();
    const ownClaims = new Set<string>();
    for (const who of scope.iris) {
      for (const p of [`${NS.cg}saidBy`, `${NS.cg}assertedBy`]) {
        for (const c of store.getSubjects(p, who, null)) {
          ownClaims.add(c.value);
          for (const s of store.getObjects(c, `${NS.prov}wasDerivedFrom`, null)) own.add(s.value);
        }
      }
    }
    // round 32: a claim of X's own is no denial from the reporting sentence: the check of X's own
    // claims has read it already and left P open ("she wrote 'by 2016'" says nothing of "by 2015"),
    // and read against every source it refutes only a reading X's words are not held to
    const same = claims.filter((e) => own.has(e.sentenceIri ?? '') && !ownClaims.has(e.claim));
    if (!same.length) return undefined;
    return {
      verdict: 'REFUTED',
      evidence: same,
      explanation: `Refuted (the reporting sentence denies it): the sentence that reports what ${scope.label} said also denies it.`,
    };
  }
  return undefined;
}
