/**
 * The entity view: label, other names, classes, background facts (uncited), every claim about
 * the entity grouped by property, in date order and paged, each with its sources; and a
 * drawing of its neighbourhood with cytoscape (edges styled by polarity and modality; clicking
 * a node moves to it). The drawing has a list of the same neighbours beside it, for keyboards
 * and screen readers.
 */
import { getJson } from './api.js';
import { clear, h, main, pageData, painted, status } from './dom.js';
import { claimCard } from './claims.js';
import { byLabel, count } from './format.js';
import { CLAIMS_ALL_PAGE, CLAIMS_MORE, drawingSize, entityApi, entityViewUrl, groupPageUrl, neighbourhoodUrl } from './entity-api.js';
import { refLink, setPrefixes, valueNode } from './terms.js';
import type { ClaimGroup, ClaimView, EntityView, Neighbourhood, Vocabulary } from '../serve/workbench/types.js';

function entityPath(iri: string): string {
  return `/resource?iri=${encodeURIComponent(iri)}`;
}

/**
 * Claim cards built before the view's first paint: the first groups' cards, enough to fill the
 * screen; the other groups' cards are built once the view (claims on the screen, then the
 * drawing) is ready. On the 1M bench corpus's busiest entity, building all 70 first cards was
 * the largest part of the work before the claims showed, for cards below the fold.
 */
export const CARDS_FIRST_PAINT = 12;

/**
 * Starts the entity view; resolves once the claims and the drawing are on the screen, with the
 * work left for after that (building the cards of the groups below the fold).
 */
