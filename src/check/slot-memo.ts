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
import type { Token } from './text.js';
import type { CheckValue } from './types.js';

/**
 * How each field of a token enters the key: its value, or (offsets) only as "touches the token
 * before it". Typed as a record over `keyof Token`: adding a field to Token fails to compile
 * until it is listed here.
 */
export const TOKEN_FIELDS: Readonly<Record<keyof Token, 'value' | 'offset'>> = {
  raw: 'value', norm: 'value', kind: 'value', cap: 'value', indef: 'value', each: 'value', some: 'value', whole: 'value', definite: 'value',
  start: 'offset', end: 'offset',
};

/** Most readings (and token ids) kept per context before the memo starts afresh. */
export const SLOT_MEMO_MAX = 100_000;

const memos = new WeakMap<CheckContext, Map<string, CheckValue[]>>();
// ids of tokens; a new id list starts a new memo (the old keys would name other tokens)
const tokenIds = new WeakMap<CheckContext, Map<string, string>>();

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
 * before). Token keys are built once per list.
 *
 * @example
 * ```ts
 * const keys = spanKeys(ctx, tokenize('Freedonia joined the League', ctx.morph));
 * keys.key(0, 1) === spanKeys(ctx, tokenize('Freedonia signed', ctx.morph)).key(0, 1); // true
 * ```
 */
export function spanKeys(ctx: CheckContext, tokens: readonly Token[]): { key(start: number, end: number): string } {
  // each distinct token as a short id: the memo's keys stay short, and hashing them cheap
  let ids = tokenIds.get(ctx);
  if (!ids || ids.size >= SLOT_MEMO_MAX) {
    // new ids reuse old ones' names: the readings keyed by the old go with them
    tokenIds.set(ctx, (ids = new Map()));
    memos.delete(ctx);
  }
  const each = tokens.map((t) => {
    const k = tokenKey(t);
    let id = ids!.get(k);
    if (id === undefined) ids!.set(k, (id = ids!.size.toString(36)));
    return id;
  });
  const touches = tokens.map((t, i) => (i > 0 && tokens[i - 1]!.end === t.start ? '=' : ' '));
  return {
    key(start: number, end: number): string {
      let s = each[start] ?? '';
      for (let i = start + 1; i < end; i++) s += `${touches[i]}${each[i]}`;
      return s;
    },
  };
}



/**
 * The slot readings of a context: `read` runs on a miss, its result is kept under `key`.
 *
 * @example
 * ```ts
 * memoSlot(ctx, `entity||${keys.key(0, 1)}`, () => readSlot(ctx, 'entity', undefined, span, false));
 * ```
 */
export function memoSlot(ctx: CheckContext, key: string, read: () => CheckValue[]): CheckValue[] {
  let m = memos.get(ctx);
  if (!m) memos.set(ctx, (m = new Map()));
  let v = m.get(key);
  if (v) return v;
  v = read();
  if (m.size >= SLOT_MEMO_MAX) m.clear();
  m.set(key, v);
  return v;
}
