/**
 * The rendering benchmark's page (scripts/src/bench/render-bench.ts builds it with Vite and
 * drives it in headless Chromium). It draws a synthetic scene through the explorer's own code:
 * API-shaped entities and relationships -> Scene (bundling, graph/elements.ts) -> createCanvas
 * (stylesheet, levels of detail, renderer choice) -> labels -> layouts. Not part of the app
 * bundle: only the benchmark builds it.
 */
import type { Core } from 'cytoscape';
import type { EntitySummary, RelationshipView } from '@kg/server/contracts';
import { defaults } from '../defaults';
import { fcoseOptions } from '../layouts';
import { arrangeAll } from '../graph/arrange';
import { createCanvas, currentBand, placeLabels, runLayout } from '../graph/canvas';
import { Scene } from '../graph/scene';
import { mulberry32, seedOf } from '../graph/seeded';
import { detectWebgl } from '../graph/webgl';

const LABELS = ['Person', 'Organization', 'Country', 'Location', 'Event', 'Outlet'] as const;
const TYPES = [
  'SAID',
  'CRITICIZED',
  'SPOKE_WITH',
  'RESPONDED_TO',
  'CITED',
  'MEMBER_OF',
  'ALLIED_WITH',
  'WARNED',
] as const;
const WORDS = [
  'North',
  'Ministry',
  'Council',
  'Agency',
  'Defence',
  'Foreign',
  'Office',
  'Press',
  'Service',
  'Harbour',
  'Institute',
  'Union',
  'Committee',
  'Bureau',
  'Guard',
  'Front',
  'Centre',
  'Group',
  'Alvarez',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Petrov',
  'Haddad',
  'Novak',
  'Byrne',
];

/**
 * A corpus-like scene: a few hubs and a long tail, `edgesPerNode` drawn edges per node. Some
 * pairs carry relationships of two types (parallel drawn edges) and some the same type twice
 * (one drawn edge, ×2), as the real graph does.
 */
export function syntheticScene(
  n: number,
  seed = 42,
  edgesPerNode = 1.5,
): { nodes: EntitySummary[]; edges: RelationshipView[] } {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const nodes: EntitySummary[] = [];
  for (let i = 0; i < n; i++)
    nodes.push({ id: `n${i}`, label: pick(LABELS), name: `${pick(WORDS)} ${pick(WORDS)} ${i}` });
  const edges: RelationshipView[] = [];
  const drawn = new Set<string>();
  const target = Math.round(n * edgesPerNode);
  const add = (a: number, b: number, type: string) => {
    drawn.add(`${a}|${type}|${b}`);
    edges.push({
      id: `r${edges.length}`,
      type: type as RelationshipView['type'],
      source: `n${a}`,
      target: `n${b}`,
      sources: [],
      evidence: [],
    });
  };
  while (drawn.size < target) {
    const a = 1 + Math.floor(rnd() * (n - 1));
    const b = rnd() < 0.3 ? Math.floor(rnd() * Math.min(10, n)) : Math.floor(rnd() * a);
    if (a === b) continue;
    const type = pick(TYPES);
    add(a, b, type);
    const r = rnd();
    if (r < 0.1 && drawn.size < target) add(b, a, pick(TYPES));
    else if (r < 0.2) add(a, b, type);
  }
  return { nodes, edges };
}

const frame = () => new Promise<number>((r) => requestAnimationFrame((t) => r(t)));
let current: Core | null = null;
const host = () => document.getElementById('cy')!;

/** Positions from the explorer's big-scene layout, computed once per size and reused. */
const positionsCache = new Map<number, Record<string, { x: number; y: number }>>();
async function positionsFor(n: number): Promise<Record<string, { x: number; y: number }>> {
  const cached = positionsCache.get(n);
  if (cached) return cached;
  const cy = mount(n, { lod: true, renderer: 'canvas' });
  await arrangeAll(cy, 'fcose', false);
  const out: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((node) => {
    out[node.id()] = { ...node.position() };
  });
  positionsCache.set(n, out);
  return out;
}

function mount(
  n: number,
  opts: { lod: boolean; renderer: 'canvas' | 'webgl' },
  positions: Record<string, { x: number; y: number }> = {},
): Core {
  current?.destroy();
  const payload = syntheticScene(n);
  const cy = createCanvas(host(), payload.edges.length + n, opts);
  current = cy;
  const scene = new Scene(cy);
  scene.add(payload, defaults.maxNodes);
  scene.sync(positions);
  return cy;
}

export interface RenderRun {
  firstRenderMs: number;
  /** Where the first render's time goes: scene to elements, fit and labels, the first draw. */
  phases: { mountMs: number; fitAndLabelsMs: number; drawMs: number };
  /** Intervals between frames Cytoscape drew during the gesture. */
  frames: number[];
  /** Main-thread frame intervals (requestAnimationFrame) during the gesture. */
  rafDeltas: number[];
  gestureMs: number;
  renders: number;
  edges: number;
  nodes: number;
  bandAtStart: string;
  zoomAtStart: number;
  /** Nodes whose centre is in the viewport when the gesture starts. */
  inView: number;
  webgl: boolean;
}