export async function entityView(): Promise<() => void> {
  const { id } = pageData<{ id: string }>();
  const root = main();
  root.append(status('loading…', 'busy'));
  const api = entityApi(id);
  // the drawing's data is asked for at once, beside the claims, not after them (main.ts has
  // asked for both already while this chunk loaded)
  let pending: Promise<Neighbourhood> | undefined = getJson<Neighbourhood>(neighbourhoodUrl(id, 2));
  pending.catch(() => undefined);
  // cytoscape is a chunk of its own, fetched (and evaluated) while the answers are on their way
  const drawing = import('./neighbourhood.js');
  drawing.catch(() => undefined);
  const [vocab, view] = await Promise.all([getJson<Vocabulary>('/api/vocabulary'), getJson<EntityView>(entityViewUrl(id))]);
  performance.mark('entity:data');
  setPrefixes(vocab.prefixes);
  clear(root);
  const e = view.entity;
  document.title = `${e.label} · claimgraph workbench`;
  const graphBox = h('div', { id: 'neighbourhood', class: 'neighbourhood', role: 'img', 'aria-label': `Entities around ${e.label}` });
  const neighbours = h('ul', { id: 'neighbour-list', class: 'neighbour-list' });
  const hops = h('select', { id: 'hops', 'aria-label': 'Hops' }, h('option', { value: '1' }, '1 hop'), h('option', { value: '2', selected: true }, '2 hops'));
  const drawStatus = h('div', { id: 'neighbourhood-status', role: 'status' }, status('drawing…', 'busy'));
  let budget = CARDS_FIRST_PAINT;
  const groups = view.groups.map((g) => {
    const now = budget > 0;
    if (now) budget -= g.claims.length;
    return groupSection(id, g, now);
  });
  const complete = (): void => {
    for (const g of groups) g.fill();
    if (claimsCol.dataset.ready === 'true') return;
    claimsCol.dataset.ready = 'true';
    performance.mark('entity:complete');
  };
  const claimsCol = h('section', { class: 'claims-col', 'aria-label': 'Claims' },
    h('h2', {}, `${view.totalClaims} claim${view.totalClaims === 1 ? '' : 's'}`),
    view.groups.length === 0 ? h('p', {}, 'No claim is about this entity.') : null,
    ...groups.map((g) => g.section),
    view.background.length ? h('section', { class: 'background' },
      h('h2', {}, 'Background facts (uncited)'),
      h('p', { class: 'hint' }, 'From the entity list, not from an article: no sentence backs them.'),
      h('ul', {}, ...view.background.map((b) => h('li', {}, h('span', { class: 'predicate' }, b.property.label), ' ', valueNode(b.value))))) : null,
  );
  root.append(
    h('header', { class: 'entity-head' },
      h('h1', {}, e.label),
      h('p', { class: 'meta' }, h('code', { title: e.iri }, e.curie), e.classes.length ? ' · ' : '', ...e.classes.flatMap((c, i) => [i > 0 ? ', ' : '', h('span', { class: 'class', title: c.iri }, c.label)])),
      e.altLabels.length ? h('p', { class: 'alt-labels' }, 'Also: ', e.altLabels.join(' · ')) : null,
      e.comment ? h('p', { class: 'comment' }, e.comment) : null,
    ),
    h('div', { class: 'entity-layout' },
      claimsCol,
      h('section', { class: 'graph-col', 'aria-label': 'Neighbourhood' },
        h('h2', {}, 'Neighbourhood'),
        h('div', { class: 'bar' }, hops, drawLegend()),
        graphBox, drawStatus, h('h3', {}, 'Entities drawn'), neighbours),
    ),
  );
  // clicks on "Draw more" (a new number of hops starts again from the first size)
  let more = 0;
  const draw = async (focusMore = false): Promise<void> => {
    delete graphBox.dataset.ready;
    clear(drawStatus);
    drawStatus.append(status('drawing…', 'busy'));
    const n = await (pending ?? getJson<Neighbourhood>(neighbourhoodUrl(id, Number(hops.value), more)));
    pending = undefined;
    (await drawing).drawNeighbourhood(graphBox, n, (iri) => location.assign(entityPath(iri)));
    clear(neighbours);
    for (const node of n.nodes.filter((x) => x.hop > 0).sort((a, b) => a.hop - b.hop || byLabel(a.label, b.label))) {
      neighbours.append(h('li', { 'data-hop': node.hop }, refLink(node, 'entity'), ` (${node.hop} hop${node.hop === 1 ? '' : 's'})`));
    }
    clear(drawStatus);
    drawStatus.append(drawingNote(n));
    // the rest of a capped drawing is one click away, while the API allows a larger one
    const next = drawingSize(more + 1);
    if (isCapped(n) && next.nodes > drawingSize(more).nodes) {
      const button = h('button', { type: 'button', id: 'draw-more', class: 'more' }, `Draw more (up to ${count(next.nodes - 1)} neighbours)`);
      button.addEventListener('click', () => {
        more++;
        void draw(true);
      });
      drawStatus.append(button);
      if (focusMore) button.focus();
    } else if (focusMore) {
      // the button went with the old note: the keyboard's focus goes to the new note
      const note = drawStatus.firstElementChild as HTMLElement | null;
      if (note) {
        note.tabIndex = -1;
        note.focus();
      }
    }
    // ready once cytoscape's first frame is on the screen (it draws on the next animation frame)
    await painted();
    graphBox.dataset.ready = 'true';
    performance.mark('entity:drawn');
  };
  hops.addEventListener('change', () => {
    more = 0;
    void draw();
  });
  // `#claim=<IRI>` (from a claim's link) scrolls to that claim, first revealing its group down
  // to it when it is past the first page
  const target = new URLSearchParams(location.hash.slice(1)).get('claim');
  if (target) {
    const find = (): HTMLElement | null => root.querySelector<HTMLElement>(`[data-claim="${CSS.escape(target)}"]`);
    complete();
    if (!find()) {
      const { focus } = await getJson<EntityView>(`${api}?perGroup=0&claim=${encodeURIComponent(target)}`);
      const group = focus ? groups.find((g) => g.property === focus.property && g.direction === focus.direction) : undefined;
      if (focus && group) await group.reveal(focus.index + 1);
    }
    const el = find();
    el?.classList.add('target');
    el?.scrollIntoView({ block: 'center' });
  }
  // the claims first: the drawing (cytoscape's start, its layout and first frame) waits until
  // the list is on the screen
  await painted();
  performance.mark('entity:list');
  await draw();
  return complete;
}

/**
 * What the drawing shows of what there is: "24 of 312 neighbours" per ring when the server
 * left some out ("at least" when it sampled a hub), and the edges left out.
 */
function drawingNote(n: Neighbourhood): HTMLElement {
  const drawn = n.nodes.length - 1;
  const found = n.reach.reduce((a, r) => a + r.found, 0);
  const exact = n.reach.every((r) => r.exact);
  if (!isCapped(n)) return status(`${count(drawn)} neighbour${drawn === 1 ? '' : 's'} and ${count(n.edges.length)} link${n.edges.length === 1 ? '' : 's'} drawn: all of them`);
  const rings = n.reach.map((r) => `${r.hop} claim${r.hop === 1 ? '' : 's'} away: ${count(r.drawn)} of ${r.exact ? '' : 'at least '}${count(r.found)}`);
  return h('p', { id: 'neighbourhood-note', class: 'status note', 'data-drawn': drawn, 'data-found': found, 'data-exact': exact },
    h('strong', {}, `Showing ${count(drawn)} of ${exact ? '' : 'at least '}${count(found)} neighbours`),
    ` (the most connected; ${rings.join('; ')})`,
    n.edges.length < n.edgesFound ? `; ${count(n.edges.length)} of ${count(n.edgesFound)} links drawn, the nearest first` : '',
    '. Every claim is listed on the left.');
}

