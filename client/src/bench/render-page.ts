/**
 * The rendering benchmark's page (scripts/src/bench/render-bench.ts builds it with Vite and
 * drives it in headless Chromium). It draws a synthetic scene through the explorer's own code:
 * API-shaped entities and relationships -> Scene (bundling, graph/elements.ts) -> createCanvas
 * (stylesheet, levels of detail, renderer choice) -> labels -> layouts. Not part of the app
 * bundle: only the benchmark builds it.
 */
import type cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import type { EntitySummary, RelationshipView } from '@kg/server/contracts';
import { defaults } from '../defaults';
import { fcoseOptions } from '../layouts';
import { arrangeAll } from '../graph/arrange';
import { createCanvas, currentBand, placeLabels, runLayout } from '../graph/canvas';
import { Scene } from '../graph/scene';
import { mulberry32, seedOf } from '../graph/seeded';
import type { ViewportCacheMode } from '../graph/viewport-cache';
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
  opts: {
    lod: boolean;
    renderer: 'canvas' | 'webgl';
    viewportCache?: ViewportCacheMode;
    cullHitTests?: boolean;
  },
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
  /** What each of those frames cost: Cytoscape's render call, start to end. */
  drawMs: number[];
  /** The dearest frame drawn after the gesture (the full redraw once the view is still). */
  settleDrawMs: number;
  /** Main-thread frame intervals (requestAnimationFrame) during the gesture. */
  rafDeltas: number[];
  gestureMs: number;
  renders: number;
  edges: number;
  nodes: number;
  /** After the gesture, how long until the last frame drawn (the detail restored), and the band. */
  restoreMs: number;
  bandAfter: string;
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

interface Open {
  cy: Core;
  t0: number;
  t1: number;
  phases: RenderRun['phases'];
  bandAtStart: string;
  zoomAtStart: number;
  inView: number;
  renders: number[];
  draws: { at: number; ms: number }[];
  onRender: () => void;
  start: number;
  last: number;
  rafDeltas: number[];
  profiling: boolean;
  /** Where the user gesture presses (found before recording starts). */
  spot: { x: number; y: number };
}
let opened: Open | null = null;

/**
 * Mounts the scene with preset positions as a shared view is opened (sync, fit, labels), waits
 * for the first drawn frame, zooms to `zoomTo` around the centre if given (and lets the labels
 * settle, as an analyst's pause would), then starts recording drawn frames.
 */
async function open(
  n: number,
  lod: boolean,
  renderer: 'canvas' | 'webgl',
  zoomTo?: number,
  mode: ViewportCacheMode | 'hold-fullhit' = defaults.viewportCache,
): Promise<{ band: string; zoom: number; inView: number }> {
  // 'hold-fullhit': the bitmap, with Cytoscape's own hit test over every element.
  const viewportCache = mode === 'hold-fullhit' ? 'hold' : mode;
  const cullHitTests = mode !== 'hold-fullhit';
  const positions = await positionsFor(n);
  current?.destroy();
  current = null;
  await frame();
  const t0 = performance.now();
  const cy = mount(n, { lod, renderer, viewportCache, cullHitTests }, positions);
  const draws = timeDraws(cy);
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
    await new Promise((r) =>
      setTimeout(r, Math.max(defaults.lodSettleMs, defaults.viewportSettleMs) + 100),
    );
    for (let i = 0; i < 4; i++) await frame();
  }
  const spot = emptySpot(cy);
  const renders: number[] = [];
  const onRender = () => renders.push(performance.now());
  cy.on('render', onRender);
  // A profiler attached through the DevTools protocol records the gesture alone.
  const profiling = (window as { kgProfile?: boolean }).kgProfile === true;
  if (profiling) console.profile('gesture');
  const start = await frame();
  draws.length = 0;
  opened = {
    cy,
    t0,
    t1,
    phases,
    bandAtStart: currentBand(cy),
    zoomAtStart: cy.zoom(),
    inView: nodesInView(cy),
    renders,
    draws,
    onRender,
    start,
    last: start,
    rafDeltas: [],
    profiling,
    spot,
  };
  return { band: opened.bandAtStart, zoom: opened.zoomAtStart, inView: opened.inView };
}

/**
 * The programmatic gesture: one pan or zoom step per animation frame through Cytoscape's API
 * (15 pans of 15 x 8 px, 7 zooms x1.03, 8 zooms x0.97, repeated). No pointer is down, so
 * Cytoscape's gesture-time shortcuts (textureOnViewport, hideEdgesOnViewport) stay off: every
 * step is a full redraw, the strictest case.
 */
