/**
 * Small DOM helpers: elements are built from data with textContent, never from HTML strings,
 * so no text from the graph or a query result can become markup.
 */

type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes (`class`, `data-*`, `aria-*`, any other) and children.
 *
 * @example
 * ```ts
 * h('a', { href: '/articles', class: 'nav' }, 'Articles');
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | number | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, ...children);
  return el;
}

/** Appends children, skipping empty ones. */
export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Removes every child of an element. */
export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** The page's `<main>`. */
export function main(): HTMLElement {
  return document.getElementById('main')!;
}

/** The data the server embedded in the page. */
export function pageData<T>(): T {
  return JSON.parse(document.getElementById('page-data')!.textContent ?? '{}') as T;
}

/**
 * Resolves once the browser has painted what the page holds now: after the next animation
 * frame (whose callbacks, a drawing library's included, run first) and the paint that follows.
 *
 * @example
 * ```ts
 * list.append(...cards);
 * await painted(); // the cards are on the screen
 * ```
 */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** A status line that screen readers announce. */
export function status(text: string, kind: 'info' | 'error' | 'busy' = 'info'): HTMLElement {
  return h('p', { class: `status status-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/**
 * Code points of a string (NIF offsets count code points, JavaScript strings count UTF-16 units).
 *
 * @example
 * ```ts
 * codePoints('a𝔉b').length; // 3
 * ```
 */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** A mark over `[begin, end)` in code points, relative to the text it is applied to. */
export interface Mark {
  begin: number;
  end: number;
  /** Classes of the `<mark>` element. */
  cls: string;
  /** Extra attributes (data-*). */
  attrs?: Record<string, string>;
}

/**
 * Text with marks: the text is cut at every mark boundary, and each piece covered by marks is a
 * `<mark>` with the classes and attributes of all marks covering it (overlapping marks nest
 * as pieces, so each piece says which marks it belongs to). Offsets are code points.
 *
 * @example
 * ```ts
 * highlight('Sylvania is not a member', [{ begin: 12, end: 15, cls: 'q' }]);
 * ```
 */
export function highlight(text: string | string[], marks: Mark[]): DocumentFragment {
  const chars = typeof text === 'string' ? codePoints(text) : text;
  const frag = document.createDocumentFragment();
  const cuts = new Set<number>([0, chars.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(chars.length, m.begin)));
    cuts.add(Math.max(0, Math.min(chars.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const b = points[i]!;
    const e = points[i + 1]!;
    const piece = chars.slice(b, e).join('');
    const covering = marks.filter((m) => m.begin <= b && m.end >= e);
    if (covering.length === 0) {
      frag.appendChild(document.createTextNode(piece));
      continue;
    }
    const mark = document.createElement('mark');
    const classes = new Set<string>();
    const attrs = new Map<string, string[]>();
    for (const m of covering) {
      for (const c of m.cls.split(/\s+/).filter(Boolean)) classes.add(c);
      for (const [k, v] of Object.entries(m.attrs ?? {})) attrs.set(k, [...(attrs.get(k) ?? []), v]);
    }
    mark.className = [...classes].join(' ');
    for (const [k, v] of attrs) mark.setAttribute(k, v.join(' '));
    mark.textContent = piece;
    frag.appendChild(mark);
  }
  return frag;
}