/** Whether the server left neighbours or links out of a drawing. */
function isCapped(n: Neighbourhood): boolean {
  const found = n.reach.reduce((a, r) => a + r.found, 0);
  return n.nodes.length - 1 < found || n.edges.length < n.edgesFound || !n.reach.every((r) => r.exact);
}

function groupTitle(g: ClaimGroup): string {
  return g.direction === 'out' ? `${g.property.label} →` : `← ${g.property.label} (as object)`;
}

/**
 * One property group: its first claims, and while more exist, "Show N more" and "Show all N"
 * (buttons, so keyboards reach them); a polite live region says how many are shown.
 */
function groupSection(id: string, g: ClaimGroup, now = true): { section: HTMLElement; property: string; direction: string; reveal: (upTo: number) => Promise<void>; fill: () => void } {
  // a claim's whole list of sources: its place in the group, asked for alone
  const card = (c: ClaimView, index: number): HTMLElement => claimCard(c, {
    allSources: async () => {
      const one = await getJson<ClaimGroup>(groupPageUrl(id, g.property.iri, g.direction, index, 1, 'all'));
      if (!one.claims[0]) throw new Error(`the group no longer has a claim at ${index}`);
      return one.claims[0];
    },
  });
  const list = h('div', { class: 'claim-list' });
  const shownNote = h('span', { class: 'shown', 'aria-live': 'polite' });
  const section = h('section', { class: 'group', 'data-property': g.property.iri, 'data-direction': g.direction, 'data-total': g.total },
    h('h3', { title: g.property.iri }, groupTitle(g), h('span', { class: 'count' }, ` ${g.total}`)), list);
  // the first page's cards, now or later (see CARDS_FIRST_PAINT); the counts say them from the start
  let filled = false;
  const fill = (): void => {
    if (filled) return;
    filled = true;
    list.append(...g.claims.map((c, i) => card(c, i)));
    delete section.dataset.pending;
  };
  if (now) fill();
  else section.dataset.pending = 'true';
  let shown = g.claims.length;
  const setShown = (): void => {
    section.dataset.shown = String(shown);
    shownNote.textContent = shown < g.total ? `showing ${count(shown)} of ${count(g.total)}` : `all ${count(g.total)} shown`;
  };
  setShown();
  const whole = { section, property: g.property.iri, direction: g.direction, reveal: async (): Promise<void> => fill(), fill };
  if (shown >= g.total) return whole;
  const more = h('button', { type: 'button', class: 'more' });
  const all = h('button', { type: 'button', class: 'more-all' });
  const label = (): void => {
    more.textContent = `Show ${count(Math.min(CLAIMS_MORE, g.total - shown))} more`;
    all.textContent = `Show all ${count(g.total)}`;
  };
  label();
  const controls = h('div', { class: 'more-bar' }, more, ' ', all, ' ', shownNote);
  section.append(controls);
  const load = async (wanted: number, clicked?: HTMLButtonElement): Promise<void> => {
    fill();
    const upTo = Math.min(wanted, g.total);
    more.disabled = all.disabled = true;
    const firstNew = shown;
    try {
      while (shown < upTo) {
        const limit = Math.min(CLAIMS_ALL_PAGE, upTo - shown);
        const page = await getJson<ClaimGroup>(groupPageUrl(id, g.property.iri, g.direction, shown, limit));
        if (page.claims.length === 0) break;
        page.claims.forEach((c, i) => list.append(card(c, shown + i)));
        shown += page.claims.length;
        setShown();
      }
    } catch (err) {
      controls.append(status(`${(err as { code?: string }).code ?? 'ERROR'}: ${(err as Error).message}`, 'error'));
    }
    more.disabled = all.disabled = false;
    if (shown < g.total) {
      label();
      clicked?.focus();
      return;
    }
    // nothing left to ask for: the buttons go, and the keyboard's focus moves to the first new claim
    more.remove();
    all.remove();
    const first = list.children[firstNew] as HTMLElement | undefined;
    if (first && clicked) {
      first.tabIndex = -1;
      first.focus();
    }
  };
  more.addEventListener('click', () => void load(shown + CLAIMS_MORE, more));
  all.addEventListener('click', () => void load(g.total, all));
  return { ...whole, reveal: (upTo) => (upTo > shown ? load(upTo) : Promise.resolve(fill())) };
}

function drawLegend(): HTMLElement {
  return h('span', { class: 'legend' },
    h('span', { class: 'edge-key edge-positive' }, 'stated'), ' ',
    h('span', { class: 'edge-key edge-negative' }, 'negative'), ' ',
    h('span', { class: 'edge-key edge-modal' }, 'modal'));
}
