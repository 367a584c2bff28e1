/**
 * The results of a SELECT: a table of prefixed, clickable terms, sortable by any column (a
 * button in each header, so the keyboard can sort too), paged, and with citations: each row
 * unfolds to the claims and sentences behind it.
 */
import { clear, h } from './dom.js';
import { claimCard, sourceHeading, sourceText } from './claims.js';
import { termNode, termText, type JsonTerm } from './terms.js';
import type { CitedAnswer, RowCitation } from '../serve/workbench/types.js';

type Row = Record<string, JsonTerm>;

/** What the table shows: rows, and for a cited run, each row's citations. */
export interface TableData {
  vars: string[];
  rows: Row[];
  cited?: Pick<CitedAnswer, 'citations' | 'claims' | 'sentences'>;
}

const NUMERIC = /#(integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger|negativeInteger|nonPositiveInteger|unsignedLong|unsignedInt|gYear)$/;

function compareTerms(a: JsonTerm | undefined, b: JsonTerm | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  if (a.datatype && b.datatype && NUMERIC.test(a.datatype) && NUMERIC.test(b.datatype)) {
    const d = Number(a.value) - Number(b.value);
    if (!Number.isNaN(d) && d !== 0) return d;
  }
  return termText(a).localeCompare(termText(b), undefined, { numeric: true });
}

/**
 * Renders a table into a container and keeps its paging and sort state.
 *
 * @example
 * ```ts
 * const table = new ResultTable(el, { vars, rows });
 * ```
 */
export class ResultTable {
  private page = 0;
  private pageSize = 50;
  private sortVar: string | undefined;
  private sortDir: 1 | -1 = 1;
  private order: number[];
  private readonly open = new Set<number>();

  constructor(private readonly el: HTMLElement, private readonly data: TableData) {
    this.order = data.rows.map((_, i) => i);
    this.render();
  }

  private sortBy(v: string): void {
    this.sortDir = this.sortVar === v ? (this.sortDir === 1 ? -1 : 1) : 1;
    this.sortVar = v;
    const rows = this.data.rows;
    this.order = rows.map((_, i) => i).sort((a, b) => this.sortDir * compareTerms(rows[a]![v], rows[b]![v]) || a - b);
    this.page = 0;
    this.render(`th-${v}`);
  }

  private pages(): number {
    return Math.max(1, Math.ceil(this.order.length / this.pageSize));
  }

  private render(focus?: string): void {
    clear(this.el);
    const { vars, rows, cited } = this.data;
    const first = this.page * this.pageSize;
    const shown = this.order.slice(first, first + this.pageSize);
    const head = h('tr', {},
      cited ? h('th', { scope: 'col', class: 'cite-col' }, 'Citations') : null,
      ...vars.map((v) => h('th', { scope: 'col', 'aria-sort': this.sortVar === v ? (this.sortDir === 1 ? 'ascending' : 'descending') : 'none' },
        h('button', { type: 'button', class: 'sort', id: `th-${v}`, title: `sort by ${v}` }, v, this.sortVar === v ? (this.sortDir === 1 ? ' ▲' : ' ▼') : ''),
      )),
    );
    head.querySelectorAll<HTMLButtonElement>('button.sort').forEach((b, i) => b.addEventListener('click', () => this.sortBy(vars[i]!)));
    const body = h('tbody');
    for (const i of shown) {
      const row = rows[i]!;
      const citations = cited?.citations[i];
      const tr = h('tr', { 'data-row': i },
        cited ? h('td', { class: 'cite-col' }, this.citeToggle(i, citations ?? [])) : null,
        ...vars.map((v) => h('td', {}, termNode(row[v]))),
      );
      body.appendChild(tr);
      if (cited && this.open.has(i)) body.appendChild(h('tr', { class: 'citations-row', 'data-citations-for': i }, h('td', { colspan: vars.length + 1 }, this.citationList(citations ?? []))));
    }
    const table = h('table', { class: 'results' }, h('thead', {}, head), body);
    this.el.append(this.pager(rows.length, first, shown.length), h('div', { class: 'table-wrap' }, table));
    if (focus) document.getElementById(focus)?.focus();
  }

  private citeToggle(i: number, citations: RowCitation[]): HTMLElement {
    const claims = citations.filter((c) => c.claim).length;
    const label = citations.length === 0 ? 'uncited' : `${claims} claim${claims === 1 ? '' : 's'}${citations.length > claims ? ` + ${citations.length - claims} sentence${citations.length - claims === 1 ? '' : 's'}` : ''}`;
    if (citations.length === 0) return h('span', { class: 'uncited', title: 'no claim or sentence backs this row' }, 'uncited');
    const b = h('button', { type: 'button', class: 'unfold', 'aria-expanded': this.open.has(i) ? 'true' : 'false', id: `unfold-${i}` }, this.open.has(i) ? '▾ ' : '▸ ', label);
    b.addEventListener('click', () => {
      if (this.open.has(i)) this.open.delete(i);
      else this.open.add(i);
      this.render(`unfold-${i}`);
    });
    return b;
  }

  private citationList(citations: RowCitation[]): HTMLElement {
    const cited = this.data.cited!;
    return h('div', { class: 'citations' }, ...citations.map((c) => {
      if (c.claim) {
        const view = cited.claims[c.claim];
        return view ? claimCard(view) : h('p', { class: 'uncited' }, `claim ${c.claim} (not described: past the limit)`);
      }
      return h('div', { class: 'direct-sentences' }, h('p', { class: 'via' }, `sentence bound by the query (${c.via})`),
        ...c.sentences.map((s) => {
          const src = cited.sentences[s];
          return src ? h('div', { class: 'source' }, sourceHeading(src), sourceText(src)) : h('p', {}, s);
        }));
    }));
  }

  private pager(total: number, first: number, count: number): HTMLElement {
    const nav = h('nav', { class: 'pager', 'aria-label': 'Result pages' });
    const prev = h('button', { type: 'button', class: 'prev', disabled: this.page === 0 }, '‹ Previous');
    const next = h('button', { type: 'button', class: 'next', disabled: this.page + 1 >= this.pages() }, 'Next ›');
    prev.addEventListener('click', () => { this.page--; this.render(); });
    next.addEventListener('click', () => { this.page++; this.render(); });
    const size = h('select', { 'aria-label': 'Rows per page' }, ...[10, 25, 50, 100, 500].map((n) => h('option', { value: n, selected: n === this.pageSize }, `${n} per page`)));
    size.addEventListener('change', () => { this.pageSize = Number(size.value); this.page = 0; this.render(); });
    nav.append(prev, h('span', { class: 'page-info', 'aria-live': 'polite' }, total === 0 ? 'no rows' : `rows ${first + 1}–${first + count} of ${total} · page ${this.page + 1} of ${this.pages()}`), next, size);
    return nav;
  }
}
