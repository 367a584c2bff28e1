/**
 * The entity view: label, other names, classes, background facts (uncited), every claim about
 * the entity grouped by property, in date order and paged, each with its sources; and a
 * drawing of its neighbourhood with cytoscape (edges styled by polarity and modality; clicking
 * a node moves to it). The drawing has a list of the same neighbours beside it, for keyboards
 * and screen readers.
 */
import cytoscape from 'cytoscape';
import { getJson } from './api.js';
import { clear, h, main, pageData, status } from './dom.js';
import { claimCard } from './claims.js';
import { refLink, setPrefixes, valueNode } from './terms.js';
import type { ClaimGroup, EntityView, Neighbourhood, Vocabulary } from '../serve/workbench/types.js';

const MORE = 25;

function entityPath(iri: string): string {
  return `/resource?iri=${encodeURIComponent(iri)}`;
}

/** Starts the entity view. */
export async function entityView(): Promise<void> {
  const { id } = pageData<{ id: string }>();
  const root = main();
  root.append(status('loading…', 'busy'));
  const api = `/api/entities/${encodeURIComponent(id)}`;
  // the drawing's data is asked for at once, beside the claims, not after them (main.ts has
  // asked for both already while this chunk loaded)
  let pending: Promise<Neighbourhood> | undefined = getJson<Neighbourhood>(`${api}/neighbourhood?hops=2&maxNodes=40`);
  pending.catch(() => undefined);
  const [vocab, view] = await Promise.all([getJson<Vocabulary>('/api/vocabulary'), getJson<EntityView>(api)]);
  setPrefixes(vocab.prefixes);
  clear(root);
  const e = view.entity;
  document.title = `${e.label} · claimgraph workbench`;
  const graphBox = h('div', { id: 'neighbourhood', class: 'neighbourhood', role: 'img', 'aria-label': `Entities around ${e.label}` });
  const neighbours = h('ul', { id: 'neighbour-list', class: 'neighbour-list' });
  const hops = h('select', { id: 'hops', 'aria-label': 'Hops' }, h('option', { value: '1' }, '1 hop'), h('option', { value: '2', selected: true }, '2 hops'));
  const drawStatus = h('div', { role: 'status' });
  root.append(
    h('header', { class: 'entity-head' },
      h('h1', {}, e.label),
      h('p', { class: 'meta' }, h('code', { title: e.iri }, e.curie), e.classes.length ? ' · ' : '', ...e.classes.flatMap((c, i) => [i > 0 ? ', ' : '', h('span', { class: 'class', title: c.iri }, c.label)])),
      e.altLabels.length ? h('p', { class: 'alt-labels' }, 'Also: ', e.altLabels.join(' · ')) : null,
      e.comment ? h('p', { class: 'comment' }, e.comment) : null,
    ),
    h('div', { class: 'entity-layout' },
      h('section', { class: 'claims-col', 'aria-label': 'Claims' },
        h('h2', {}, `${view.totalClaims} claim${view.totalClaims === 1 ? '' : 's'}`),
        view.groups.length === 0 ? h('p', {}, 'No claim is about this entity.') : null,
        ...view.groups.map((g) => groupSection(api, g)),
        view.background.length ? h('section', { class: 'background' },
          h('h2', {}, 'Background facts (uncited)'),
          h('p', { class: 'hint' }, 'From the entity list, not from an article: no sentence backs them.'),
          h('ul', {}, ...view.background.map((b) => h('li', {}, h('span', { class: 'predicate' }, b.property.label), ' ', valueNode(b.value))))) : null,
      ),
      h('section', { class: 'graph-col', 'aria-label': 'Neighbourhood' },
        h('h2', {}, 'Neighbourhood'),
        h('div', { class: 'bar' }, hops, drawLegend()),
        graphBox, drawStatus, h('h3', {}, 'Entities drawn'), neighbours),
    ),
  );
  const draw = async (): Promise<void> => {
    clear(drawStatus);
    drawStatus.append(status('drawing…', 'busy'));
    const n = await (pending ?? getJson<Neighbourhood>(`${api}/neighbourhood?hops=${hops.value}&maxNodes=40`));
    pending = undefined;
    drawNeighbourhood(graphBox, n);
    clear(neighbours);
    for (const node of n.nodes.filter((x) => x.hop > 0).sort((a, b) => a.hop - b.hop || a.label.localeCompare(b.label))) {
      neighbours.append(h('li', { 'data-hop': node.hop }, refLink(node, 'entity'), ` (${node.hop} hop${node.hop === 1 ? '' : 's'})`));
    }
    clear(drawStatus);
    drawStatus.append(status(`${n.nodes.length} entities, ${n.edges.length} claims drawn${n.truncated ? ' (the busiest kept; more exist)' : ''}`));
    graphBox.dataset.ready = 'true';
  };
  hops.addEventListener('change', () => void draw());
  // `#claim=<IRI>` (from a claim's link) scrolls to that claim
  const target = new URLSearchParams(location.hash.slice(1)).get('claim');
  if (target) {
    const el = root.querySelector<HTMLElement>(`[data-claim="${CSS.escape(target)}"]`);
    el?.classList.add('target');
    el?.scrollIntoView({ block: 'center' });
  }
  await draw();
}

function groupTitle(g: ClaimGroup): string {
  return g.direction === 'out' ? `${g.property.label} →` : `← ${g.property.label} (as object)`;
}

