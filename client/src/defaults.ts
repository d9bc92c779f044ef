/**
 * Every tunable of the explorer in one place, cytoscape-style: one short comment per option.
 * The first-render benchmark (scripts/src/bench/client-first-render.ts) tunes these.
 */
export const defaults = {
  /** Most nodes one view may hold; expansions stop adding beyond it and say so. */
  maxNodes: 1500,
  /** Edges fetched by the first screen (`GET /api/graph?limit=`). */
  initialGraphLimit: 300,
  /** Neighbours fetched per expansion page ("showing 25 of N — load more"). */
  expandPageSize: 25,
  /** Above this many elements, edges are hidden while panning and zooming. */
  hideEdgesOnViewportAbove: 400,
  /** Above this many elements, the canvas pans a cached texture instead of redrawing. */
  textureOnViewportAbove: 800,
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
