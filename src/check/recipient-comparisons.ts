/**
 * Two recipients of one giver compared by the deed (round 28, branch own28a): "Freedonia pledged
 * more aid to Sylvania than to Marsovia", "Freedonia gave Sylvania less aid than Marsovia",
 * "Sylvania received more from Freedonia than Marsovia did", "Sylvania was offered less by Freedonia
 * than Marsovia was", and a second side said as a free relative ("... is bigger than what it gave
 * Marsovia", "... falls short of what Marsovia received"). Each is said again as the comparison of
 * two packages the comparison readers already take, "Freedonia's aid to Sylvania was bigger than
 * Freedonia's aid to Marsovia", and that claim is rechecked: the amounts, the arithmetic and the
 * verdict are theirs (a package the graph gives no amount stays undecided there).
 *
 * The verbs are the lexicon's: giving (`cg:givingVerb`, "give gave given") and obtaining
 * (`cg:obtainingVerb`, "receive received received"). "than B" without "to" after a giving verb
 * ("gave Sylvania more than Marsovia") may compare the givers; it is read as the recipients only
 * when the graph has B give nothing. Nothing here knows an entity.
 */
import { NS, type CheckContext } from './context.js';
import { agreeingRewrites, giversOf } from './package-names.js';
import type { ReaderInput, ReaderOutcome } from './readers.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, normalizeTypography, tokenize } from './text.js';
import { cachedRegExp } from './regex-memo.js';

interface VerbForms { base: string[]; past: string[]; participle: string[] }

const formsOf = new WeakMap<object, Map<string, VerbForms>>();

/** A lexicon list of "lemma past participle" verbs as alternations of each form. */
function verbForms(ctx: CheckContext, property: string): VerbForms {
  let byProperty = formsOf.get(ctx.lexicon);
  if (!byProperty) formsOf.set(ctx.lexicon, (byProperty = new Map()));
  let out = byProperty.get(property);
  if (!out) {
    out = { base: [], past: [], participle: [] };
    for (const q of ctx.lexicon.getQuads(null, `${NS.cg}${property}`, null, null)) {
      const [base, past, participle] = q.object.value.trim().split(/\s+/);
      if (!base || !past || !participle) continue;
      out.base.push(base, base.endsWith('s') ? `${base}es` : `${base}s`);
      out.past.push(past);
      out.participle.push(participle);
    }
    byProperty.set(property, out);
  }
  return out;
}

