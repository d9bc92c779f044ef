/**
 * Every tunable of the explorer in one place, cytoscape-style: one short comment per option.
 * The first-render benchmark (scripts/src/bench/client-first-render.ts) tunes these.
 */
export const defaults = {
  /**
   * Most nodes one view may hold; expansions stop adding beyond it and say so. With levels of
   * detail (graph/lod.ts) and the view moved as a bitmap (graph/viewport-cache.ts) a 5,000-node
   * view pans and zooms at 33 – 60 fps on the benchmark machine (docs/benchmarks.md §3).
   */
  maxNodes: 5000,
  /**
   * The first load adds this many elements to the canvas per task (styled and measured in
   * it): 15 – 30 ms each on a phone-speed CPU (4x throttled), under the 50 ms of a long task.
   */
  firstLoadElementsPerTask: 4,
  /** Edges fetched by the first screen (`GET /api/graph?limit=`). */
  initialGraphLimit: 300,
  /** Neighbours fetched per expansion page ("showing 25 of N — load more"). */
  expandPageSize: 25,
  /** Above this many elements, edges are hidden while panning and zooming. */
  hideEdgesOnViewportAbove: 400,
  /** Above this many elements, the canvas pans a cached texture instead of redrawing. */
  textureOnViewportAbove: 800,
  /**
   * How a big scene moves (graph/viewport-cache.ts): 'hold' pans and scales a copy of the screen
   * on every move of the view and draws in full once it is still; 'snapshot' only during mouse
   * and touch gestures; 'cytoscape' leaves Cytoscape's own texture (painted anew at 2x, no edges).
   */
  viewportCache: 'hold' as 'cytoscape' | 'snapshot' | 'hold',
  /** Big scenes: the view is drawn in full again this long after its last move. */
  viewportSettleMs: 150,
  /** Milliseconds of typing pause before the search box asks the server. */
  searchDebounceMs: 150,
  /** Autocomplete rows shown. */
  searchLimit: 10,
  /** Radius (model units) of the ring new neighbours are placed on around the expanded node. */
  expandRingRadius: 160,
  /** fcose quality: 'draft' is fastest, 'default' better, 'proof' best. */
  fcoseQuality: 'default' as 'draft' | 'default' | 'proof',
  /**
   * Above this many nodes fcose runs as 'draft': measured in headless Chromium, 'default' took
   * 1.4 s at 500 nodes, 24 s at 2,000 and 310 s at 5,000; 'draft' 0.3 / 0.6 / 2.0 s.
   */
  fcoseDraftAbove: 300,
  /**
   * Above this many nodes the force-directed layout is our linear-time one
   * (graph/force-layout.ts): fcose 'default' takes minutes there and its 'draft' heaps hubs
   * and leaves together.
   */
  fastLayoutAbove: 300,
  /** Scenes with more nodes than this get levels of detail (graph/lod.ts); smaller ones never. */
  lodAboveNodes: 500,
  /** Big scenes, below this zoom: no labels or arrows, parallels as one line, leaves folded. */
  lodLabelZoom: 0.45,
  /**
   * Big scenes with more nodes than this on screen are drawn as from afar (no labels or arrows,
   * straight edges) whatever the zoom; zooming in until fewer are in view brings the detail back.
   */
  lodDenseNodes: 250,
  /** Big scenes, below this zoom: no edges either (the nodes still show where things are). */
  lodEdgeZoom: 0.06,
  /** A hub folds its leaves (nodes linked to it alone) into a count once it has this many. */
  lodFoldLeavesMin: 3,
  /** Big scenes: labels are placed again this long after the last pan or zoom event. */
  lodSettleMs: 150,
  /**
   * Cytoscape's WebGL renderer for views expected to hold more elements than this, when the
   * browser has a hardware WebGL context (graph/webgl.ts); never on a software rasteriser.
   */
  webglAboveElements: 2000,
  /** Animate layouts below this many nodes; larger graphs jump straight to the result. */
  animateLayoutBelow: 200,
  /** Undo steps kept. */
  historyLimit: 100,
  /** Cypher console queries remembered in localStorage. */
  cypherHistoryLimit: 30,
  /** Rows the Cypher results table draws (the server caps what it returns). */
  cypherTableRows: 500,
  /** Shortest paths asked of `GET /api/paths`. */
  pathsLimit: 5,
  /** Longest path considered, in hops. */
  pathsMaxHops: 4,
  /** Node label size on screen, in CSS pixels, at every zoom (graph/labels.ts). */
  labelFontPx: 13,
  /** Longest node label on screen before it is cut with an ellipsis. */
  labelMaxWidthPx: 150,
  /** Edge labels (type, ×n) show from this zoom on; below it, on hover and selection. */
  edgeLabelZoom: 1.6,
  /** Seed of the force-directed layout: the same view gets the same positions on every load. */
  layoutSeed: 17,
  /** Node ids written into the URL at most; beyond it the URL keeps the first ones. */
  urlMaxEntities: 400,
  /** Milliseconds between URL updates while the view changes (replaceState). */
  urlWriteDelayMs: 300,
} as const;
