/**
 * What a package or deed is MAINLY for (round 15): "Freedonia's aid to Sylvania was mainly for
 * farming", "the grants are chiefly meant for schools", "the loan is primarily intended to build
 * roads". The claim without its adverb is checked first; when the graph leaves that undecided only
 * because some statement of the relation names no purpose (a group statement, a passing mention),
 * the purposes the graph does give are the main ones the sources name: a purpose none of them
 * matches is refuted by them. A statement that names no purpose says nothing of the main one, so
 * it neither supports nor stops the refutation; a statement whose purpose is undecided (another
 * modality, a broader term) leaves the claim undecided.
 */
import { claimsByPredicate, type ClaimInfo } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { mainPurposeAdverbs, perLexicon } from './lexicon-words.js';
import { disjointFields, fieldsInPhrase } from './purpose-rival.js';
import { packagePurpose } from './purpose-frames.js';
import { compareQualifier } from './qualifiers.js';
import { decided, type ReaderInput, type ReaderOutcome } from './reader-kit.js';
import { finish, restate } from './result.js';
import type { CheckResult } from './types.js';
import type { Bearing } from './verdict.js';
import { cachedRegExp } from './regex-memo.js';

/** "... is/was [meant] mainly for P", "... is/was mainly [meant] for / to P". */
const MAIN_PURPOSE = perLexicon((ctx) => cachedRegExp(`^(.+?\\b(?:is|are|was|were|has been|have been|will be)\\s+)((?:meant|intended|earmarked|designed|destined|aimed|set aside|used)\\s+)?(?:${mainPurposeAdverbs(ctx).alternation})\\s+((?:meant|intended|earmarked|designed|destined|aimed|set aside|used)\\s+)?((?:for|to|at)\\s+.+)$`, 'i'));

/**
 * The claim without its main-purpose adverb, or undefined when it has none in a purpose frame.
 *
 * @example
 * ```ts
 * withoutMainAdverb(ctx, "Freedonia's aid to Sylvania was mainly for farming."); // "Freedonia's aid to Sylvania was for farming."
 * withoutMainAdverb(ctx, 'Freedonia mainly exports grain.'); // undefined
 * ```
 */
export function withoutMainAdverb(ctx: CheckContext, text: string): string | undefined {
  const m = MAIN_PURPOSE(ctx).exec(text.trim());
  if (!m) return undefined;
  return `${m[1]}${m[2] ?? ''}${m[3] ?? ''}${m[4]}`.replace(/\s+/g, ' ');
}

/**
 * The purpose phrase of a main-purpose claim ("for building railways" -> "building railways"), or
 * undefined when it has none.
 *
 * @example
 * ```ts
 * mainPurposePhrase(ctx, "Freedonia's aid to Sylvania was mainly meant to build schools."); // "build schools"
 * ```
 */
export function mainPurposePhrase(ctx: CheckContext, text: string): string | undefined {
  const m = MAIN_PURPOSE(ctx).exec(text.trim());
  return m ? m[4]!.replace(/^(?:for|to|at)\s+/i, '').replace(/[.!?]+$/, '') : undefined;
}

/**
 * (round 27) The main purposes a source lists as a closed list (cg:oneOfMainPurposes: "mainly in
 * two fields: A and B") of the relation read, when a claimed MAIN purpose lies in fields the
 * ontology declares disjoint with every one of them: the refuting statements, or undefined. The
 * relation's family is read (the property, its super-property and that one's sub-properties: "the
 * Sylvanian assistance" may be read as help, the source's as financial assistance), and every
 * statement of it that names a purpose must carry the closed list, so no other package of the two
 * with other purposes is set aside.
 */
function mainListRival(ctx: CheckContext, r: CheckResult, phrase: string): { claims: ClaimInfo[]; listed: string[]; fields: string[] } | undefined {
  const q = r.interpretation;
  if (q.subject.kind !== 'entity' || q.object.kind !== 'entity' || q.polarity !== 'positive') return undefined;
  const said = fieldsInPhrase(ctx, phrase);
  if (!said.length) return undefined;
  const supers = [q.predicate, ...[...ctx.axioms.subProperties].filter(([, subs]) => subs.has(q.predicate)).map(([sup]) => sup)];
  const family = new Set(supers.flatMap((p) => [p, ...(ctx.axioms.subProperties.get(p) ?? [])]));
  const s = (q.subject as { iri: string }).iri;
  const o = (q.object as { iri: string }).iri;
  const all = [...family].flatMap((p) => claimsByPredicate(ctx).get(p) ?? []).filter((c) => c.subject === s && c.object.value === o && c.polarity === 'positive');
  const named = all.filter((c) => (c.qualifiers.get('purpose') ?? []).length > 0);
  const closed = named.filter((c) => ctx.store.getObjects(c.iri, `${NS.cg}oneOfMainPurposes`, null).length > 0);
  if (!closed.length || closed.length !== named.length) return undefined;
  const listed = [...new Set(closed.flatMap((c) => ctx.store.getObjects(c.iri, `${NS.cg}oneOfMainPurposes`, null).map((x) => x.value)))];
  const fields = disjointFields(ctx, said, listed);
  return fields ? { claims: closed, listed: listed.map((p) => ctx.entityLabel.get(p) ?? p), fields: fields.map((f) => ctx.axioms.classLabels.get(f) ?? f) } : undefined;
}

