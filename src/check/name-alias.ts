/**
 * Another name of an entity said as a claim (round 34, branch words34): "Acme Corp. goes by the
 * abbreviation AC", "Acme Corp. is known by the initials AC", "Acme Corp. is abbreviated AC",
 * "AC is short for Acme Corp.", "AC stands for Acme Corp.", "AC is the acronym of Acme Corp.".
 *
 * The graph's names of an entity are its rdfs:label and skos:altLabel (graph/entities.yaml,
 * background facts, uncited). The claim is SUPPORTED when the entity side names exactly one
 * entity and the name side is one of that entity's names and no other entity's. Nothing is
 * REFUTED here: an entity may have names the graph does not list, and a name the graph gives
 * another entity may be shared. A name the graph does not know leaves the claim to other readers.
 *
 * The naming words ("abbreviation", "initials", "goes by", "stands for") are grammar of naming,
 * not a property of the ontology, so they are a closed list here rather than lexicon patterns.
 */
import type { CheckContext } from './context.js';
import type { ReaderInput, ReaderOutcome } from './reader-kit.js';
import { resolveMention } from './resolver.js';
import { dropIgnorable, nameKey, normalizeTypography, tokenize } from './text.js';
import type { CheckResult } from './types.js';
import { cachedRegExp } from './regex-memo.js';

/** Nouns of a shorter name. */
const NAME_NOUN = String.raw`(?:abbreviation|acronym|initials|short\s+name|shorthand|short\s+form|nickname|name)`;
const BE = String.raw`(?:is|was|are|were)`;
const HEDGE = String.raw`(?:(?:also|commonly|often|usually|widely|officially|better|sometimes)\s+)?`;

/** Shapes with the entity first (`e`) and its name second (`n`), and the reverse. */
const SHAPES: readonly RegExp[] = [
  // "X goes by (the abbreviation) Y", "X went by the initials Y"
  cachedRegExp(String.raw`^(?<e>.+?)\s+${HEDGE}(?:goes|go|went|has\s+gone)\s+by\s+(?:the\s+)?(?:${NAME_NOUN}\s+)?(?<n>.+)$`, 'i'),
  // "X is known by the initials Y", "X is abbreviated (as|to) Y", "X is shortened to Y"
  cachedRegExp(String.raw`^(?<e>.+?)\s+${BE}\s+${HEDGE}(?:known\s+by\s+(?:the\s+)?${NAME_NOUN}|abbreviated(?:\s+(?:as|to))?|shortened\s+to)\s+(?<n>.+)$`, 'i'),
  // "X uses (has) the abbreviation Y", "X's abbreviation is Y"
  cachedRegExp(String.raw`^(?<e>.+?)\s+(?:uses|used|has|had)\s+(?:the\s+)?${NAME_NOUN}\s+(?<n>.+)$`, 'i'),
  cachedRegExp(String.raw`^(?<e>.+?)(?:'s|\u2019s)\s+${NAME_NOUN}\s+${BE}\s+(?<n>.+)$`, 'i'),
  // "Y is short for X", "Y stands for X", "Y is the abbreviation of (for) X"
  cachedRegExp(String.raw`^(?<n>.+?)\s+(?:${BE}\s+(?:short|shorthand)\s+for|stands\s+for|stood\s+for|${BE}\s+(?:the|an?)\s+${NAME_NOUN}\s+(?:of|for))\s+(?<e>.+)$`, 'i'),
];

/** A name as written: without the article, quotes and trailing stop. */
const bare = (s: string): string => s.trim().replace(/^(?:the\s+)/i, '').replace(/^["'\u201c\u2018]|["'\u201d\u2019]$/g, '').replace(/[.!?]+$/, '').trim();

/**
 * The entity side and the name side of an alias claim; undefined without one of its shapes.
 *
 * @example
 * ```ts
 * aliasParts('Acme Corp. goes by the abbreviation AC.'); // { entity: 'Acme Corp.', name: 'AC' }
 * ```
 */
export function aliasParts(text: string): { entity: string; name: string } | undefined {
  const t = normalizeTypography(text).trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  // a denial or a question is another claim
  if (/\b(?:not|never|n't|no\s+longer)\b|\?$/i.test(t)) return undefined;
  for (const re of SHAPES) {
    const m = re.exec(t);
    if (!m) continue;
    const entity = bare(m.groups!.e!);
    const name = bare(m.groups!.n!);
    if (entity && name && !/\s(?:and|or|but|which|who|while)\s/i.test(` ${name} `)) return { entity, name };
  }
  return undefined;
}

/** The one entity a span names, or undefined. */
function oneEntity(ctx: CheckContext, span: string): string | undefined {
  const hit = resolveMention(ctx, dropIgnorable(tokenize(span, ctx.morph), ctx.morph));
  return hit.length === 1 ? hit[0]!.iri : undefined;
}

/**
 * Reads an alias claim (see the module comment): SUPPORTED when the name is one of the entity's
 * names in the graph and no other entity's, else nothing.
 *
 * @example
 * ```ts
 * await readNameAlias({ ctx, text: 'Acme Corp. goes by the abbreviation AC.', recheck });
 * // { decided: { verdict: 'SUPPORTED', reason: 'entity-name', … } } when "AC" is an altLabel of Acme Corp.
 * ```
 */
export function readNameAlias({ ctx, text }: ReaderInput): ReaderOutcome | undefined {
  const parts = aliasParts(text);
  if (!parts) return undefined;
  const iri = oneEntity(ctx, parts.entity);
  if (!iri) return undefined;
  // the name as one of the graph's names: its key, exactly (not a word of a longer name)
  const owners = ctx.labelIndex.get(nameKey(parts.name, ctx.morph));
  if (!owners || owners.size !== 1 || !owners.has(iri)) return undefined;
  const label = ctx.entityLabel.get(iri) ?? iri;
  const result: CheckResult = {
    claim: text.trim(), verdict: 'SUPPORTED', evidence: [], conflict: false, reason: 'entity-name',
    interpretation: {
      subject: { kind: 'entity', iri, label, mention: parts.entity }, predicate: 'http://www.w3.org/2004/02/skos/core#altLabel', predicateName: 'altLabel',
      object: { kind: 'string', value: parts.name }, polarity: 'positive', modality: 'stated', qualifiers: {},
      notes: [`read as a name of ${label} ("${parts.name}")`],
    },
    explanation: `Read as "${parts.name}" being a name of ${label}: the graph names ${label} "${parts.name}" (its labels, a background fact of graph/entities.yaml, uncited), and no other entity so.`,
  };
  return { decided: result };
}