async function program(steps: number, budgetMs: number): Promise<void> {
  const o = opened!;
  const until = o.start + budgetMs;
  for (let i = 0; i < steps && (i < 5 || performance.now() < until); i++) {
    if (i % 30 < 15) o.cy.panBy({ x: 15, y: 8 });
    else
      o.cy.zoom({
        level: o.cy.zoom() * (i % 30 < 22 ? 1.03 : 0.97),
        renderedPosition: { x: 640, y: 400 },
      });
    await step();
  }
}

/**
 * Times every frame Cytoscape draws on `cy` (its render call, which also paints any texture the
 * frame needs): the frame intervals say how often the screen changes, these what each change
 * costs the main thread.
 */
function timeDraws(cy: Core): { at: number; ms: number }[] {
  const out: { at: number; ms: number }[] = [];
  const r = (
    cy as unknown as { renderer: () => { render: (o?: { forcedContext?: unknown }) => void } }
  ).renderer();
  const render = r.render.bind(r);
  r.render = (o) => {
    const t = performance.now();
    render(o);
    if (!o?.forcedContext) out.push({ at: performance.now(), ms: performance.now() - t });
  };
  return out;
}

/** Waits for the next animation frame and records the main thread's frame interval. */
async function step(): Promise<void> {
  const o = opened!;
  const now = await frame();
  o.rafDeltas.push(now - o.last);
  o.last = now;
}

/**
 * A point of the canvas (client coordinates) at least 20 px from every node and edge, near the
 * centre: where a user presses to drag the view rather than a node. Plain arithmetic over the
 * positions (Cytoscape's own hit test costs tens of milliseconds a point on a 5,000-node scene).
 */
function emptySpot(cy: Core): { x: number; y: number } {
  const nodes = cy.nodes(':visible').map((n) => n.renderedPosition());
  const edges = cy
    .edges(':visible')
    .map((e) => [e.source().renderedPosition(), e.target().renderedPosition()]);
  const clear = (x: number, y: number) =>
    nodes.every((p) => Math.hypot(p.x - x, p.y - y) > 20 * Math.max(1, cy.zoom())) &&
    edges.every(([a, b]) => segmentDistance(x, y, a!, b!) > 20);
  for (let ring = 0; ring < 60; ring++)
    for (let k = 0; k < 24; k++) {
      const a = (k / 24) * 2 * Math.PI;
      const x = 640 + ring * 9 * Math.cos(a);
      const y = 400 + ring * 6 * Math.sin(a);
      if (clear(x, y)) return { x, y };
    }
  return { x: 20, y: 20 };
}

function segmentDistance(
  x: number,
  y: number,
  a: { x: number; y: number },
  b: { x: number; y: number },
): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / len)) : 0;
  return Math.hypot(x - a.x - t * dx, y - a.y - t * dy);
}

/**
 * The user's gesture: the mouse events a drag and a wheel produce, dispatched in the page one
 * per animation frame to the canvas (and the window, where Cytoscape listens for moves), so
 * Cytoscape runs the code it runs for an analyst's mouse, gesture-time settings included: 15
 * drag steps of 15 x 8 px from a point with no element under it, then 7 wheel notches in and 8
 * out at the pointer, repeated. (Driving Chromium's input through the DevTools protocol instead
 * costs a 20 – 50 ms round trip per event on this machine, which would measure the driver.)
 */
async function user(steps: number, budgetMs: number): Promise<void> {
  const o = opened!;
  const target = () => host().querySelector('canvas:last-of-type') ?? host();
  let { x, y } = o.spot;
  const mouse = (type: string, on: EventTarget) =>
    on.dispatchEvent(
      new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: 1, bubbles: true }),
    );
  const until = o.start + budgetMs;
  for (let i = 0; i < steps && (i < 5 || performance.now() < until); i++) {
    const phase = i % 30;
    if (phase < 15) {
      if (phase === 0) mouse('mousedown', target());
      x += 15;
      y += 8;
      mouse('mousemove', window);
      if (phase === 14) mouse('mouseup', window);
    } else
      target().dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: phase < 22 ? -WHEEL_NOTCH : WHEEL_NOTCH,
          clientX: x,
          clientY: y,
          bubbles: true,
          cancelable: true,
        }),
      );
    await step();
  }
}