function groupSection(api: string, g: ClaimGroup): HTMLElement {
  const list = h('div', { class: 'claim-list' }, ...g.claims.map((c) => claimCard(c)));
  const section = h('section', { class: 'group', 'data-property': g.property.iri, 'data-direction': g.direction },
    h('h3', { title: g.property.iri }, groupTitle(g), h('span', { class: 'count' }, ` ${g.total}`)), list);
  let shown = g.claims.length;
  if (shown < g.total) {
    const more = h('button', { type: 'button', class: 'more' }, `Show ${Math.min(MORE, g.total - shown)} more of ${g.total - shown}`);
    more.addEventListener('click', async () => {
      more.disabled = true;
      const page = await getJson<ClaimGroup>(`${api}/claims?property=${encodeURIComponent(g.property.iri)}&direction=${g.direction}&offset=${shown}&limit=${MORE}`);
      for (const c of page.claims) list.append(claimCard(c));
      shown += page.claims.length;
      if (shown >= g.total) more.remove();
      else {
        more.textContent = `Show ${Math.min(MORE, g.total - shown)} more of ${g.total - shown}`;
        more.disabled = false;
      }
    });
    section.append(more);
  }
  return section;
}

function drawLegend(): HTMLElement {
  return h('span', { class: 'legend' },
    h('span', { class: 'edge-key edge-positive' }, 'stated'), ' ',
    h('span', { class: 'edge-key edge-negative' }, 'negative'), ' ',
    h('span', { class: 'edge-key edge-modal' }, 'modal'));
}

/**
 * cytoscape adds a `<style id="__________cytoscape_stylesheet">` to the head unless one exists;
 * under the page's Content-Security-Policy only a style element carrying the page's nonce
 * applies, so the page adds that element itself, with the nonce, before cytoscape starts. (The
 * entity page's browser test fails on any CSP violation, so a renamed id would show.)
 */
function cytoscapeStyle(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const style = document.createElement('style');
  style.id = id;
  style.nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
  style.textContent = '.__________cytoscape_container { position: relative; }';
  document.head.prepend(style);
}

/** Edges drawn with their labels at once; past this, a label shows on hover. */
const EDGE_LABELS_UP_TO = 60;

let current: cytoscape.Core | undefined;

function drawNeighbourhood(box: HTMLElement, n: Neighbourhood): void {
  current?.destroy();
  clear(box);
  const labelled = n.edges.length <= EDGE_LABELS_UP_TO;
  cytoscapeStyle();
  const cy = cytoscape({
    container: box,
    elements: [
      ...n.nodes.map((node) => ({ data: { id: node.iri, label: node.label, hop: node.hop }, classes: `hop${node.hop}` })),
      ...n.edges.map((e) => ({
        data: { id: e.claim, source: e.source, target: e.target, label: `${e.polarity === 'negative' ? 'not ' : ''}${e.predicate.label}${e.modality === 'stated' ? '' : ` (${e.modality})`}${e.claims.length > 1 ? ` ×${e.claims.length}` : ''}` },
        classes: `${e.polarity} ${e.modality === 'stated' ? 'stated' : 'modal'}${labelled ? ' labelled' : ''}`,
      })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': '90px', 'background-color': '#8aa4c8', width: 18, height: 18, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#222' } },
      { selector: 'node.hop0', style: { 'background-color': '#1f4e8c', width: 30, height: 30, 'font-weight': 'bold' } },
      { selector: 'node.hop2', style: { 'background-color': '#c9d5e6' } },
      { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#555', 'target-arrow-color': '#555', 'font-size': 8, 'text-rotation': 'autorotate', color: '#444' } },
      { selector: 'edge.labelled', style: { label: 'data(label)' } },
      { selector: 'edge.negative', style: { 'line-color': '#b3261e', 'target-arrow-color': '#b3261e', 'line-style': 'dashed', color: '#b3261e' } },
      { selector: 'edge.modal', style: { 'line-style': 'dotted', 'line-color': '#a66a00', 'target-arrow-color': '#a66a00', color: '#a66a00' } },
      { selector: 'edge.negative.modal', style: { 'line-color': '#b3261e', 'target-arrow-color': '#b3261e' } },
    ],
    // rings by hop; avoidOverlap measures every label's box and cost ~15x the layout itself
    layout: { name: 'concentric', concentric: (node: cytoscape.NodeSingular) => 3 - Number(node.data('hop')), levelWidth: () => 1, minNodeSpacing: 55, spacingFactor: 1.1, animate: false, avoidOverlap: false },
    wheelSensitivity: 0.3,
    pixelRatio: 1,
    textureOnViewport: true,
    hideEdgesOnViewport: n.edges.length > 150,
  });
  current = cy;
  // edge labels only where they can be read: all of them on a small drawing, else on hover
  // (measuring and drawing hundreds of rotated labels made the first drawing several times slower)
  if (!labelled) {
    cy.on('mouseover', 'node', (evt) => evt.target.connectedEdges().addClass('labelled'));
    cy.on('mouseout', 'node', (evt) => evt.target.connectedEdges().removeClass('labelled'));
    cy.on('mouseover', 'edge', (evt) => evt.target.addClass('labelled'));
    cy.on('mouseout', 'edge', (evt) => evt.target.removeClass('labelled'));
  }
  cy.on('tap', 'node', (evt) => {
    const iri = evt.target.id() as string;
    if (iri !== n.center) location.assign(entityPath(iri));
  });
  // for tests and tools: what was drawn
  box.dataset.nodes = String(cy.nodes().length);
  box.dataset.edges = String(cy.edges().length);
  (box as HTMLElement & { cy?: cytoscape.Core }).cy = cy;
}
