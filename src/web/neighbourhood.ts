/**
 * The entity view's drawing of a neighbourhood, with cytoscape: a chunk of its own, so the
 * claims list is on the screen without waiting for the drawing library.
 */
import cytoscape from 'cytoscape';
import { clear } from './dom.js';
import { ringPositions } from './rings.js';
import type { Neighbourhood } from '../serve/workbench/types.js';

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

/**
 * Draws a neighbourhood into `box` (replacing an earlier drawing): rings by hop, edges styled by
 * polarity and modality; clicking a node other than the centre calls `open` with its IRI.
 *
 * @example
 * ```ts
 * drawNeighbourhood(document.getElementById('neighbourhood')!, n, (iri) => location.assign(`/resource?iri=${encodeURIComponent(iri)}`));
 * ```
 */
export function drawNeighbourhood(box: HTMLElement, n: Neighbourhood, open: (iri: string) => void): void {
  current?.destroy();
  clear(box);
  const labelled = n.edges.length <= EDGE_LABELS_UP_TO;
  cytoscapeStyle();
  const at = ringPositions(n.nodes, n.edges);
  const cy = cytoscape({
    container: box,
    elements: [
      ...n.nodes.map((node) => ({ data: { id: node.iri, label: node.label, hop: node.hop }, classes: `hop${node.hop}`, position: at.get(node.iri)! })),
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
    // rings by hop, placed by rings.ts (no layout run; cytoscape only fits them to the box)
    layout: { name: 'preset', fit: true, padding: 20, animate: false },
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
    if (iri !== n.center) open(iri);
  });
  // for tests and tools: what was drawn
  box.dataset.nodes = String(cy.nodes().length);
  box.dataset.edges = String(cy.edges().length);
  (box as HTMLElement & { cy?: cytoscape.Core }).cy = cy;
}
