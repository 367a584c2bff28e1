/**
 * Entity mention resolution through the graph's labels: exact (normalised) label or alias,
 * possessive heads ("X's Victory Parade" -> the parade), and offices named from a role and a
 * state ("the President of X", "X's President", "Xian President") via cg:roleType / cg:officeOf,
 * and a country through a noun for its government ("the Freedonian government": lexicon cg:stateNoun).
 */
import { isA, officeStateOf } from './claim-index.js';
import { NS, type CheckContext } from './context.js';
import { readingKey } from './context-base.js';
import { fuzzyEntity, mayBeMisspelt, type FuzzyHit } from './fuzzy.js';
import { spellingEntity } from './spelling-variants.js';
import { pageNounClash } from './page-nouns.js';
import { ownerTied } from './owner-link.js';
import { personNameReading } from './person-names.js';
import { reorderedName } from './reordered-name.js';
import { matchPattern } from './pattern.js';
import { spanTrie, type SpanTrie } from './span-trie.js';
import { dropIgnorable, keyOf, nameKey, tokenize, type Token } from './text.js';
import type { CheckValue } from './types.js';

type EntityValue = Extract<CheckValue, { kind: 'entity' }>;

/**
 * The one entity a whole span names, every word of it (its ignorable words aside), in at most
 * `maxTokens` tokens; undefined when it names none or several. The test the rewrites share before
 * they take a span as a name.
 *
 * @example
 * ```ts
 * wholeName(ctx, 'the Acme Bank')?.iri; // '…/acme-bank'
 * wholeName(ctx, 'the Acme Bank lent'); // undefined
 * ```
 */