function nodesInView(cy: Core): number {
  const e = cy.extent();
  return cy.nodes().filter((n) => {
    const p = n.position();
    return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
  }).length;
}

/**
 * One run: mounts the scene with preset positions as a shared view is opened (sync, fit,
 * labels), waits for the first drawn frame, then pans and zooms one step per animation frame.
 * `zoomTo` (optional) starts the gesture at that zoom around the centre instead of the fit.
 */
async function render(
  n: number,
  lod: boolean,
  renderer: 'canvas' | 'webgl',
  steps: number,
  budgetMs: number,
  zoomTo?: number,
): Promise<RenderRun> {
  const positions = await positionsFor(n);
  current?.destroy();
  current = null;
  await frame();
  const t0 = performance.now();
  const cy = mount(n, { lod, renderer }, positions);
  const tMounted = performance.now();
  cy.fit(undefined, 40);
  placeLabels(cy);
  const tLabelled = performance.now();
  const firstDrawn = new Promise<number>((r) => cy.one('render', () => r(performance.now())));
  const t1 = await firstDrawn;
  const phases = {
    mountMs: tMounted - t0,
    fitAndLabelsMs: tLabelled - tMounted,
    drawMs: t1 - tLabelled,
  };
  await frame();
  if (zoomTo !== undefined) {
    cy.zoom({ level: zoomTo, renderedPosition: { x: 640, y: 400 } });
    placeLabels(cy);
    // Let the labels settle as an analyst's pause would.
    await new Promise((r) => setTimeout(r, defaults.lodSettleMs + 50));
    await frame();
    await frame();
  }
  const bandAtStart = currentBand(cy);
  const zoomAtStart = cy.zoom();
  const inView = nodesInView(cy);
  const renders: number[] = [];
  const onRender = () => renders.push(performance.now());
  cy.on('render', onRender);
  const rafDeltas: number[] = [];
  // A profiler attached through the DevTools protocol records the gesture alone.
  const profiling = (window as { kgProfile?: boolean }).kgProfile === true;
  if (profiling) console.profile('gesture');
  const start = await frame();
  let last = start;
  const until = start + budgetMs;
  for (let i = 0; i < steps && (i < 5 || performance.now() < until); i++) {
    if (i % 30 < 15) cy.panBy({ x: 15, y: 8 });
    else
      cy.zoom({
        level: cy.zoom() * (i % 30 < 22 ? 1.03 : 0.97),
        renderedPosition: { x: 640, y: 400 },
      });
    const now = await frame();
    rafDeltas.push(now - last);
    last = now;
  }
  // The last step's frame: wait until it is drawn.
  await frame();
  if (profiling) console.profileEnd('gesture');
  cy.off('render', onRender);
  const frames: number[] = [];
  let prev = start;
  for (const t of renders) {
    frames.push(t - prev);
    prev = t;
  }
  const r = (cy as unknown as { renderer: () => { webgl?: unknown } }).renderer();
  return {
    firstRenderMs: t1 - t0,
    phases,
    frames,
    rafDeltas,
    gestureMs: last - start,
    renders: renders.length,
    edges: cy.edges().length,
    nodes: cy.nodes().length,
    bandAtStart,
    zoomAtStart,
    inView,
    webgl: !!r.webgl,
  };
}

/** Layout time on a fresh scene: the explorer's big-scene layout, or fcose 'draft' (before). */
async function layout(n: number, which: 'fast' | 'fcose-draft'): Promise<number> {
  const cy = mount(n, { lod: true, renderer: 'canvas' });
  await frame();
  const t0 = performance.now();
  if (which === 'fast') await arrangeAll(cy, 'fcose', false);
  else {
    const ids = cy
      .nodes()
      .map((x) => x.id())
      .sort();
    await runLayout(
      cy.elements(),
      fcoseOptions({ animate: false, quality: 'draft', randomize: true }),
      seedOf([String(defaults.layoutSeed), ...ids]),
    );
    placeLabels(cy);
  }
  return performance.now() - t0;
}

/** For screenshots: the scene laid out, at `zoom` around its centre (or fitted). */
async function show(n: number, zoom?: number): Promise<string> {
  const positions = await positionsFor(n);
  const cy = mount(n, { lod: true, renderer: 'canvas' }, positions);
  cy.fit(undefined, 40);
  if (zoom !== undefined) cy.zoom({ level: zoom, renderedPosition: { x: 640, y: 400 } });
  placeLabels(cy);
  await frame();
  await frame();
  return `${currentBand(cy)} at zoom ${cy.zoom().toFixed(3)}`;
}

declare global {
  interface Window {
    kgBench?: {
      webgl: () => ReturnType<typeof detectWebgl>;
      render: typeof render;
      layout: typeof layout;
      show: typeof show;
    };
  }
}

window.kgBench = { webgl: () => detectWebgl(), render, layout, show };