const alt = (words: string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');

const NAME = String.raw`[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*`;
const MODAL = String.raw`(?:may|might|could|would|will|can)\s+`;
/** A comparative of amount, with its degree: "far more", "a smaller", "slightly less". */
const CMP = String.raw`(?:(?<deg>far|much|slightly|considerably|significantly|substantially)\s+)?(?:a\s+)?(?<cmp>more|less|bigger|larger|greater|higher|smaller|lower)`;
/** What is given, after the comparative: "aid", "money", "in grants", "in Freedonian grants". */
const WHAT = String.raw`(?:\s+(?:in\s+)?(?:(?<dem>[A-Z][a-z]+)\s+)?(?:aid|assistance|financial\s+assistance|grants?|help|support|funding|money|cash|package|sum|amount|financing)(?:\s+money)?)?`;
/** What a recipient did or was after "than B" ("did", "was", "was offered", "received"). */
const TAIL = String.raw`(?:\s+(?:did|was|were|has|had|got|received|obtained|(?:was|were)\s+[a-z]+ed|(?:was|were)\s+(?:given|lent)))?`;

const adjective = (deg: string | undefined, cmp: string): string =>
  `${deg ? `${deg} ` : ''}${/^(?:more|bigger|larger|greater|higher)$/i.test(cmp) ? 'bigger' : 'smaller'}`;

/** The one entity a mention names, or undefined. */
function one(ctx: CheckContext, mention: string): { iri: string; label: string } | undefined {
  const hit = resolveMention(ctx, dropIgnorable(tokenize(mention, ctx.morph), ctx.morph));
  return hit.length === 1 ? hit[0] : undefined;
}

/**
 * The claim said as the comparison of two packages of one giver, or undefined when it is no such
 * comparison.
 *
 * @example
 * ```ts
 * recipientComparison(ctx, 'Freedonia pledged more aid to Sylvania than to Marsovia.');
 * // "Freedonia's aid to Sylvania was bigger than Freedonia's aid to Marsovia"
 * ```
 */
export function recipientComparison(ctx: CheckContext, text: string): string | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  const give = verbForms(ctx, 'givingVerb');
  const obtain = verbForms(ctx, 'obtainingVerb');
  if (!give.past.length) return undefined;
  const GIVE = String.raw`(?:${alt(give.past)}|${MODAL}(?:${alt(give.base)}))`;
  const GIVE_ANY = String.raw`(?:${MODAL}|(?:has|have|had)\s+)?(?:${alt([...give.base, ...give.past, ...give.participle])})`;
  const OBTAIN = String.raw`(?:${alt(obtain.past)}|${MODAL}(?:${alt(obtain.base)})|(?:was|were)\s+(?:${alt(give.participle)})|${MODAL}be\s+(?:${alt(give.participle)}))`;
  const OBTAIN_ANY = String.raw`(?:${MODAL}|(?:has|have|had)\s+)?(?:${alt([...obtain.base, ...obtain.past, ...obtain.participle])})|(?:was|were|is|are)\s+(?:${alt(give.participle)})`;
  const pkg = (g: string, r: string): string => `${g}'s aid to ${r}`;
  // B as a recipient after a bare "than B": only when the graph has B give nothing
  const recipientOnly = (b: string): boolean => {
    const e = one(ctx, b);
    return !!e && !giversOf(ctx, e.iri).gives;
  };
  // the second side said as a free relative: "what it gave B", "what B received"
  const freeRelative = (giver: string, s: string): string | undefined => {
    let m = cachedRegExp(String.raw`^what\s+(?:it|they|he|she|${NAME})\s+${GIVE_ANY}(?:\s+(?:to|for))?\s+(?<b>${NAME})$`).exec(s);
    if (m) return pkg(giver, m.groups!.b!);
    m = cachedRegExp(String.raw`^what\s+(?<b>${NAME})\s+(?:${OBTAIN_ANY})(?:\s+(?:from|by)\s+(?:it|them|${NAME}))?$`).exec(s);
    return m ? pkg(giver, m.groups!.b!) : undefined;
  };
  const second = (giver: string, s: string, bare: boolean): string | undefined => {
    const withTo = /^(?:to|for)\s+(.+)$/.exec(s);
    if (withTo && cachedRegExp(`^${NAME}$`).test(withTo[1]!)) return pkg(giver, withTo[1]!);
    const plain = cachedRegExp(String.raw`^(?<b>${NAME})${TAIL}$`).exec(s);
    if (plain) return bare && !recipientOnly(plain.groups!.b!) ? undefined : pkg(giver, plain.groups!.b!);
    return freeRelative(giver, s);
  };
  // "G V more N to A than (to) B", "G V A more N than B"
  let m = cachedRegExp(String.raw`^(?<g>${NAME})\s+${GIVE}\s+(?:${CMP}${WHAT}\s+(?:to|for)\s+(?<a>${NAME})|(?<a2>${NAME})\s+${CMP.replace(/<deg>/, '<deg2>').replace(/<cmp>/, '<cmp2>')}${WHAT.replace(/<dem>/, '<dem2>')})\s+than\s+(?<rest>.+)$`).exec(t);
  if (m) {
    const g = m.groups!;
    const b = second(g.g!, g.rest!, true);
    // else "more than N times what ...": a multiple, below
    if (b) return `${pkg(g.g!, (g.a ?? g.a2)!)} was ${adjective(g.deg ?? g.deg2, (g.cmp ?? g.cmp2)!)} than ${b}`;
  }
  // "A received more (in N) from G than B did", "A was offered less by G than B was"
  m = cachedRegExp(String.raw`^(?<a>${NAME})\s+${OBTAIN}\s+${CMP}${WHAT}\s+(?:from|out\s+of|by)\s+(?<g>${NAME})\s+than\s+(?<rest>.+)$`).exec(t);
  if (m) {
    const g = m.groups!;
    const b = second(g.g!, g.rest!, false);
    return b ? `${pkg(g.g!, g.a!)} was ${adjective(g.deg, g.cmp!)} than ${b}` : undefined;
  }
  // "A may receive more in Freedonian grants than B": the giver named by its demonym
  m = cachedRegExp(String.raw`^(?<a>${NAME})\s+${OBTAIN}\s+${CMP}${WHAT}\s+than\s+(?<rest>.+)$`).exec(t);
  if (m?.groups!.dem) {
    const g = m.groups;
    const giver = one(ctx, g.dem!);
    if (!giver || giver.label.toLowerCase() === g.dem!.toLowerCase()) return undefined;
    const b = second(giver.label, g.rest!, false);
    return b ? `${pkg(giver.label, g.a!)} was ${adjective(g.deg, g.cmp!)} than ${b}` : undefined;
  }
  // "G V A N times what it may give B": a multiple against a free relative
  m = cachedRegExp(String.raw`^(?<g>${NAME})\s+${GIVE}\s+(?<a>${NAME})\s+(?<mult>(?:(?:more\s+than|over|almost|nearly|about|roughly|around|less\s+than|under)\s+)?(?:\d+(?:\.\d+)?|[a-z]+)\s+times)\s+(?<rest>what\s.+)$`).exec(t);
  if (m) {
    const g = m.groups!;
    const b = freeRelative(g.g!, g.rest!);
    return b ? `${pkg(g.g!, g.a!)} was ${g.mult} ${b}` : undefined;
  }
  // "G's (possible) grant money for A amounts to more than / falls short of what it gave B": the
  // package named as the comparison readers name it, the free relative as the other package
  m = cachedRegExp(String.raw`^(?<g>${NAME})'s\s+(?:(?:possible|potential|pledged|promised|planned|proposed|offered)\s+)*(?:aid|assistance|financial\s+assistance|grants?|help|support|funding|financing|package)(?:\s+money)?\s+(?:to|for)\s+(?<a>${NAME})\s+(?<verb>.+?\b(?:than|of|as))\s+(?<rest>what\s+.+)$`).exec(t);
  if (m) {
    const g = m.groups!;
    const b = freeRelative(g.g!, g.rest!);
    const verb = g.verb!.replace(/^(?:(?:may|might|could|would|will)\s+)?(?:amounts?|amounted|comes?|came|totals?|totalled|totaled)\s+(?:to\s+)?/, 'is ');
    return b ? `${pkg(g.g!, g.a!)} ${verb} ${b}` : undefined;
  }
  return undefined;
}

/**
 * The reader (table entry `recipient-comparison`): the claim said as the comparison of two
 * packages and rechecked (see the module comment).
 */
export async function readRecipientComparison({ ctx, text, recheck }: ReaderInput): Promise<ReaderOutcome | undefined> {
  const said = recipientComparison(ctx, text);
  return said ? agreeingRewrites(text, [{ claim: said, note: 'two recipients of one giver compared, said as the comparison of their packages' }], recheck) : undefined;
}