export function wholeName(ctx: CheckContext, span: string, maxTokens = 6): EntityValue | undefined {
  const toks = dropIgnorable(tokenize(span, ctx.morph), ctx.morph);
  if (!toks.length || toks.length > maxTokens) return undefined;
  const hits = resolveMention(ctx, toks);
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Entities a token span may name, best first (exact labels before derived readings).
 *
 * @example
 * ```ts
 * resolveMention(ctx, tokenize('the Acme Bank', ctx.morph)); // [{ kind: 'entity', iri: '…/acme-bank', … }]
 * ```
 */
export function resolveMention(ctx: CheckContext, tokens: readonly Token[], depth = 0): EntityValue[] {
  if (tokens.length === 0) return [];
  // the same spans recur across patterns and calls: cache the resolved IRIs per normalised span,
  // one cache per depth (src/check/span-trie.ts: looked up without building a key string)
  // (one for a context and the ones derived from it to judge otherwise: src/check/context-base.ts)
  const base = readingKey(ctx);
  let caches = mentionCache.get(base);
  if (!caches) mentionCache.set(base, (caches = []));
  const cache = (caches[depth] ??= spanTrie(MENTION_CACHE_MAX));
  let hit = cache.get(tokens);
  if (!hit) {
    const values = resolveUncached(ctx, tokens, depth);
    const exact = values.map((e) => e.iri);
    // a name inside the span read through a correction ("Freedonya 's president"): reported as the span's
    const inner = values.find((e) => e.corrected)?.corrected;
    // a misspelt name: the one entity within the edit bounds of src/check/fuzzy.ts, else the one
    // entity its spelling skeleton names (src/check/spelling-variants.ts); also as the owner or the
    // name after a title ("Freedonya's president", "President Fyrefly": depth 1, round 25)
    const fuzzy: (FuzzyHit & { rules?: string[] }) | undefined = exact.length || depth > 1 || !mayBeMisspelt(ctx, tokens) ? undefined : fuzzyEntity(ctx, tokens) ?? spellingEntity(ctx, tokens);
    hit = fuzzy ? { iris: [fuzzy.iri], edits: fuzzy.edits, ...(fuzzy.rules ? { rules: fuzzy.rules } : {}) }
      : { iris: exact, ...(inner ? { edits: inner.edits, ...(inner.rules ? { rules: inner.rules } : {}) } : {}) };
    cache.set(tokens, hit);
  }
  // most spans name nothing: no mention string, no values
  if (!hit.iris.length) return [];
  const mention = tokens.map((t) => t.raw).join(' ');
  const edits = hit.edits;
  const rules = hit.rules;
  // "the Acme Bank article" is the page itself, never an entity named with "Articles" (page-nouns.ts);
  // after the cache, whose key is the stemmed span ("Acme Bank Articles" shares it)
  return hit.iris.filter((iri) => !pageNounClash(ctx, tokens, iri)).map((iri) => ({ kind: 'entity', iri, label: ctx.entityLabel.get(iri) ?? iri, mention, ...(edits || rules ? { corrected: { edits: edits ?? 0, ...(rules ? { rules } : {}) } } : {}) }));
}

// per context, per depth
const mentionCache = new WeakMap<object, Array<SpanTrie<{ iris: string[]; edits?: number; rules?: string[] }>>>();
const MENTION_CACHE_MAX = 20_000;

/**
 * Readings of a span as an office named by the lexicon's office patterns ("{role} of {holder}",
 * "{holder} 's {role}"): the role word, as a key of `ctx.offices`, and the holder as read by
 * `readHolder` (an entity, or a list for a group).
 *
 * @example
 * ```ts
 * matchOffices(ctx, tokenize('President of Sylvania', ctx.morph), (s) => resolveMention(ctx, s));
 * // [{ role: 'president', holder: { kind: 'entity', iri: '…/sylvania', … } }]
 * ```
 */
export function matchOffices(ctx: CheckContext, tokens: readonly Token[], readHolder: (span: readonly Token[]) => CheckValue[]): Array<{ role: string; holder: CheckValue }> {
  const out: Array<{ role: string; holder: CheckValue }> = [];
  // the {role} slot takes only a whole role key: a span without the first word of one names no office
  // (saves the pattern matching on most spans `suggest` tries in an article's sentences)
  const words = roleWordsOf(ctx);
  if (!tokens.some((t) => words.has(t.norm))) return out;
  for (const p of ctx.officePatterns) {
    const ms = matchPattern(p, {
      tokens,
      adjuncts: [],
      limit: 10,
      // the readings below are pure (a holder's readings are memoised, never recorded)
      pureSlots: true,
      // a role key opens with one of the role words (`ctx.offices`' keys, `keyOf` of the span):
      // no {role} starts elsewhere, so a {holder} span not followed by one is not read (round 37:
      // "{holder} {role}" read every prefix of every span with a role word in it as a holder,
      // each a name look-up with its own offices: matchOffices was 4% of the batch's profile)
      mayStart: (name, start) => name !== 'role' || words.has(tokens[start]?.norm ?? ''),
      slotValues: (name, start, end) => {
        const span = tokens.slice(start, end);
        if (name === 'role') {
          // a role word in -s right before the holder is a verb, not a title: "heads Freedonia(-led)"
          // is no "head of Freedonia" (round 12); "heads of state", "Freedonian leaders" still read
          const last = span[span.length - 1]!;
          if (end < tokens.length && tokens[end]!.norm !== 'of' && /[^s]s$/i.test(last.raw) && !last.cap) return [];
          // "vice-president": a role written with a hyphen between its words is the role (round 17)
          const key = [keyOf(span), keyOf(span.filter((t, i) => !(t.raw === '-' && i > 0 && i < span.length - 1)))].find((k) => ctx.offices.has(k));
          return key ? [{ kind: 'string', value: key }] : [];
        }
        return name === 'holder' ? readHolder(span) : [];
      },
    });
    for (const m of ms) {
      const role = m.bindings.role;
      const holder = m.bindings.holder;
      if (role?.kind === 'string' && holder) out.push({ role: role.value, holder });
    }
  }
  return out;
}

const roleWords = new WeakMap<CheckContext, { size: number; words: Set<string> }>();

/**
 * The first word of each role key of `ctx.offices` (recomputed when roles were added since).
 *
 * @example
 * ```ts
 * roleWordsOf(ctx).has('president'); // true when the graph has an office of the role "president"
 * ```
 */
export function roleWordsOf(ctx: CheckContext): Set<string> {
  const hit = roleWords.get(ctx);
  if (hit && hit.size === ctx.offices.size) return hit.words;
  const words = new Set([...ctx.offices.keys()].map((k) => k.split(' ')[0]!));
  roleWords.set(ctx, { size: ctx.offices.size, words });
  return words;
}

function resolveUncached(ctx: CheckContext, tokens: readonly Token[], depth: number): EntityValue[] {
  // (most spans name nothing: the span as written is joined for the first entity found)
  let mention: string | undefined;
  const out: EntityValue[] = [];
  const seen = new Set<string>();
  const push = (iri: string, corrected?: EntityValue['corrected']): void => {
    if (seen.has(iri)) return;
    seen.add(iri);
    out.push({ kind: 'entity', iri, label: ctx.entityLabel.get(iri) ?? iri, mention: (mention ??= tokens.map((t) => t.raw).join(' ')), ...(corrected ? { corrected } : {}) });
  };
  // a label key opens with its first token's norm: a span whose first word opens none is no label,
  // nor is any span it opens ("Name (ABBR)" below, "X 's Y" said as the label "X Y")
  const labelFirst = labelFirstWords(ctx).has(tokens[0]!.norm);
  const exact = labelFirst ? ctx.labelIndex.get(keyOf(tokens)) : undefined;
  if (exact) for (const iri of [...exact].sort()) push(iri);
  if (depth > 1) return out;
  // offices from role words and a state
  for (const { role, holder } of matchOffices(ctx, tokens, (span) => resolveMention(ctx, span, depth + 1))) {
    if (holder.kind !== 'entity') continue;
    const office = ctx.offices.get(role)?.get(holder.iri);
    if (office) push(office, holder.corrected);
  }
  // "Name (ABBR)": two names of the same entity side by side
  if (!out.length && tokens.length > 1 && labelFirst) {
    for (let k = 1; k < tokens.length; k++) {
      const a = ctx.labelIndex.get(keyOf(tokens.slice(0, k)));
      // most spans read here name nothing: the second half is looked up only after a first
      if (!a) continue;
      const b = ctx.labelIndex.get(keyOf(tokens.slice(k)));
      if (b) for (const iri of [...a].sort()) if (b.has(iri)) push(iri);
    }
  }
  // a label with its modifiers reordered ("the Osterlich League summit" for "League Osterlich summit"): src/check/reordered-name.ts
  if (!out.length && tokens.length > 2) { const iri = reorderedName(ctx, tokens); if (iri) push(iri); }
  // "the Freedonian government", "Freedonia's government", "the government of Freedonia": a country
  // acting through its government is the country (lexicon cg:stateNoun)
  if (!out.length && tokens.length > 1) for (const iri of stateNounReading(ctx, tokens, depth)) push(iri);
  // a person named with a courtesy title, an initial or a bare office title ("Mr Firefly", "R. Firefly",
  // "President Firefly"): src/check/person-names.ts
  if (!out.length && tokens.length > 1 && depth <= 1) {
    const corrections = new Map<string, NonNullable<EntityValue['corrected']>>();
    for (const iri of personNameReading(ctx, tokens, depth, corrections)) push(iri, corrections.get(iri));
  }
  // possessive head: "X's Y" names Y when Y is itself a known name and X a known entity
  const poss = tokens.findIndex((t) => t.kind === 'possessive');
  if (poss > 0 && poss < tokens.length - 1) {
    const owner = resolveMention(ctx, tokens.slice(0, poss), depth + 1);
    // a person after an office title ("Sylvania's President Rufus Firefly") is not named by the owner
    // alone: the owner says whose office it is, which the title reader checks (titled-name.ts); taking
    // the person here dropped a wrong owner ("Sylvania's Vice President <Ruritania's VP>" supported)
    const head = tokens.slice(poss + 1);
    const titled = head.some((t) => roleWordsOf(ctx).has(t.norm));
    // an office of another state is no office of the owner: "Sylvania's minister of finance" is not
    // the Freedonian office whose alias is "minister of finance" (round 18: a wrong owner was dropped)
    const othersOffice = (iri: string): boolean => {
      const of = officeStateOf(ctx, iri);
      return !!of && !owner.some((o) => o.iri === of);
    };
    // a head whose own label names another owner is not the owner's: "Sylvania's canal programme"
    // is not the entity labelled "canal programme of Freedonia" (round 20: a held-out claim linked
    // one country's programme to another's, the only programme of that name the graph has)
    const headKey = keyOf(head);
    const ownerIris = new Set(owner.map((o) => o.iri));
    // round 33: and the graph must tie the head to its owner (owner-link.ts): "Sylvania's Rufus T.
    // Firefly" is no reading of a Freedonian Firefly, whose owner the claim then dropped
    if (owner.length) for (const e of resolveMention(ctx, head, depth + 1)) if (!(titled && isA(ctx, e.iri, `${NS.cg}Person`)) && !othersOffice(e.iri) && !labelOwnedByOther(ctx, e.iri, headKey, ownerIris) && ownerTied(ctx, e.iri, ownerIris)) push(e.iri, owner.find((o) => o.corrected)?.corrected ?? e.corrected);
    // "the Acme Bank's Charter" for the label "Acme Bank Charter": a label "X Y" said as "X's Y"
    if (!out.length && labelFirst) {
      const joined = ctx.labelIndex.get(keyOf([...tokens.slice(0, poss), ...tokens.slice(poss + 1)]));
      if (joined) for (const iri of [...joined].sort()) push(iri);
    }
  }
  return out;
}

const labelFirsts = new WeakMap<object, { size: number; words: Set<string> }>();

/**
 * The first word of every key of `ctx.labelIndex` (rebuilt when names were added since, as
 * `roleWordsOf`). Premise: a key is its tokens' norms joined by spaces and no norm holds a space
 * (tests/check/span-trie.test.ts), so `keyOf(span)` opens with `span[0].norm` and a span whose
 * first norm is not here is no key.
 *
 * @example
 * ```ts
 * labelFirstWords(ctx).has('acm'); // true when a label key is 'acm bank'
 * ```
 */
export function labelFirstWords(ctx: CheckContext): Set<string> {
  const hit = labelFirsts.get(ctx.labelIndex);
  if (hit && hit.size === ctx.labelIndex.size) return hit.words;
  const words = new Set<string>();
  for (const key of ctx.labelIndex.keys()) words.add(key.split(' ')[0]!);
  labelFirsts.set(ctx.labelIndex, { size: ctx.labelIndex.size, words });
  return words;
}

const labelKeys = new WeakMap<object, { size: number; byIri: Map<string, string[]> }>();

/**
 * Whether one of `iri`'s labels is `head` said with an owner ("<head> of Z", "Z <head>", "Z 's <head>")
 * whose name resolves to entities none of which is in `owners` but one of the same type as an owner
 * (another country): the graph's own label then says the entity belongs to someone else.
 *
 * @example
 * ```ts
 * // labels "canal programme of Freedonia", "canal programme"
 * labelOwnedByOther(ctx, cgr + 'canal-programme', 'canal programme', new Set([cgr + 'sylvania'])); // true
 * ```
 */
export function labelOwnedByOther(ctx: CheckContext, iri: string, head: string, owners: ReadonlySet<string>): boolean {
  // the reverse of the label index, rebuilt when names were added since (as roleWordsOf)
  let hit = labelKeys.get(ctx.labelIndex);
  if (!hit || hit.size !== ctx.labelIndex.size) {
    const byIri = new Map<string, string[]>();
    for (const [key, iris] of ctx.labelIndex) for (const i of iris) (byIri.get(i) ?? byIri.set(i, []).get(i)!).push(key);
    labelKeys.set(ctx.labelIndex, (hit = { size: ctx.labelIndex.size, byIri }));
  }
  for (const key of hit.byIri.get(iri) ?? []) {
    let other: string | undefined;
    if (key.startsWith(`${head} of `)) other = key.slice(head.length + 4);
    else if (key.endsWith(` ${head}`)) other = key.slice(0, -head.length - 1).replace(/ 's$/, '');
    if (!other) continue;
    // another owner of the owner's own kind (another country): "Freedonian gas" is no owner clash for
    // "the pipeline's gas", a modifier of another kind says where, not whose
    const named = [...(ctx.labelIndex.get(other) ?? [])];
    const ownerTypes = new Set([...owners].flatMap((o) => [...(ctx.entityTypes.get(o) ?? [])]));
    if (named.length && !named.some((o) => owners.has(o)) && named.some((o) => [...(ctx.entityTypes.get(o) ?? [])].some((t) => ownerTypes.has(t)))) return true;
  }
  return false;
}

const stateNouns = new WeakMap<object, Set<string>>();

/** The country a span names through a noun for its government ("the Freedonian government"); empty otherwise. */
function stateNounReading(ctx: CheckContext, tokens: readonly Token[], depth: number): string[] {
  let nouns = stateNouns.get(ctx.lexicon);
  if (!nouns) stateNouns.set(ctx.lexicon, (nouns = new Set(ctx.lexicon.getQuads(null, `${NS.cg}stateNoun`, null, null).map((q) => q.object.value.toLowerCase()))));
  const words = tokens.map((t) => t.raw.toLowerCase());
  let rest: readonly Token[] | undefined;
  if (nouns.has(words[words.length - 1]!)) {
    // "X's government", "X government"
    rest = tokens.slice(0, tokens[tokens.length - 2]!.kind === 'possessive' ? -2 : -1);
  } else if (nouns.has(words[0]!) && words[1] === 'of') {
    rest = tokens.slice(2);
  }
  if (!rest?.length) return [];
  const hit = resolveMention(ctx, rest, depth + 1);
  return hit.length === 1 && isA(ctx, hit[0]!.iri, `${NS.cg}Country`) ? [hit[0]!.iri] : [];
}

/**
 * Closed-class words that never open an unknown name (round 34): prepositions that open no
 * clause, and sentence adverbs. Determiners are not here ("The Hague" is a name), nor the words
 * that open a clause ("When", "While", "After", "If"): a compound reader splits a claim at such a
 * clause and reads its parts, which rests on the clause's words being read as they were.
 */
const NOT_NAME_OPENERS: ReadonlySet<string> = new Set(('of among between via per with '
  + 'even just merely also still indeed however meanwhile moreover furthermore besides thus hence therefore '
  + 'perhaps maybe reportedly allegedly apparently clearly notably actually certainly surely already instead').split(' '));

/**
 * True when a span looks like a proper name the graph does not know (capitalised words, possibly
 * joined by "of", "and", dashes, none of them one of `meaningWords` when given), so "Freedonia is
 * a member of X" can be answered as unknown.
 *
 * @example
 * ```ts
 * looksLikeName(tokenize('Grand Fenwick', morph)); // true
 * ```
 */
export function looksLikeName(tokens: readonly Token[], meaningWords?: ReadonlySet<string>): boolean {
  if (tokens.length === 0 || tokens.length > 6) return false;
  // round 29: a word that changes a claim's meaning (lexicon cg:meaningWord: "Only", "Both",
  // "Neither" opening a claim) is no name: "Only Freedonia joined" read "Only" as a person
  if (meaningWords && tokens.some((t) => meaningWords.has(t.raw.toLowerCase()))) return false;
  // round 34 (shapes34): a closed-class word opening the span (a preposition or sentence adverb, capitalised only because it opens the claim: "Of the League's
  // members, four ...", "Even Freedonia ...", "Just one state ...") is no name; a name the graph
  // knows with such a word was resolved before this is asked
  if (NOT_NAME_OPENERS.has(tokens[0]!.raw.toLowerCase())) return false;
  if (!tokens[0]!.cap && tokens[0]!.kind !== 'word') return false;
  if (!tokens[0]!.cap) return false;
  if (!tokens[tokens.length - 1]!.cap) return false;
  return tokens.every((t) => (t.kind === 'word' && (t.cap || ['of', 'and', 'for', 'de'].includes(t.raw.toLowerCase()))) || t.kind === 'dash' || t.kind === 'possessive');
}

const properKeys = new WeakMap<object, { size: number; keys: Set<string> }>();

/**
 * The label keys some label of the graph writes with a capital (a proper name: "Zenda", "LNS"),
 * as against keys only common-noun labels have ("harbours", "grain"); rebuilt when names were added.
 */
function properNameKeys(ctx: CheckContext): Set<string> {
  const hit = properKeys.get(ctx.labelIndex);
  if (hit && hit.size === ctx.labelIndex.size) return hit.keys;
  const keys = new Set<string>();
  for (const pred of [`${NS.rdfs}label`, `${NS.skos}altLabel`, `${NS.skos}prefLabel`]) {
    for (const q of ctx.store.getQuads(null, pred, null, null)) if (/[A-Z]/.test(q.object.value)) keys.add(nameKey(q.object.value, ctx.morph));
  }
  properKeys.set(ctx.labelIndex, { size: ctx.labelIndex.size, keys });
  return keys;
}

/**
 * Whether tokens [from, to) are a capitalised common noun inside a longer capitalised name the
 * graph does not know: "Harbour" in "the Great Harbour Fund", where the graph's only labels of that
 * key are common nouns ("harbours"). Such a word is part of the name, not a mention of its own.
 *
 * @example
 * ```ts
 * const toks = tokenize('The Great Harbour Fund opened.', ctx.morph);
 * commonNounInName(ctx, toks, 2, 3); // true when "harbours" is a label and "Harbour" none
 * ```
 */
export function commonNounInName(ctx: CheckContext, tokens: readonly Token[], from: number, to: number): boolean {
  const span = tokens.slice(from, to);
  if (!span.length || !span.every((t) => t.cap && t.kind === 'word')) return false;
  // a capitalised neighbour that is a name's word, not a sentence's first article ("The Road ...")
  const capWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.cap && !ctx.morph.ignorable.has(t.norm);
  if (!capWord(tokens[from - 1]) && !capWord(tokens[to])) return false;
  const key = keyOf(span);
  return ctx.labelIndex.has(key) && !properNameKeys(ctx).has(key);
}
