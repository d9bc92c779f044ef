/**
 * Rendering benchmark: the explorer's own graph code in headless Chromium (playwright-core,
 * /usr/bin/chromium). Vite builds client/src/bench/render-page.ts, a page that pushes a
 * synthetic corpus-like scene (hubs and a long tail, ~1.5 drawn edges per node, parallel and
 * bundled relationships) through the same Scene, stylesheet, levels of detail, labels and
 * layouts the app uses. Per node count, in one run, so the ratios hold on a noisy machine:
 *
 * - render, per variant ("before": levels of detail off, as the explorer was; "LOD": as it is),
 *   at the fitted zoom, far out (zoom 0.05) and close up (zoom 1): first render (mount with preset positions, fit,
 *   labels, until Cytoscape's first drawn frame) and a pan/zoom gesture of one step per
 *   animation frame. Frame time = interval between frames Cytoscape actually drew; fps = drawn
 *   frames per second of gesture.
 * - layout: fcose 'draft' (what the explorer ran above 300 nodes) and the big-scene force layout
 *   (graph/force-layout.ts), both through the explorer's layout code, labels included.
 * - WebGL: the page's own detection (graph/webgl.ts); the WebGL variant runs only with
 *   `--webgl` or where a hardware context exists (software WebGL takes seconds per frame).
 * With `--screenshots`, PNGs of the largest scene fitted and close up go to .bench/render/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { repoRoot } from '../neo4j/local-neo4j';
import { CHROMIUM, CHROMIUM_ARGS, servePage } from './render-page-server';
import { median, percentile, table } from './machine';

export { CHROMIUM, CHROMIUM_ARGS, servePage };

export interface RenderFigures {
  nodes: number;
  edges: number;
  variant: string;
  view: string;
  /** 'program': steps through Cytoscape's API; 'user': a mouse's drag and wheel events. */
  input: Input;
  /** Nodes on screen at the gesture's start. */
  inView: number;
  /** After the gesture: until the last frame drawn (detail restored), and the band then. */
  restoreMs: number;
  bandAfter: string;
  /** Level-of-detail band the gesture started in, and the zoom. */
  band: string;
  zoom: number;
  /** Median over repeats: mount to the first drawn frame, and its phases. */
  firstRenderMs: number;
  phases: string;
  /** Drawn frames during the gesture: median and p95 interval, frames per second. */
  frameMedianMs: number;
  frameP95Ms: number;
  fps: number;
  /** Main-thread animation frames during the gesture: p95 interval. */
  rafP95Ms: number;
  frames: number;
  /** What the drawn frames cost (Cytoscape's render call): p95 and the dearest. */
  drawP95Ms: number;
  drawMaxMs: number;
  /** The full redraw once the view is still after the gesture (median over repeats). */
  settleDrawMs: number;
}

export interface LayoutFigures {
  nodes: number;
  layout: string;
  ms: number;
}

interface RenderRun {
  restoreMs: number;
  bandAfter: string;
  inView: number;
  firstRenderMs: number;
  phases: { mountMs: number; fitAndLabelsMs: number; drawMs: number };
  frames: number[];
  drawMs: number[];
  settleDrawMs: number;
  rafDeltas: number[];
  gestureMs: number;
  renders: number;
  edges: number;
  nodes: number;
  bandAtStart: string;
  zoomAtStart: number;
  webgl: boolean;
}

const OUT = () => path.join(repoRoot(), '.bench/render-page');

/** Builds the page with the explorer's own modules (a Vite build, as the app's). */
export async function buildPage(): Promise<string> {
  const root = repoRoot();
  const outDir = OUT();
  await build({
    root: path.join(root, 'client'),
    configFile: false,
    logLevel: 'warn',
    base: '/',
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 5000,
      // KG_BENCH_MINIFY=0 keeps function names readable in CPU profiles.
      minify: process.env.KG_BENCH_MINIFY !== '0',
      rollupOptions: {
        input: path.join(root, 'client/src/bench/render-page.ts'),
        output: { entryFileNames: 'render-page.js' },
      },
    },
  });
  return outDir;
}

/** Gesture steps per run: 60, or fewer (at least 5) once this much time has gone. */
const STEPS = 60;
const FRAME_BUDGET_MS = 20_000;

export type Input = 'program' | 'user';

