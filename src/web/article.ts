/**
 * The article views. The list: every article with its date and counts, paged. One article: its
 * text by segment (headline, body paragraphs, byline, reader comments apart), each sentence a
 * span that is visibly plain when nothing cites it, every quote of a claim highlighted and
 * coloured by polarity, modality and speaker; selecting a highlight (click, or Enter on it)
 * lists the claims that quote it.
 */
import { getJson } from './api.js';
import { clear, codePoints, h, highlight, main, pageData, status, type Mark } from './dom.js';
import { claimCard } from './claims.js';
import { refLink, setPrefixes } from './terms.js';
import type { ArticleList, ArticleView, Span, Vocabulary } from '../serve/workbench/types.js';

const PAGE = 50;

/** The list of articles. */
export async function articlesView(): Promise<void> {
  const root = main();
  const box = h('section', { id: 'article-list' });
  root.append(h('h1', {}, 'Articles'), box);
  let offset = Number(new URLSearchParams(location.search).get('offset') ?? 0) || 0;
  async function load(): Promise<void> {
    clear(box);
    box.append(status('loading…', 'busy'));
    const list = await getJson<ArticleList>(`/api/articles?offset=${offset}&limit=${PAGE}`);
    clear(box);
    const rows = list.articles.map((a) => h('tr', { 'data-article': a.id },
      h('td', {}, h('a', { href: `/articles/${encodeURIComponent(a.id)}` }, a.title)),
      h('td', {}, h('time', { datetime: a.date ?? '' }, a.date ?? 'undated')),
      h('td', {}, a.author ? refLink(a.author, 'entity') : ''),
      h('td', { class: 'num' }, String(a.claims)),
      h('td', { class: 'num' }, `${a.citedSentences} / ${a.sentences}`),
      h('td', { class: 'num' }, String(a.comments)),
    ));
    const prev = h('button', { type: 'button', disabled: offset === 0 }, '‹ Previous');
    const next = h('button', { type: 'button', disabled: offset + PAGE >= list.total }, 'Next ›');
    prev.addEventListener('click', () => { offset = Math.max(0, offset - PAGE); history.replaceState(null, '', `?offset=${offset}`); void load(); });
    next.addEventListener('click', () => { offset += PAGE; history.replaceState(null, '', `?offset=${offset}`); void load(); });
    box.append(
      h('nav', { class: 'pager', 'aria-label': 'Article pages' }, prev, h('span', { class: 'page-info' }, `${list.total === 0 ? 0 : offset + 1}–${offset + list.articles.length} of ${list.total}`), next),
      h('table', { class: 'results articles' },
        h('thead', {}, h('tr', {}, ...['Title', 'Date', 'Author', 'Claims', 'Cited sentences', 'Comments'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...rows)),
    );
  }
  await load();
}

function spanClasses(s: Span): string {
  return ['q', `pol-${s.polarity}`, `mod-${s.modality}`, `speaker-${s.speaker}`].join(' ');
}

/** One article with its claims. */
export async function articleView(): Promise<void> {
  const { id } = pageData<{ id: string }>();
  const root = main();
  root.append(status('loading…', 'busy'));
  const [vocab, view] = await Promise.all([getJson<Vocabulary>('/api/vocabulary'), getJson<ArticleView>(`/api/articles/${encodeURIComponent(id)}`)]);
  setPrefixes(vocab.prefixes);
  clear(root);
  document.title = `${view.article.title} · claimgraph workbench`;
  const chars = codePoints(view.text);
  const panel = h('aside', { id: 'span-claims', class: 'panel', 'aria-live': 'polite', 'aria-label': 'Claims of the selected highlight' },
    h('p', { class: 'hint' }, 'Select a highlighted passage (click it, or Tab to it and press Enter) to see its claims.'));
  const text = h('div', { class: 'article-text', id: 'article-text' });
  const a = view.article;
  root.append(
    h('header', { class: 'article-head' },
      h('h1', {}, a.title),
      h('p', { class: 'meta' }, h('time', { datetime: a.date ?? '' }, a.date ?? 'undated'), a.author ? ' · by ' : '', a.author ? refLink(a.author, 'entity') : null,
        ` · ${a.claims} claims · ${a.citedSentences} of ${a.sentences} sentences cited · ${a.comments} comment(s)`),
      legend(),
      view.truncated ? status(`This article has more quoted passages than one page shows; the first ${view.spans.length} are highlighted.`, 'info') : null,
    ),
    h('div', { class: 'article-layout' }, text, panel),
  );
  // each segment is a block; each sentence a span inside it; spans cut into marked pieces
  for (const seg of view.segments) {
    const tag = seg.kind === 'headline' ? 'h2' : seg.kind === 'comment' ? 'blockquote' : seg.kind === 'body' ? 'p' : 'div';
    const block = h(tag, { class: `segment segment-${seg.kind}`, 'data-segment': seg.iri });
    if (seg.kind === 'comment') block.append(h('span', { class: 'segment-label' }, 'Reader comment'));
    let pos = seg.begin;
    const sentences = view.sentences.filter((s) => s.begin >= seg.begin && s.end <= seg.end);
    const piece = (b: number, e: number, container: Node): void => {
      const marks: Mark[] = [];
      view.spans.forEach((s, i) => {
        if (s.end <= b || s.begin >= e) return;
        marks.push({ begin: Math.max(s.begin, b) - b, end: Math.min(s.end, e) - b, cls: spanClasses(s), attrs: { 'data-spans': String(i), 'data-quote': s.iri } });
      });
      container.appendChild(highlight(chars.slice(b, e), marks));
    };
    for (const s of sentences) {
      if (s.begin > pos) piece(pos, s.begin, block);
      const el = h('span', { class: `sentence ${s.cited ? 'cited' : 'uncited'}`, id: `s-${s.id}`, 'data-sentence': s.iri, title: s.cited ? undefined : 'no claim cites this sentence' });
      piece(s.begin, s.end, el);
      block.append(el);
      pos = s.end;
    }
    if (pos < seg.end) piece(pos, seg.end, block);
    text.append(block);
  }
  // marks are focusable and select their innermost span
  const select = (mark: HTMLElement): void => {
    const ids = (mark.dataset.spans ?? '').split(' ').filter(Boolean).map(Number);
    const inner = ids.sort((x, y) => (view.spans[x]!.end - view.spans[x]!.begin) - (view.spans[y]!.end - view.spans[y]!.begin))[0];
    if (inner === undefined) return;
    showSpan(inner);
  };
  const showSpan = (i: number): void => {
    const s = view.spans[i]!;
    text.querySelectorAll('mark.selected').forEach((m) => m.classList.remove('selected'));
    text.querySelectorAll<HTMLElement>('mark[data-spans]').forEach((m) => { if (m.dataset.spans!.split(' ').includes(String(i))) m.classList.add('selected'); });
    clear(panel);
    panel.append(
      h('h2', {}, `${s.claims.length} claim${s.claims.length === 1 ? ' quotes' : 's quote'} this passage`),
      h('p', { class: 'selected-quote' }, `“${s.text}”`),
      ...s.claims.map((c) => (view.claims[c] ? claimCard(view.claims[c]!) : h('p', {}, c))),
    );
  };
  text.querySelectorAll<HTMLElement>('mark[data-spans]').forEach((m) => {
    m.tabIndex = 0;
    m.setAttribute('role', 'button');
    m.addEventListener('click', () => select(m));
    m.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(m); } });
  });
  // `#at=<sentence or quote IRI>` opens the article at that place
  const at = new URLSearchParams(location.hash.slice(1)).get('at');
  if (at) {
    const spanIndex = view.spans.findIndex((s) => s.iri === at);
    const sentence = text.querySelector<HTMLElement>(`[data-sentence="${CSS.escape(at)}"]`);
    if (spanIndex >= 0) showSpan(spanIndex);
    const target = spanIndex >= 0 ? text.querySelector<HTMLElement>('mark.selected') : sentence;
    target?.classList.add('target');
    target?.scrollIntoView({ block: 'center' });
  }
}

function legend(): HTMLElement {
  return h('p', { class: 'legend' }, 'Highlights: ',
    h('mark', { class: 'q pol-positive mod-stated speaker-author' }, 'stated fact'), ' ',
    h('mark', { class: 'q pol-negative mod-stated speaker-author' }, 'negative'), ' ',
    h('mark', { class: 'q pol-positive mod-expected speaker-author' }, 'modal (expected, possible…)'), ' ',
    h('mark', { class: 'q pol-positive mod-stated speaker-reader' }, 'reader comment'), ' ',
    h('span', { class: 'sentence uncited' }, 'uncited sentence'));
}