/**
 * `notches` wheel notches (negative: in) at the centre of the canvas, one per animation frame,
 * as a user's mouse wheel sends them; then waits `settleMs` (an analyst's pause).
 */
async function wheel(notches: number, settleMs = 0): Promise<void> {
  for (let i = 0; i < Math.abs(notches); i++) {
    (host().querySelector('canvas:last-of-type') ?? host()).dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: Math.sign(notches) * WHEEL_NOTCH,
        clientX: 640,
        clientY: 400,
        bubbles: true,
        cancelable: true,
      }),
    );
    await frame();
  }
  if (settleMs) await new Promise((r) => setTimeout(r, settleMs));
  await frame();
}

/** What the canvas draws now, for the tests of the levels of detail (test/e2e). */
function inspect(): {
  band: string;
  zoom: number;
  inView: number;
  labelled: number;
  arrows: number;
  curved: number;
  leavesShown: number;
  leaves: number;
  folded: number;
  /** Whether the stylesheet in place draws edges curved and with arrows (anywhere). */
  detailedEdges: boolean;
  textureOnViewport: boolean;
} {
  const cy = current!;
  const e = cy.extent();
  const visible = (p: { x: number; y: number }) =>
    p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
  const nodes = cy.nodes().filter((n) => visible(n.position()));
  const edges = cy
    .edges()
    .filter((x) => visible(x.source().position()) || visible(x.target().position()));
  const shown = (x: cytoscape.SingularElementArgument) => x.style('display') !== 'none';
  const leaves = cy.nodes('.lod-leaf');
  return {
    band: currentBand(cy),
    zoom: cy.zoom(),
    inView: nodes.length,
    // Node names drawn (a folded hub's "+n" count is not a name).
    labelled: nodes.filter((n) => shown(n) && n.style('label') === n.data('name')).length,
    arrows: edges.filter((x) => shown(x) && x.style('target-arrow-shape') !== 'none').length,
    curved: edges.filter((x) => shown(x) && x.style('curve-style') === 'bezier').length,
    leavesShown: leaves.filter(shown).length,
    leaves: leaves.length,
    folded: cy.nodes('[folded]').length,
    detailedEdges: cy
      .edges()
      .toArray()
      .some(
        (x) =>
          shown(x) &&
          x.style('curve-style') === 'bezier' &&
          x.style('target-arrow-shape') !== 'none',
      ),
    textureOnViewport: !!(
      cy as unknown as { renderer: () => { textureOnViewport?: boolean } }
    ).renderer().textureOnViewport,
  };
}

/** Cytoscape's canvas renderer, for the tests of what it draws (test/e2e). */
interface CanvasRenderer {
  data: { canvases: HTMLCanvasElement[] };
  NODE: number;
  textureDrawLastFrame?: boolean;
}
const canvasRenderer = () => (current as unknown as { renderer: () => CanvasRenderer }).renderer();

/**
 * The pixels of Cytoscape's node layer in a `w` x `h` box at (`x`, `y`) (device pixels; the
 * bench's screen is 1x), as RGBA bytes, and whether the last frame was a texture (a moved
 * bitmap) rather than a full drawing.
 */
function screen(
  x: number,
  y: number,
  w: number,
  h: number,
): { rgba: number[]; texture: boolean; pan: { x: number; y: number } } {
  const r = canvasRenderer();
  const cx = r.data.canvases[r.NODE]!.getContext('2d')!;
  return {
    rgba: Array.from(cx.getImageData(x, y, w, h).data),
    texture: !!r.textureDrawLastFrame,
    pan: { ...current!.pan() },
  };
}

/**
 * A mouse drag from the gesture's starting point: the button pressed (if `press`), `steps` moves
 * of (dx, dy) one per animation frame, then released (if `release`); two frames are waited after.
 */
async function drag(
  steps: number,
  dx: number,
  dy: number,
  press = true,
  release = true,
): Promise<void> {
  const o = opened!;
  const target = host().querySelector('canvas:last-of-type') ?? host();
  const mouse = (type: string, on: EventTarget) =>
    on.dispatchEvent(
      new MouseEvent(type, {
        clientX: o.spot.x,
        clientY: o.spot.y,
        button: 0,
        buttons: 1,
        bubbles: true,
      }),
    );
  if (press) mouse('mousedown', target);
  for (let i = 0; i < steps; i++) {
    o.spot = { x: o.spot.x + dx, y: o.spot.y + dy };
    mouse('mousemove', window);
    await frame();
  }
  if (release) mouse('mouseup', window);
  await frame();
  await frame();
}

