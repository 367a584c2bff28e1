/**
 * A memo of slot readings across the claims of one context.
 *
 * The parser reads a slot (`readSlot`: an entity, an amount, a date...) for every token span a
 * pattern offers it; a claim's parts and rewrites repeat the claim's spans ("Freedonia", "the
 * League"), so the same span was read again for each text parsed (on the users' set 380,000
 * readings, 142,000 of them different). A reading is a pure function of the context, the slot's
 * type, class and mode, and the span's tokens: what each token says (text, comparison form, kind,
 * capital, the determiner flags) and whether it touches the token before it (the one use of
 * offsets on that path: a hyphen inside a word, src/check/fuzzy.ts). The key below is exactly
 * that; `TOKEN_FIELDS` makes a new field of `Token` a compile error here until it is keyed, and
 * tests/check/slot-memo.test.ts fails when two spans that differ in a keyed field share a key.
 *
 * Lifetime: per context (a WeakMap, like the parse memo of src/check/parser.ts), bounded for a
 * long-running server. Values are shared between readings and claims: read-only, as parse results are.
 */
import type { CheckContext } from './context.js';
import { readingKey } from './context-base.js';
import type { Token } from './text.js';
import type { CheckValue } from './types.js';

/**
 * How each field of a token enters the key: its value, or (offsets) only as "touches the token
 * before it". Typed as a record over `keyof Token`: adding a field to Token fails to compile
 * until it is listed here.
 */
export const TOKEN_FIELDS: Readonly<Record<keyof Token, 'value' | 'offset'>> = {
  raw: 'value', norm: 'value', kind: 'value', cap: 'value', indef: 'value', any: 'value', each: 'value', some: 'value', whole: 'value', distributive: 'value', definite: 'value', initial: 'value',
  start: 'offset', end: 'offset',
};

/** Most readings (and token ids) kept per context before the memo starts afresh. */
export const SLOT_MEMO_MAX = 100_000;

// per span key, the readings by kind (`readingKind`); `size` counts readings, for the bound
// (both keyed by the context's reading key: one memo for a context and the ones derived from it
// to judge otherwise, src/check/context-base.ts)
type SlotMemo = { bySpan: Map<string, CheckValue[][]>; shared: Map<string, SpanShared>; size: number };
const memos = new WeakMap<object, SlotMemo>();

/** The memo record of a context (its reading key's), made on first use. */
function memoOf(ctx: CheckContext): SlotMemo {
  const base = readingKey(ctx);
  let m = memos.get(base);
  if (!m) memos.set(base, (m = { bySpan: new Map(), shared: new Map(), size: 0 }));
  return m;
}
// ids of tokens; a new id list starts a new memo (the old keys would name other tokens)
const tokenIds = new WeakMap<object, Map<string, string>>();

const VALUE_FIELDS = (Object.keys(TOKEN_FIELDS) as Array<keyof Token>).filter((k) => TOKEN_FIELDS[k] === 'value');

/** The key part of one token (every value field, in a fixed order; separators no token text holds). */
function tokenKey(t: Token): string {
  let s = '';
  for (const f of VALUE_FIELDS) s += `${String(t[f] ?? '')}\u0001`;
  return s;
}

/**
 * Keys of the spans of one token list: `key(start, end)` names tokens[start, end) as the memo
 * sees it (each token's fields, and for every token after the first whether it touches the one
 * before). Token keys are built once per list, and each span's key once: the parser asks for the
 * same span with every pattern and slot, and a key string built once is hashed once (V8 keeps a
 * string's hash), where a key built per lookup was hashed per lookup (round 17).
 *
 * @example
 * ```ts
 * const keys = spanKeys(ctx, tokenize('Freedonia joined the League', ctx.morph));
 * keys.key(0, 1) === spanKeys(ctx, tokenize('Freedonia signed', ctx.morph)).key(0, 1); // true
 * ```
 */
