/**
 * A cache keyed by a token span's normalised words, looked up word by word in a trie.
 *
 * Why: `resolveMention` is asked ~2,500 times per claim, mostly for spans it has seen. Its cache
 * was keyed by `keyOf(span)`, a string built per call by concatenation; `Map.get` must flatten
 * and hash such a string each time (on the users' set the lookup was ~60% of the function's own
 * time). Each token's `norm` is a string made once per token list, so its hash is computed once
 * and kept by V8: walking a trie of norms hashes nothing new and allocates nothing on a hit.
 *
 * Premise: two spans share a `keyOf` key exactly when their norms are the same words, which holds
 * as long as no norm holds a space (tests/check/span-trie.test.ts fails when one does). The trie
 * then keeps exactly what a map keyed by `keyOf` kept.
 *
 * Lifetime: the owner's (a resolver keeps one per context); bounded: past `max` entries it starts afresh.
 */
import type { Token } from './text.js';

interface Node<V> {
  next?: Map<string, Node<V>>;
  value?: V;
}

/** A span-keyed cache: `get` the value kept for the span's words, `set` one. */
export interface SpanTrie<V> {
  get(tokens: readonly Token[]): V | undefined;
  set(tokens: readonly Token[], value: V): void;
  readonly size: number;
}

/**
 * A new empty cache holding at most `max` spans (cleared when full).
 *
 * @example
 * ```ts
 * const cache = spanTrie<string[]>(20_000);
 * cache.set(tokenize('the League', morph), ['…/league']);
 * cache.get(tokenize('the League', morph)); // ['…/league']
 * ```
 */
export function spanTrie<V>(max: number): SpanTrie<V> {
  let root: Node<V> = {};
  let size = 0;
  return {
    get(tokens) {
      let node: Node<V> | undefined = root;
      for (let i = 0; i < tokens.length && node; i++) node = node.next?.get(tokens[i]!.norm);
      return node?.value;
    },
    set(tokens, value) {
      // full: start afresh before a new span (a span kept already only changes its value)
      if (size >= max && this.get(tokens) === undefined) {
        root = {};
        size = 0;
      }
      let node = root;
      for (const t of tokens) {
        let child = node.next?.get(t.norm);
        if (!child) (node.next ??= new Map()).set(t.norm, (child = {}));
        node = child;
      }
      if (node.value === undefined) size++;
      node.value = value;
    },
    get size() {
      return size;
    },
  };
}
