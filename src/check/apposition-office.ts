/**
 * An office in apposition to the doer of a deed (round 12): "Rufus Firefly, Sylvania's president,
 * attended the gala", "Freedonia's premier, Rufus Firefly, was a guest", and, through the
 * titled-name rewrite, "President Firefly of Sylvania attended the gala". The apposition says the
 * person held the office when doing the deed, as "X did D as O" does, so it is checked by that
 * reading (src/check/as-office.ts: the deed, then the office at the deed's time). Read only when
 * the deed's subject is the named person; a refutation decides, a support is held (the compound
 * reader's two statements come first).
 *
 * A passive with its agent ("Rufus Firefly, Sylvania's president, was hosted by Gloria Teasdale",
 * round 20b) names the agent as the deed's doer, so the "as" reading would take the agent's office;
 * the apposition still says the office of its subject X at the deed's time. The deed is checked on
 * its own; when supported, "X is O" is checked at the present of the source that states the deed
 * (as src/check/as-office.ts does for an undated deed) and only its refutation, cited from that
 * same source, decides: REFUTED. Anything else is left to the other readers.
 */
import { isA } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { readAsOffice } from './as-office.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { titledNameRewrite } from './titled-name.js';
import type { CheckResult } from './types.js';
import { DENIAL_OR_CONDITION as DENIAL } from './denials.js';
import { restate } from './result.js';

const APPOSITION = /^(?<a>[^,]+),\s+(?<b>[^,]+),\s+(?<rest>[a-z][^,]*?)\s*[.!]?$/;
/** A deed that is a passive with its agent, or a clause of its own, names another doer. */
const OTHER_DOER = /\bby\b|^(?:and|but|which|who|whose|while|whereas)\b/i;

/** A passive with its agent: "was hosted by Y", "were received by Y". */
const PASSIVE_BY = /^(?:was|were)\s+(?:[a-z]+\s+)?[a-z]+\s+by\s+\S/i;

/** The phrase names some entity of the graph. */
function named(ctx: CheckContext, phrase: string): boolean {
  const toks = dropIgnorable(tokenize(phrase, ctx.morph), ctx.morph);
  return toks.length > 0 && resolveMention(ctx, toks).length > 0;
}

function one(ctx: CheckContext, phrase: string, cls: string): boolean {
  const toks = dropIgnorable(tokenize(phrase, ctx.morph), ctx.morph);
  const es = toks.length ? resolveMention(ctx, toks) : [];
  return es.length === 1 && isA(ctx, es[0]!.iri, `${NS.cg}${cls}`);
}

/**
 * "X, O, D" (or "O, X, D") with X a person and O an office of the graph, said as "X D as O";
 * undefined for any other claim.
 *
 * @example
 * ```ts
 * appositionAsOffice(ctx, "Rufus Firefly, Sylvania's president, visited Marsovia.");
 * // "Rufus Firefly visited Marsovia as Sylvania's president"
 * ```
 */
export function appositionAsOffice(ctx: CheckContext, text: string): string | undefined {
  const m = APPOSITION.exec(normalizeTypography(text).trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const { a, b, rest } = m.groups as { a: string; b: string; rest: string };
  if (OTHER_DOER.test(rest) || /\bas\b/i.test(rest)) return undefined;
  const [name, office] = one(ctx, a, 'Person') && one(ctx, b, 'Office') ? [a, b] : one(ctx, b, 'Person') && one(ctx, a, 'Office') ? [b, a] : [];
  if (!name || !office) return undefined;
  return `${name} ${rest} as ${office.replace(/^the\s+/i, '')}`;
}

/**
 * Reads an office in apposition (see the module comment): the decided result of the "as <office>"
 * reading, or undefined.
 *
 * @example
 * ```ts
 * await readAppositionOffice(ctx, "Rufus Firefly, Sylvania's president, visited Marsovia.", recheck); // { decided: … }
 * ```
 */
export async function readAppositionOffice(ctx: CheckContext, text: string, recheck: (claim: string, context?: CheckContext) => Promise<CheckResult | undefined>):
  Promise<{ decided: CheckResult } | { held: CheckResult } | undefined> {
  const passive = await passiveAppositionOffice(ctx, text, recheck) ?? await passiveAppositionOffice(ctx, titledNameRewrite(ctx, text) ?? '', recheck, text);
  if (passive) return { decided: passive };
  const titled = appositionAsOffice(ctx, text) === undefined ? titledNameRewrite(ctx, text) : undefined;
  const said = appositionAsOffice(ctx, titled ?? text);
  if (!said) return undefined;
  const r = await readAsOffice(ctx, said, recheck);
  if (!r || !('decided' in r)) return undefined;
  const result = restate(r.decided, text, { explanation: `Read as "${said}" (an office in apposition). ${r.decided.explanation}` });
  // a wrong office decides; a right one is held, so the titled-name and compound readings (each
  // statement with its parts) stay first when they decide or hold
  return result.verdict === 'REFUTED' ? { decided: result } : { held: result };
}

/**
 * "X, O, was <verb> by Y" (see the module comment): REFUTED when the deed is supported and "X is O"
 * is refuted by the source that states the deed; undefined otherwise.
 *
 * @example
 * ```ts
 * // graph: Rufus Firefly attended the gala Gloria Teasdale hosted; the President of Sylvania did not
 * (await passiveAppositionOffice(ctx, "Rufus Firefly, Sylvania's president, was hosted by Gloria Teasdale.", recheck))?.verdict; // 'REFUTED'
 * ```
 */
export async function passiveAppositionOffice(ctx: CheckContext, text: string, recheck: (claim: string, context?: CheckContext) => Promise<CheckResult | undefined>, said = text): Promise<CheckResult | undefined> {
  const m = APPOSITION.exec(normalizeTypography(text).trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const { a, b, rest } = m.groups as { a: string; b: string; rest: string };
  if (DENIAL.test(rest) || /\bas\b/i.test(rest)) return undefined;
  let [name, office] = one(ctx, a, 'Person') && one(ctx, b, 'Office') ? [a, b] : one(ctx, b, 'Person') && one(ctx, a, 'Office') ? [b, a] : [];
  // an office the graph names no entity of ("Vice President of Marsovia"): its state and role are
  // read by src/check/state-office.ts when "X is O" is checked
  if (!name && one(ctx, a, 'Person') && !named(ctx, b)) [name, office] = [a, b];
  else if (!PASSIVE_BY.test(rest)) return undefined;
  if (!name || !office) return undefined;
  const deedText = `${name} ${rest}`;
  const deed = await recheck(deedText);
  if (deed?.verdict !== 'SUPPORTED') return undefined;
  const sources = new Set(deed.evidence.filter((e) => e.stance === 'supports').map((e) => e.article));
  const officeText = `${name} is ${office.replace(/^the\s+/i, 'the ')}`;
  const held = await recheck(officeText, { ...ctx, present: true });
  if (held?.verdict !== 'REFUTED' || !held.evidence.some((e) => e.stance === 'refutes' && sources.has(e.article))) return undefined;
  return {
    ...held, claim: said.trim(), interpretation: held.interpretation,
    explanation: `Read as "${deedText}", done by ${name} as ${office} (an office in apposition${PASSIVE_BY.test(rest) ? ' to the subject of a passive' : ', one the graph names no entity of'}): the deed is supported, and "${officeText}", at the time of the source that states the deed, is refuted. ${held.explanation}`,
  };
}