export function spanKeys(ctx: CheckContext, tokens: readonly Token[]): { key(start: number, end: number): string } {
  // each distinct token as a short id: the memo's keys stay short, and hashing them cheap
  const base = readingKey(ctx);
  let ids = tokenIds.get(base);
  if (!ids || ids.size >= SLOT_MEMO_MAX) {
    // new ids reuse old ones' names: the readings keyed by the old go with them
    tokenIds.set(base, (ids = new Map()));
    memos.delete(base);
  }
  const each = tokens.map((t) => {
    const k = tokenKey(t);
    let id = ids!.get(k);
    if (id === undefined) ids!.set(k, (id = ids!.size.toString(36)));
    return id;
  });
  const touches = tokens.map((t, i) => (i > 0 && tokens[i - 1]!.end === t.start ? '=' : ' '));
  const width = tokens.length + 1;
  const built = new Map<number, string>();
  return {
    key(start: number, end: number): string {
      const at = start * width + end;
      let s = built.get(at);
      if (s !== undefined) return s;
      s = each[start] ?? '';
      for (let i = start + 1; i < end; i++) s += `${touches[i]}${each[i]}`;
      built.set(at, s);
      return s;
    },
  };
}

/**
 * A small number naming one kind of reading (`kind`: the slot's type and class, the typing mode,
 * whether unknown names count), for `memoSlot`. Kinds are few (the ontology's slot types and
 * classes), so the numbers are kept for the process; a number stands for the same kind in every
 * context.
 *
 * @example
 * ```ts
 * readingKind('entity|https://w3id.org/claimgraph/ontology#Agent|true') === readingKind('entity|https://w3id.org/claimgraph/ontology#Agent|true'); // true
 * ```
 */
export function readingKind(kind: string): number {
  let id = kinds.get(kind);
  if (id === undefined) kinds.set(kind, (id = kinds.size));
  return id;
}

const kinds = new Map<string, number>();

/**
 * The slot readings of a context: `read` runs on a miss, its result is kept under the span's key
 * (`spanKeys`) and the reading's kind (`readingKind`).
 *
 * @example
 * ```ts
 * memoSlot(ctx, readingKind('entity||false'), keys.key(0, 1), () => readSlot(ctx, 'entity', undefined, span, false));
 * ```
 */
export function memoSlot(ctx: CheckContext, kind: number, span: string, read: () => CheckValue[]): CheckValue[] {
  const m = memoOf(ctx);
  let row = m.bySpan.get(span);
  const hit = row?.[kind];
  if (hit) return hit;
  const v = read();
  if (m.size >= SLOT_MEMO_MAX) {
    m.bySpan.clear();
    m.shared.clear();
    m.size = 0;
    row = undefined;
  }
  if (!row) m.bySpan.set(span, (row = []));
  row[kind] = v;
  m.size++;
  return v;
}

/**
 * What reading a span as an entity finds whatever the slot's class, type or typing mode: the
 * entities the span names (`mentioned`) and the offices of a group's members it names (`offices`,
 * null for none). Filled by `readSlot` (src/check/parser.ts) on first use.
 */
export interface SpanShared {
  mentioned?: Array<Extract<CheckValue, { kind: 'entity' }>>;
  offices?: { items: Array<Extract<CheckValue, { kind: 'entity' }>>; excepted: Array<Extract<CheckValue, { kind: 'entity' }>> } | null;
}

/**
 * The class-free part of a span's entity readings, one record per span key and context.
 *
 * Why: the parser reads the same span as an entity of many classes (a person, an office, an
 * agent, a place...: the users' set read ~41,000 entity slots on ~20,000 spans), and each
 * reading looked its names up and searched the lexicon's office patterns again, though neither
 * depends on the class. Premise: both are functions of the context and the span's tokens alone,
 * which the span key names whole (tests/check/slot-memo.test.ts compares readings with and
 * without the record for every class of the fixture's ontology).
 *
 * Lifetime: that of the slot readings of the same context (cleared with them).
 *
 * @example
 * ```ts
 * const shared = spanShared(ctx, keys.key(0, 1));
 * readSlot(ctx, 'entity', cls, span, false, true, shared); // fills shared.mentioned
 * ```
 */
export function spanShared(ctx: CheckContext, span: string): SpanShared {
  const m = memoOf(ctx);
  let rec = m.shared.get(span);
  if (!rec) m.shared.set(span, (rec = {}));
  return rec;
}
