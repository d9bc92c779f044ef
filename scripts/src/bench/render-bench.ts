/**
 * Rendering benchmark: Cytoscape in headless Chromium (playwright-core, /usr/bin/chromium), on a
 * standalone page served from node_modules, so it measures the library and its options, not the
 * explorer's UI. Per node count and renderer configuration: time to the first drawn frame
 * (preset positions), frame times while panning and zooming, and the fcose layout time
 * (renderer-independent, measured once per size and quality).
 *
 * Graph shape: like the corpus, a few hubs and a long tail (about 1.5 edges per node), node
 * labels on, as the explorer draws them.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot } from '../neo4j/local-neo4j';
import { median, percentile } from './machine';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

export interface RendererConfig {
  name: string;
  webgl: boolean;
  viewportTricks: boolean;
}

export const CONFIGS: RendererConfig[] = [
  { name: 'canvas', webgl: false, viewportTricks: false },
  { name: 'canvas + hide/texture on viewport', webgl: false, viewportTricks: true },
  { name: 'webgl', webgl: true, viewportTricks: false },
  { name: 'webgl + hide/texture on viewport', webgl: true, viewportTricks: true },
];

export interface RenderFigures {
  nodes: number;
  edges: number;
  config: string;
  /** Median over repeats: cytoscape() call to the first frame drawn. */
  firstRenderMs: number;
  /** Pan/zoom frames: median and p95 frame time, and frames per second. */
  frameMedianMs: number;
  frameP95Ms: number;
  fps: number;
  /** Frames measured over all repeats (fewer than 60 per run when the time budget ran out). */
  frames: number;
}

export interface LayoutFigures {
  nodes: number;
  quality: string;
  ms: number;
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0}#cy{width:1280px;height:800px}</style></head>
<body><div id="cy"></div>
<script src="/lib/cytoscape.min.js"></script><script src="/lib/layout-base.js"></script>
<script src="/lib/cose-base.js"></script><script src="/lib/cytoscape-fcose.js"></script>
<script>
cytoscape.use(cytoscapeFcose);
function graph(n, seed) {
  let s = seed >>> 0;
  const rnd = () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const side = Math.sqrt(n) * 70, els = [];
  for (let i = 0; i < n; i++) els.push({ group: 'nodes', data: { id: 'n' + i, name: 'Entity ' + i }, position: { x: rnd() * side, y: rnd() * side } });
  const m = Math.round(n * 1.5);
  for (let k = 0; k < m; k++) {
    const a = 1 + Math.floor(rnd() * (n - 1));
    const b = rnd() < 0.3 ? Math.floor(rnd() * Math.min(10, n)) : Math.floor(rnd() * a);
    els.push({ group: 'edges', data: { id: 'e' + k, source: 'n' + a, target: 'n' + b } });
  }
  return els;
}
const style = [
  { selector: 'node', style: { label: 'data(name)', 'font-size': 10, width: 18, height: 18, 'background-color': '#4a7bd0' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#9aa', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#9aa' } },
];
const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
window.bench = async (n, webgl, tricks, budgetMs) => {
  if (window.__cy) window.__cy.destroy();
  const els = graph(n, 42);
  const t0 = performance.now();
  const cy = window.__cy = cytoscape({ container: document.getElementById('cy'), elements: els, style, layout: { name: 'preset' },
    renderer: webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' },
    hideEdgesOnViewport: tricks, textureOnViewport: tricks });
  cy.fit(undefined, 20);
  await frame(); const t1 = await frame();
  const first = t1 - t0;
  const deltas = []; let last = await frame();
  const until = performance.now() + budgetMs;
  for (let i = 0; i < 60 && (i < 5 || performance.now() < until); i++) {
    if (i % 30 < 15) cy.panBy({ x: 15, y: 8 }); else cy.zoom({ level: cy.zoom() * (i % 30 < 22 ? 1.03 : 0.97), renderedPosition: { x: 640, y: 400 } });
    const now = await frame(); deltas.push(now - last); last = now;
  }
  return { first, deltas, edges: cy.edges().length, webglActive: !!(cy.renderer().webgl) };
};
window.layout = async (n, quality) => {
  if (window.__cy) window.__cy.destroy();
  const cy = window.__cy = cytoscape({ container: document.getElementById('cy'), elements: graph(n, 42), style, layout: { name: 'preset' } });
  const t0 = performance.now();
  await new Promise((r) => { const l = cy.layout({ name: 'fcose', quality, animate: false, randomize: true }); l.one('layoutstop', r); l.run(); });
  return performance.now() - t0;
};
</script></body></html>`;

const LIBS: Record<string, string> = {
  'cytoscape.min.js': 'cytoscape/dist/cytoscape.min.js',
  'layout-base.js': 'layout-base/layout-base.js',
  'cose-base.js': 'cose-base/cose-base.js',
  'cytoscape-fcose.js': 'cytoscape-fcose/cytoscape-fcose.js',
};

function servePage(): Promise<{ url: string; close: () => void }> {
  const modules = path.join(repoRoot(), 'node_modules');
  const server = http.createServer((req, res) => {
    const lib = req.url?.startsWith('/lib/') ? LIBS[req.url.slice(5)] : undefined;
    if (lib) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(fs.readFileSync(path.join(modules, lib)));
    } else if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(PAGE);
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${a.port}/`, close: () => server.close() });
    }),
  );
}