/**
 * For `count` points spread over the screen: the ids of what the explorer's hit test finds under
 * each (graph/hit-test.ts) and what Cytoscape's own test over every element finds.
 */
function hits(count: number): { ours: string[][]; cytoscape: string[][] } {
  const cy = current!;
  type Find = (x: number, y: number, interactive: boolean, touch: boolean) => { id(): string }[];
  const r = (cy as unknown as { renderer: () => { findNearestElements: Find } }).renderer();
  const own = (Object.getPrototypeOf(r) as { findNearestElements: Find }).findNearestElements;
  const rnd = mulberry32(7);
  const ext = cy.extent();
  const ours: string[][] = [];
  const theirs: string[][] = [];
  for (let i = 0; i < count; i++) {
    const x = ext.x1 + rnd() * ext.w;
    const y = ext.y1 + rnd() * ext.h;
    ours.push(r.findNearestElements(x, y, true, false).map((e) => e.id()));
    theirs.push(own.call(r, x, y, true, false).map((e) => e.id()));
  }
  return { ours, cytoscape: theirs };
}

/** Finds the user gesture's starting point again (after the view was moved by other means). */
function aim(): void {
  opened!.spot = emptySpot(opened!.cy);
}

/** A wheel notch, in CSS pixels (what Chromium reports for one click of a mouse wheel). */
const WHEEL_NOTCH = 100;

/** Stops recording once the last step is drawn; `settleMs` more are waited for the restore. */
async function finish(settleMs = 0): Promise<RenderRun> {
  const o = opened!;
  // The last step's frame: wait until it is drawn.
  await frame();
  const gestureEnd = performance.now();
  if (settleMs) await new Promise((r) => setTimeout(r, settleMs));
  await frame();
  if (o.profiling) console.profileEnd('gesture');
  o.cy.off('render', o.onRender);
  const inGesture = o.renders.filter((t) => t <= gestureEnd);
  const frames: number[] = [];
  let prev = o.start;
  for (const t of inGesture) {
    frames.push(t - prev);
    prev = t;
  }
  const r = (o.cy as unknown as { renderer: () => { webgl?: unknown } }).renderer();
  opened = null;
  return {
    firstRenderMs: o.t1 - o.t0,
    phases: o.phases,
    frames,
    drawMs: o.draws.filter((d) => d.at <= gestureEnd).map((d) => d.ms),
    settleDrawMs: Math.max(0, ...o.draws.filter((d) => d.at > gestureEnd).map((d) => d.ms)),
    rafDeltas: o.rafDeltas,
    gestureMs: (o.last > o.start ? o.last : gestureEnd) - o.start,
    renders: inGesture.length,
    restoreMs: o.renders.length ? Math.max(0, o.renders[o.renders.length - 1]! - gestureEnd) : 0,
    bandAfter: currentBand(o.cy),
    edges: o.cy.edges().length,
    nodes: o.cy.nodes().length,
    bandAtStart: o.bandAtStart,
    zoomAtStart: o.zoomAtStart,
    inView: o.inView,
    webgl: !!r.webgl,
  };
}

/** One run with the programmatic gesture (`open`, `program`, `finish`). */
async function render(
  n: number,
  lod: boolean,
  renderer: 'canvas' | 'webgl',
  steps: number,
  budgetMs: number,
  zoomTo?: number,
): Promise<RenderRun> {
  await open(n, lod, renderer, zoomTo);
  await program(steps, budgetMs);
  return finish();
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
      open: typeof open;
      program: typeof program;
      user: typeof user;
      wheel: typeof wheel;
      aim: typeof aim;
      inspect: typeof inspect;
      screen: typeof screen;
      hits: typeof hits;
      drag: typeof drag;
      step: typeof step;
      finish: typeof finish;
      layout: typeof layout;
      show: typeof show;
      /** The scene last mounted (for experiments from the DevTools protocol). */
      cy: () => Core | null;
    };
  }
}

window.kgBench = {
  webgl: () => detectWebgl(),
  render,
  open,
  program,
  user,
  wheel,
  aim,
  inspect,
  screen,
  hits,
  drag,
  step,
  finish,
  layout,
  show,
  cy: () => current,
};