/** Milliseconds a user pause lasts after the gesture, for the detail to come back. */
const SETTLE_MS = 600;

interface Variant {
  name: string;
  lod: boolean;
  renderer: 'canvas' | 'webgl';
  cache: ViewportCache;
}

/** How a big scene moves (client/src/graph/viewport-cache.ts). */
export type ViewportCache = 'cytoscape' | 'snapshot' | 'hold' | 'hold-fullhit';

const VIEWS = { fit: 'undefined', '0.05': '0.05', '1': '1', '3': '3' } as const;
export type View = keyof typeof VIEWS;

export async function runRenderBench(
  nodeCounts: number[],
  repeats: number,
  log: (line: string) => void,
  opts: {
    webgl?: boolean;
    screenshots?: boolean;
    inputs?: Input[];
    before?: boolean;
    /** Viewport-cache modes to compare (the LOD variant runs once per mode). */
    caches?: ViewportCache[];
    views?: View[];
  } = {},
): Promise<{ render: RenderFigures[]; layout: LayoutFigures[]; chromium: string; webgl: string }> {
  const dir = await buildPage();
  const server = await servePage(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const render: RenderFigures[] = [];
  const layout: LayoutFigures[] = [];
  let webglInfo: string;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(600_000);
    await page.goto(server.url);
    await page.waitForFunction('!!window.kgBench');
    // Page code is passed as strings: this module is compiled without the DOM typings.
    const gl = await page.evaluate<{ renderer: string; hardware: boolean }>(
      'window.kgBench.webgl()',
    );
    webglInfo = `${gl.renderer} (${gl.hardware ? 'hardware' : 'software or none: not used'})`;
    log(`Chromium ${browser.version()}, WebGL: ${webglInfo}`);
    const caches = opts.caches ?? ['hold'];
    const variants: Variant[] = [
      ...(opts.before === false
        ? []
        : [
            {
              name: 'before (no LOD)',
              lod: false,
              renderer: 'canvas',
              cache: 'cytoscape',
            } as const,
          ]),
      ...caches.map((cache): Variant => ({
        name: caches.length > 1 ? `LOD, ${cache}` : 'LOD',
        lod: true,
        renderer: 'canvas',
        cache,
      })),
    ];
    const inputs = opts.inputs ?? ['program', 'user'];
    if (opts.webgl || gl.hardware)
      variants.push({ name: 'LOD + WebGL', lod: true, renderer: 'webgl', cache: 'hold' });
    for (const n of nodeCounts) {
      for (const key of opts.views ?? (Object.keys(VIEWS) as View[])) {
        const view = key === 'fit' ? 'fit' : `zoom ${key}`;
        const zoom = VIEWS[key];
        for (const input of inputs) {
          // The variants alternate run by run (A B A B), so a change in the machine's load
          // falls on all of them alike.
          const runsOf = new Map<Variant, RenderRun[]>(variants.map((v) => [v, []]));
          for (let r = 0; r < repeats; r++)
            for (const v of variants) {
              await page.evaluate(
                `window.kgBench.open(${n}, ${v.lod}, '${v.renderer}', ${zoom}, '${v.cache}')`,
              );
              await page.evaluate(`window.kgBench.${input}(${STEPS}, ${FRAME_BUDGET_MS})`);
              runsOf
                .get(v)!
                .push(await page.evaluate<RenderRun>(`window.kgBench.finish(${SETTLE_MS})`));
            }
          for (const v of variants) {
            const runs = runsOf.get(v)!;
            const frames = runs.flatMap((x) => x.frames);
            const draws = runs.flatMap((x) => x.drawMs);
            const raf = runs.flatMap((x) => x.rafDeltas);
            const gestureMs = runs.reduce((a, x) => a + x.gestureMs, 0);
            const drawn = runs.reduce((a, x) => a + x.renders, 0);
            const f: RenderFigures = {
              nodes: runs[0]!.nodes,
              edges: runs[0]!.edges,
              variant: v.name + (v.renderer === 'webgl' && !runs[0]!.webgl ? ' (fell back)' : ''),
              view,
              input,
              inView: runs[0]!.inView,
              restoreMs: Math.round(median(runs.map((x) => x.restoreMs))),
              bandAfter: runs[0]!.bandAfter,
              band: runs[0]!.bandAtStart,
              zoom: Math.round(runs[0]!.zoomAtStart * 1000) / 1000,
              firstRenderMs: Math.round(median(runs.map((x) => x.firstRenderMs))),
              phases: (['mountMs', 'fitAndLabelsMs', 'drawMs'] as const)
                .map((k) => Math.round(median(runs.map((x) => x.phases[k]))))
                .join(' / '),
              frameMedianMs: Math.round(median(frames) * 10) / 10,
              frameP95Ms: Math.round(percentile(frames, 95) * 10) / 10,
              fps: Math.round((drawn / gestureMs) * 1000 * 10) / 10,
              rafP95Ms: Math.round(percentile(raf, 95) * 10) / 10,
              frames: drawn,
              drawP95Ms: Math.round(percentile(draws, 95) * 10) / 10,
              drawMaxMs: Math.round(Math.max(0, ...draws) * 10) / 10,
              settleDrawMs: Math.round(median(runs.map((x) => x.settleDrawMs))),
            };
            render.push(f);
            log(
              `  ${n} nodes, ${f.view}, ${f.variant}, ${f.input} gesture [${f.band} @ ${f.zoom}, ${f.inView} nodes on screen; after: ${f.bandAfter}, last frame ${f.restoreMs} ms after the gesture, full redraw ${f.settleDrawMs} ms]: first render ${f.firstRenderMs} ms (elements / fit+labels / draw ${f.phases}), drawn frames median ${f.frameMedianMs} ms, p95 ${f.frameP95Ms} ms, ${f.fps} fps (${f.frames} frames; each cost p95 ${f.drawP95Ms} ms, max ${f.drawMaxMs} ms; main-thread p95 ${f.rafP95Ms} ms)`,
            );
          }
        }
      }
      for (const which of ['fcose-draft', 'fast'] as const) {
        const ms: number[] = [];
        for (let r = 0; r < repeats; r++)
          ms.push(await page.evaluate<number>(`window.kgBench.layout(${n}, '${which}')`));
        const name = which === 'fast' ? 'force layout (big scenes)' : "fcose 'draft' (before)";
        layout.push({ nodes: n, layout: name, ms: Math.round(median(ms)) });
        log(`  ${n} nodes, ${name}: ${Math.round(median(ms))} ms (median of ${repeats})`);
      }
    }
    if (opts.screenshots) {
      const n = Math.max(...nodeCounts);
      const out = path.join(repoRoot(), '.bench/render');
      fs.mkdirSync(out, { recursive: true });
      for (const [name, zoom] of [
        ['fit', 'undefined'],
        ['mid', '0.3'],
        ['close', '1'],
      ] as const) {
        const what = await page.evaluate<string>(`window.kgBench.show(${n}, ${zoom})`);
        const file = path.join(out, `render-${n}-${name}.png`);
        await page.screenshot({ path: file });
        log(`  screenshot ${file}: ${what}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { render, layout, chromium: CHROMIUM, webgl: webglInfo };
}

export function renderTables(r: { render: RenderFigures[]; layout: LayoutFigures[] }): string {
  const fmt = (x: number) => x.toLocaleString('en-GB');
  return [
    table(
      [
        'nodes',
        'edges',
        'view',
        'variant',
        'gesture',
        'band @ zoom',
        'nodes on screen',
        'first render ms',
        'frame median ms',
        'frame p95 ms',
        'fps',
        'main-thread p95 ms',
        'frames',
        'draw p95 / max ms',
        'last frame after ms',
        'full redraw when still ms',
      ],
      r.render.map((f) => [
        fmt(f.nodes),
        fmt(f.edges),
        f.view,
        f.variant,
        f.input,
        `${f.band} @ ${f.zoom}`,
        f.inView,
        fmt(f.firstRenderMs),
        f.frameMedianMs,
        f.frameP95Ms,
        f.fps,
        f.rafP95Ms,
        f.frames,
        `${f.drawP95Ms} / ${f.drawMaxMs}`,
        f.restoreMs,
        f.settleDrawMs,
      ]),
    ),
    table(
      ['nodes', 'layout', 'ms'],
      r.layout.map((l) => [fmt(l.nodes), l.layout, fmt(l.ms)]),
    ),
  ].join('\n\n');
}
