// Draws shortest paths as a graph: people and teams as nodes, hops as labelled, dated edges.
// Loaded on demand (it pulls in cytoscape), and laid out in columns by distance from the start,
// so the same paths always give the same picture. The drawing is a picture for the eye; the
// list of hops beside it carries the same content for keyboards and screen readers.
import cytoscape from 'cytoscape';
import type { ExplorerConnectionsQuery } from './__generated__/operations';
import { readable } from '../../domain/wording';
import { RELATION_PHRASES } from './words';

type Path = ExplorerConnectionsQuery['connections']['edges'][number]['node'];

/** Distance between steps along the path, and between nodes at the same step. */
const STEP = 230;
const SPREAD = 110;
const STEP_VERTICAL = 150;
const SPREAD_VERTICAL = 190;
/** Below this width (a phone) the path runs top to bottom, so labels stay readable. */
const NARROW = 560;

export interface DrawnGraph {
  destroy(): void;
  nodes: number;
  edges: number;
}

export function drawPaths(container: HTMLElement, paths: Path[], from: string, to: string, open: (id: string) => void): DrawnGraph {
  // A node's column is its distance from the start: the same on every shortest path.
  const column = new Map<string, number>();
  const names = new Map<string, { name: string; kind: string }>();
  for (const p of paths) {
    p.ends.forEach((end, i) => {
      column.set(end.id, Math.min(column.get(end.id) ?? i, i));
      names.set(end.id, { name: end.name, kind: end.__typename });
    });
  }
  const byColumn = new Map<number, string[]>();
  for (const [id, c] of column) byColumn.set(c, [...(byColumn.get(c) ?? []), id]);

  const vertical = container.clientWidth < NARROW;
  const steps = byColumn.size;
  const rows = Math.max(...[...byColumn.values()].map((ids) => ids.length));
  // As tall as the drawing needs, within reason.
  const height = vertical ? steps * STEP_VERTICAL + 60 : rows * 100 + 120;
  container.style.height = `${Math.min(vertical ? 760 : 440, Math.max(200, height))}px`;
  const place = (step: number, offset: number) =>
    vertical ? { x: offset * SPREAD_VERTICAL, y: step * STEP_VERTICAL } : { x: step * STEP, y: offset * SPREAD };

  const elements: cytoscape.ElementDefinition[] = [];
  for (const [c, ids] of byColumn) {
    ids.sort((a, b) => names.get(a)!.name.localeCompare(names.get(b)!.name));
    ids.forEach((id, row) => {
      const info = names.get(id)!;
      elements.push({
        group: 'nodes',
        data: { id, label: info.name, kind: info.kind, end: id === from ? 'from' : id === to ? 'to' : 'via' },
        position: place(c, row - (ids.length - 1) / 2),
      });
    });
  }
  const seen = new Set<string>();
  for (const p of paths) {
    for (const hop of p.hops) {
      const key = `${hop.from.id}|${hop.to.id}|${hop.relation}|${hop.period.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      elements.push({
        group: 'edges',
        data: { id: `e${seen.size}`, source: hop.from.id, target: hop.to.id, label: `${RELATION_PHRASES[hop.relation]}\n${readable(hop.period.text)}` },
      });
    }
  }

  const cy = cytoscape({
    container,
    elements,
    layout: { name: 'preset', fit: true, padding: 48 },
    // A one-hop path must not be blown up to fill the box.
    maxZoom: 1.4,
    minZoom: 0.2,
    // A still picture that fits its box: no wheel zoom or drag to trap scrolling on a phone.
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'text-valign': 'bottom',
          'text-margin-y': 6,
          'text-wrap': 'wrap',
          'text-max-width': '140px',
          'font-size': 13,
          'font-family': 'system-ui, sans-serif',
          color: '#1a1a1a',
          width: 26,
          height: 26,
          'background-color': '#5b6b7a',
          'border-width': 2,
          'border-color': '#ffffff',
        },
      },
      ...(vertical ? [{ selector: 'node', style: { 'text-valign': 'center' as const, 'text-halign': 'right' as const, 'text-margin-x': 8, 'text-margin-y': 0 } }] : []),
      { selector: 'node[kind != "Person"]', style: { shape: 'round-rectangle', 'background-color': '#8a5a00' } },
      { selector: 'node[end = "from"]', style: { 'background-color': '#0b5cad', width: 34, height: 34, 'font-weight': 'bold' } },
      { selector: 'node[end = "to"]', style: { 'background-color': '#a3268f', width: 34, height: 34, 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          label: 'data(label)',
          'curve-style': 'bezier',
          'control-point-step-size': 70,
          width: 2,
          'line-color': '#8896a4',
          'target-arrow-shape': 'triangle',
          'target-arrow-color': '#8896a4',
          'font-size': 11,
          'font-family': 'system-ui, sans-serif',
          color: '#1a1a1a',
          'text-wrap': 'wrap',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.92,
          'text-background-padding': '3px',
          'text-background-shape': 'roundrectangle',
        },
      },
    ],
  });
  cy.on('tap', 'node', (ev) => open(String(ev.target.id())));
  // Keep the picture fitted when the box changes size (a phone turned sideways).
  const resize = new ResizeObserver(() => {
    cy.resize();
    cy.fit(undefined, 48);
  });
  resize.observe(container);
  return {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    destroy: () => {
      resize.disconnect();
      cy.destroy();
    },
  };
}