/**
 * Pan/zoom frames per run: 60, or fewer (at least 5) once this much time has gone. Software
 * WebGL takes seconds per frame at 5,000 nodes; 60 of them would not tell more than 5.
 */
const FRAME_BUDGET_MS = 20_000;

export async function runRenderBench(
  nodeCounts: number[],
  repeats: number,
  log: (line: string) => void,
): Promise<{ render: RenderFigures[]; layout: LayoutFigures[]; chromium: string; webgl: string }> {
  const page0 = await servePage();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const render: RenderFigures[] = [];
  const layout: LayoutFigures[] = [];
  let webglInfo: string;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(300_000);
    await page.goto(page0.url);
    // Page code is passed as strings: this module is compiled without the DOM typings.
    webglInfo = await page.evaluate<string>(`(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL2 context';
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      return String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    })()`);
    log(`Chromium ${browser.version()}, WebGL: ${webglInfo}`);
    type Out = { first: number; deltas: number[]; edges: number; webglActive: boolean };
    for (const n of nodeCounts) {
      for (const c of CONFIGS) {
        const runs: Out[] = [];
        for (let r = 0; r < repeats; r++) {
          runs.push(
            await page.evaluate<Out>(
              `window.bench(${n}, ${c.webgl}, ${c.viewportTricks}, ${FRAME_BUDGET_MS})`,
            ),
          );
        }
        const deltas = runs.flatMap((x) => x.deltas);
        const f: RenderFigures = {
          nodes: n,
          edges: runs[0]!.edges,
          config: c.name + (c.webgl && !runs[0]!.webglActive ? ' (fell back to canvas)' : ''),
          firstRenderMs: Math.round(median(runs.map((x) => x.first))),
          frameMedianMs: Math.round(median(deltas) * 10) / 10,
          frameP95Ms: Math.round(percentile(deltas, 95) * 10) / 10,
          fps: Math.round(1000 / (deltas.reduce((a, b) => a + b, 0) / deltas.length)),
          frames: deltas.length,
        };
        render.push(f);
        log(
          `  ${n} nodes, ${f.config}: first render ${f.firstRenderMs} ms, frames median ${f.frameMedianMs} ms, p95 ${f.frameP95Ms} ms (${f.fps} fps, ${f.frames} frames)`,
        );
      }
      for (const quality of ['draft', 'default']) {
        const ms = Math.round(await page.evaluate<number>(`window.layout(${n}, '${quality}')`));
        layout.push({ nodes: n, quality, ms });
        log(`  ${n} nodes, fcose ${quality}: ${ms} ms`);
      }
    }
  } finally {
    await browser.close();
    page0.close();
  }
  return { render, layout, chromium: CHROMIUM, webgl: webglInfo };
}