/** The statements of the relation read (the property and its sub-properties, the same two ends). */
function statements(ctx: CheckContext, r: CheckResult): ClaimInfo[] {
  const q = r.interpretation;
  if (q.subject.kind !== 'entity' || q.object.kind !== 'entity') return [];
  const properties = [q.predicate, ...(ctx.axioms.subProperties.get(q.predicate) ?? [])];
  return properties.flatMap((p) => claimsByPredicate(ctx).get(p) ?? [])
    .filter((c) => c.subject === (q.subject as { iri: string }).iri && c.object.value === (q.object as { iri: string }).iri && c.polarity === 'positive');
}

/** The package's deed without its purpose ("Freedonia gave aid to Sylvania"), the first the graph supports. */
async function packageDeed(ctx: CheckContext, plain: string, recheck: ReaderInput['recheck']): Promise<CheckResult | undefined> {
  for (const deed of packagePurpose(ctx, plain)?.deeds ?? []) {
    const r = await recheck(deed);
    if (r?.verdict === 'SUPPORTED') return r;
  }
  return undefined;
}

/**
 * Reads "X was mainly for P" (see the module comment): decided when the claim without the adverb
 * is decided, or when every statement of the relation that names a purpose names another.
 */
export async function readMainPurpose({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const plain = withoutMainAdverb(ctx, text);
  if (!plain) return undefined;
  const phrase = mainPurposePhrase(ctx, text);
  const plainRead = await recheck(plain);
  // (round 40) a purpose the graph names no entity for ("mainly for schools") leaves the claim
  // without the adverb unread: the package's deed alone is read, and only the closed list of
  // main purposes below may decide (never its support: the deed says nothing of the purpose)
  const r = plainRead ?? (phrase ? await packageDeed(ctx, plain, recheck) : undefined);
  if (!r) return undefined;
  const said = `Read as "${plain}" (the main purpose: the purposes the sources give)`;
  if (plainRead && r.verdict !== 'NOT_ENOUGH_INFO') return decided(restate(r, text, { explanation: `${said}. ${r.explanation}` }));
  // (round 27) a main purpose outside the source's closed list of main ones ("mainly in two fields")
  const list = phrase && (plainRead || r.verdict === 'SUPPORTED') ? mainListRival(ctx, r, phrase) : undefined;
  if (list) {
    const bearings: Bearing[] = list.claims.map((c) => ({ claim: c, stance: 'refutes', reason: 'qualifier-conflict', note: `the main purposes the source lists: ${list.listed.join(', ')}` }));
    return decided(finish(ctx, text.trim(), r.interpretation, { verdict: 'REFUTED', reason: 'qualifier-conflict', conflict: false, bearings,
      explanation: `${said}. Refuted: the source names the main purposes as ${list.listed.map((l) => `"${l}"`).join(' and ')} (${list.fields.join(', ')}; cg:oneOfMainPurposes, a closed list), and "${phrase}" lies in a field the ontology declares disjoint with each of them, so it is not a main purpose.` }));
  }
  if (!plainRead) return undefined;
  const q = r.interpretation;
  const purpose = q.qualifiers.purpose;
  if (!purpose || q.polarity !== 'positive' || Object.keys(q.qualifiers).length !== 1) return undefined;
  const named = statements(ctx, r).filter((c) => (c.qualifiers.get('purpose') ?? []).length > 0);
  if (!named.length) return undefined;
  const compared = named.map((c) => ({ c, ...compareQualifier(ctx, 'purpose', purpose, c) }));
  // every purpose the sources give must be another one, said as plainly as the claim says it
  if (!compared.every((x) => x.r === 'conflict' && x.c.modality === q.modality)) return undefined;
  const bearings: Bearing[] = compared.map((x) => ({ claim: x.c, stance: 'refutes', reason: 'qualifier-conflict', note: `${x.detail} (the purposes the source gives)` }));
  const explanation = `${said}. Refuted: every statement that names what it is for names another purpose (${compared.map((x) => x.detail).join('; ')}); statements naming no purpose say nothing of the main one.`;
  return decided(finish(ctx, text.trim(), q, { verdict: 'REFUTED', reason: 'qualifier-conflict', conflict: false, bearings, explanation }));
}
