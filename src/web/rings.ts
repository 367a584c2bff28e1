/**
 * Where the neighbourhood drawing puts its nodes: the centre in the middle, each hop on a ring
 * of its own, computed here and handed to cytoscape as a `preset` layout. Computing them is a
 * few arithmetic operations per node, where cytoscape's `concentric` layout measured every node
 * first; and the rings are sized by how many nodes they hold, so labels on a busy ring do not
 * pile up (concentric put 29 nodes on a ring of radius ~90 px).
 */

/** A node as the layout needs it. */
export interface RingNode {
  iri: string;
  hop: number;
}

/** An edge as the layout needs it. */
export interface RingEdge {
  source: string;
  target: string;
}

/** Spacing of the rings, in model pixels (cytoscape fits the drawing to its box afterwards). */
export interface RingSpacing {
  /** Arc length per node on a ring. */
  perNode: number;
  /** Least distance between two rings (and from the centre to the first). */
  between: number;
}

const DEFAULT_SPACING: RingSpacing = { perNode: 72, between: 110 };

/**
 * Positions by ring: hop 0 at the origin, hop k on a circle of radius at least `between` more
 * than ring k-1 and large enough for `perNode` of arc per node, starting at the top and going
 * clockwise (screen coordinates, y down). Ring 1 keeps the order given (the server's, busiest
 * first); each further ring is ordered by the mean angle of its nodes' neighbours on the ring
 * inside it, so a node sits near the entities that link it in (nodes linked to none of them go
 * last, in the order given).
 *
 * @example
 * ```ts
 * const pos = ringPositions([{ iri: 'c', hop: 0 }, { iri: 'a', hop: 1 }, { iri: 'b', hop: 1 }], []);
 * pos.get('c'); // { x: 0, y: 0 }
 * pos.get('a'); // { x: 0, y: -110 } (the top of ring 1)
 * ```
 */
export function ringPositions(nodes: readonly RingNode[], edges: readonly RingEdge[], spacing: RingSpacing = DEFAULT_SPACING): Map<string, { x: number; y: number }> {
  const rings = new Map<number, RingNode[]>();
  for (const n of nodes) {
    const ring = rings.get(n.hop);
    if (ring) ring.push(n);
    else rings.set(n.hop, [n]);
  }
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const pos = new Map<string, { x: number; y: number }>();
  const angle = new Map<string, number>();
  let radius = 0;
  let previous: number | undefined;
  for (const hop of [...rings.keys()].sort((a, b) => a - b)) {
    let ring = rings.get(hop)!;
    if (previous === undefined && ring.length === 1) {
      // the centre
      pos.set(ring[0]!.iri, { x: 0, y: 0 });
      previous = hop;
      continue;
    }
    // an outer ring starts where its first node's neighbours are
    let start = 0;
    if (previous !== undefined && pos.size > 1) ({ ring, start } = byNeighbourAngle(ring, neighbours, angle));
    radius = Math.max(radius + spacing.between, (ring.length * spacing.perNode) / (2 * Math.PI));
    const placed = ring;
    placed.forEach((n, i) => {
      const a = -Math.PI / 2 + start + (2 * Math.PI * i) / placed.length;
      angle.set(n.iri, a);
      pos.set(n.iri, { x: round(radius * Math.cos(a)), y: round(radius * Math.sin(a)) });
    });
    previous = hop;
  }
  return pos;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * A ring ordered by the circular mean angle of each node's neighbours already placed, and the
 * angle (from the top, clockwise) of the first one's, where the ring then starts.
 */
function byNeighbourAngle(ring: RingNode[], neighbours: Map<string, string[]>, angle: Map<string, number>): { ring: RingNode[]; start: number } {
  const keyed = ring.map((n, i) => {
    let x = 0;
    let y = 0;
    for (const m of neighbours.get(n.iri) ?? []) {
      const a = angle.get(m);
      if (a === undefined) continue;
      x += Math.cos(a);
      y += Math.sin(a);
    }
    // angles measured from the top, clockwise, in [0, 2π); unlinked nodes after every angle
    const key = x === 0 && y === 0 ? Infinity : (Math.atan2(y, x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
    return { n, key, i };
  });
  keyed.sort((a, b) => a.key - b.key || a.i - b.i);
  const first = keyed[0]?.key ?? Infinity;
  return { ring: keyed.map((k) => k.n), start: Number.isFinite(first) ? first : 0 };
}
