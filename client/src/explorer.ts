/**
 * Wires the explorer: creates the canvas and the panels for the view the URL names, and binds
 * the keyboard. Every state change goes through App (app.ts). Loaded by main.ts as a chunk of
 * its own, with Cytoscape, while the first painter (first-screen.ts) draws the first graph.
 */
import { App } from './app';
import { defaults } from './defaults';
import type { FirstScreen } from './first-screen';
import { createCanvas, loadFcose, placeLabels } from './graph/canvas';
import { FiltersPanel } from './panels/filters';
import { LegendPanel } from './panels/legend';
import { mountSearch } from './panels/search';
import { mountToolbar } from './panels/toolbar';
import type { CypherConsole } from './panels/cypher';
import type { ViewState } from './state/url-state';
import { Banner } from './ui/banner';
import { lazy } from './ui/lazy';
import { nextTask } from './ui/next-task';
import { bindTooltips } from './view/tooltip';
import { DateAxis } from './view/date-axis';
import { holdForPainter } from './view/handover';
import { Shell } from './view/shell';
import { bindKeyboard } from './view/keyboard';
import { button, byId, clear, el } from './ui/dom';

// Everything below the first screen (the right panels, the story view, the intake and
// duplicates screens, the Cypher console, the PNG export) is a dynamic import in its own chunk,
// loaded on first use: the first screen downloads and parses only what it draws.

declare global {
  interface Window {
    /** Test and debugging hook: the app, the canvas and a few read-outs. */
    __kg?: {
      app: App;
      ready: boolean;
      nodeIds: () => string[];
      edgeIds: () => string[];
      cypher: () => Promise<CypherConsole>;
      /** The PNG the Export menu downloads (title, graph, legend). */
      exportPng: () => Promise<Blob>;
    };
  }
}

/** Starts the explorer on `view`; `first`: the first screen already asked for and painting. */
export async function start(view: ViewState, first: FirstScreen | null): Promise<void> {
  // The start-up runs as a few tasks, not one: on a phone, the chunk's evaluation (Cytoscape's
  // library), the canvas, the left panels and the rest each take tens of ms (docs/benchmarks.md
  // §3), and each is a long task if it runs with another.
  await nextTask();
  const banner = new Banner(byId('banner'));
  const cyHost = byId('cy');
  const cy = createCanvas(cyHost, view.entities.length || defaults.initialGraphLimit);
  // The first painter's picture shows while Cytoscape builds the first graph underneath, drawing
  // nothing (view/handover.ts), not even its first empty frame; the canvas stays in the layout
  // meanwhile, at its real size.
  const handover = first ? holdForPainter(cy, first.painter, cyHost) : null;
  await nextTask();
  const app = new App(cy, banner, byId('status'));
  if (first && handover) {
    const building = app.store.hooks.building;
    app.store.hooks.building = (on) => {
      if (!handover.holding) building(on);
    };
    // No picture (no positions, or no graph): Cytoscape draws the first load itself.
    void first.layout.then(
      (l) => (l.positions ? undefined : handover.release()),
      () => handover.release(),
    );
  }
  bindTooltips(cy, app.store, cyHost.parentElement!);
  const axis = new DateAxis(cy, cyHost.parentElement!);

  await nextTask();

  // ---------------------------------------------------------------------------------------------
  // Left: search, filters, legend
  // ---------------------------------------------------------------------------------------------
  const search = mountSearch(byId('search'), app);
  // The canvas is a focusable widget: arrow keys walk to neighbours, Enter opens the details.
  cyHost.tabIndex = 0;
  cyHost.setAttribute('role', 'application');
  cyHost.setAttribute('aria-roledescription', 'graph');
  cyHost.setAttribute(
    'aria-label',
    'Graph canvas. Arrow keys move from the selected node to a neighbour; Enter opens its details.',
  );
  const announcer = el('div', { class: 'sr-only', 'aria-live': 'polite', testid: 'announcer' });
  document.body.append(announcer);
  new FiltersPanel(app, byId('filters'));
  const legend = new LegendPanel(app, cyHost.parentElement!);

  await nextTask();

  // ---------------------------------------------------------------------------------------------
  // Right: details, article, paths
  // ---------------------------------------------------------------------------------------------
  const right = byId('right');
  const shell = new Shell(app, cy, {
    root: byId('app'),
    left: byId('left'),
    right,
    canvas: cyHost,
    topbar: document.querySelector<HTMLElement>('.topbar')!,
    search: () => search.input,
  });
  // "Show" and search bring an element to the middle of what the panels leave free.
  app.store.hooks.reveal = (id) => shell.reveal(id);
  const rightHead = el('div', { class: 'right-head' });
  const rightBody = el('div', { class: 'right-body', testid: 'panel-body' });
  right.append(rightHead, rightBody);
  const details = lazy(() =>
    import('./panels/details').then((m) => new m.DetailsPanel(app, rightBody)),
  );
  const article = lazy(() =>
    import('./panels/article').then((m) => new m.ArticlePanel(app, rightBody)),
  );
  const paths = lazy(() => import('./panels/paths').then((m) => new m.PathsPanel(app, rightBody)));
  let shownKey = '';
  let shownPanel = '';

  function renderRight(force = false): void {
    const panel =
      app.panel === 'cypher' || app.panel === 'intake' || app.panel === 'duplicates'
        ? app.selection
          ? 'details'
          : null
        : app.panel;
    const onCanvas = app.selection ? app.scene.nodes.has(app.selection.id) : false;
    const exp = app.lastExpansion ? `${app.lastExpansion.node}:${app.lastExpansion.shown}` : '';
    const key = `${panel}|${app.article}|${app.selection?.kind}:${app.selection?.id}|${app.articleFocus}|${onCanvas}|${exp}`;
    if (!force && key === shownKey) return;
    // A panel that opens (or changes: details -> article) takes the focus, unless the analyst is
    // walking the canvas with the keyboard; one that closes gives it back.
    const opened = panel !== null && `${panel}|${app.article}` !== shownPanel;
    const closed = panel === null && shownPanel !== '' && right.contains(document.activeElement);
    const walking = document.activeElement === cyHost;
    shownPanel = panel === null ? '' : `${panel}|${app.article}`;
    shownKey = key;
    clear(rightHead);
    right.dataset.panel = panel ?? 'none';
    const title = panel === 'article' ? 'Source article' : panel === 'paths' ? 'Paths' : 'Details';
    rightHead.append(el('span', { class: 'panel-title', text: title }));
    if (panel === 'article' && app.selection)
      rightHead.append(button('← Details', () => app.openPanel('details'), { class: 'link' }));
    if (panel)
      rightHead.append(
        button('×', () => (panel === 'details' ? app.select(null) : app.openPanel(null)), {
          class: 'close',
          'aria-label': 'Close the panel',
          testid: 'panel-close',
        }),
      );
    shell.panelRendered(rightHead);
    const settle = () => {
      if (opened && !walking) shell.focusPanel();
    };
    if (closed) shell.restoreFocus();
    // A panel still loading when the view moves on must not draw over its successor.
    const current = () => shownKey === key;
    if (panel === 'article')
      void article.get().then((a) => (current() ? a.render().then(settle) : undefined));
    else if (panel === 'paths')
      void paths.get().then((p) => {
        if (!current()) return;
        p.render();
        settle();
      });
    else if (panel === 'details' || app.selection)
      void details.get().then((d) => (current() ? d.render().then(settle) : undefined));
    else {
      clear(rightBody);
      rightBody.append(
        el(
          'div',
          { class: 'hints' },
          el('p', { text: 'Click a node or an edge to read what the sources say.' }),
          el(
            'ul',
            {},
            el('li', { text: '/ search · Esc clear selection · Delete hide' }),
            el('li', { text: 'Double-click a node to expand it' }),
            el('li', { text: 'Ctrl+Z undo · Ctrl+Shift+Z redo' }),
          ),
        ),
      );
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Bottom: the Cypher console, loaded on first open
  // ---------------------------------------------------------------------------------------------
  const drawer = byId('drawer');
  let consolePromise: Promise<CypherConsole> | null = null;
  function cypherConsole(): Promise<CypherConsole> {
    consolePromise ??= import('./panels/cypher').then((m) => new m.CypherConsole(app, drawer));
    return consolePromise;
  }
  function renderDrawer(): void {
    const open = app.panel === 'cypher';
    const changed = drawer.hidden === open;
    drawer.hidden = !open;
    document.body.classList.toggle('drawer-open', open);
    // The canvas changes size with the drawer: keep the whole graph in view. Only then: every
    // other size change reaches Cytoscape through the shell's ResizeObserver, and a resize on
    // every view event forced a layout of the page and a full redraw (the first load has four).
    const refit = () => {
      if (!changed) return;
      cy.resize();
      cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 200 });
    };
    if (open) void cypherConsole().then(refit);
    else refit();
  }

  // ---------------------------------------------------------------------------------------------
  // Toolbar, counts, empty state
  // ---------------------------------------------------------------------------------------------
  const story = lazy(() =>
    import('./panels/story').then((m) => {
      const panel: InstanceType<typeof m.StoryPanel> = new m.StoryPanel(app, byId('story'), () =>
        panel.hide(),
      );
      return panel;
    }),
  );
  const refreshToolbar = mountToolbar(byId('toolbar'), app, {
    story: () => void story.get().then((s) => (s.open ? s.hide() : void s.show())),
    paths: () =>
      void paths.get().then((p) => {
        p.seedFromSelection();
        app.openPanel('paths');
      }),
    cypher: () => {
      app.openPanel(app.panel === 'cypher' ? null : 'cypher');
      if (app.panel === 'cypher') void cypherConsole().then((c) => c.focus());
    },
  });
  // ---------------------------------------------------------------------------------------------
  // Add article: its own screen over the explorer, open while the URL says panel=intake
  // ---------------------------------------------------------------------------------------------
  const intake = lazy(() =>
    import('./intake/screen').then(
      (m) =>
        new m.IntakeScreen(
          byId('intake'),
          () => app.openPanel(null),
          (saved) => void import('./intake/show-saved').then((s) => s.showSaved(app, cy, saved)),
        ),
    ),
  );
  byId('toolbar').after(
    button('Add article', () => app.openPanel('intake'), {
      class: 'add-article',
      testid: 'add-article',
    }),
  );
  // Likely duplicates: a screen like Add article, open while the URL says panel=duplicates.
  const duplicatesRoot = el('section', {
    class: 'intake duplicates',
    'aria-label': 'Likely duplicates',
    testid: 'duplicates',
    hidden: true,
  });
  byId('app').append(duplicatesRoot);
  const duplicates = lazy(() =>
    import('./entities/duplicates-screen').then(
      (m) => new m.DuplicatesScreen(app, duplicatesRoot, () => app.openPanel(null)),
    ),
  );
  byId('toolbar').after(
    button('Duplicates', () => app.openPanel('duplicates'), {
      class: 'add-article',
      testid: 'open-duplicates',
      title: 'Entities that are probably one: merge or dismiss',
    }),
  );
  function renderIntake(): void {
    // Opening loads a screen; closing one never loaded is nothing to do. The panel is read again
    // once the chunk is in, in case the analyst moved on while it loaded.
    if (app.panel === 'intake') void intake.get().then((s) => app.panel === 'intake' && s.open());
    else intake.loaded?.close();
    if (app.panel === 'duplicates')
      void duplicates.get().then((s) => app.panel === 'duplicates' && s.open());
    else duplicates.loaded?.close();
  }

  const counts = el('div', { class: 'counts', testid: 'counts' });
  const empty = el(
    'div',
    { class: 'empty', testid: 'empty', hidden: true },
    'Nothing on the canvas. Press / to search for an entity.',
  );
  cyHost.parentElement!.append(counts, empty);
  /** Nodes and relationships on the canvas; with filters, how many of them the filters leave in. */
  function refreshCounts(): void {
    const statements = (eles: cytoscape.EdgeCollection) =>
      eles.toArray().reduce((n, e) => n + (e.data('count') as number), 0);
    const kept = cy.elements().not('.faded, .filtered');
    const [n, s] = [cy.nodes().length, statements(cy.edges())];
    const [kn, ks] = [kept.nodes().length, statements(kept.edges())];
    counts.textContent =
      kn === n && ks === s
        ? `${n} nodes · ${s} relationships`
        : `${kn} of ${n} nodes · ${ks} of ${s} relationships in the filters`;
    empty.hidden = cy.nodes().length > 0;
    refreshToolbar();
  }

  app.on('scene', () => {
    refreshCounts();
    axis.update(app.layout === 'time');
    if (!app.store.restoring) placeLabels(cy);
    if (app.selection?.kind === 'edge') renderRight(true);
  });
  app.on('selection', () => {
    refreshToolbar();
    renderRight();
  });
  app.on('view', () => {
    refreshCounts();
    axis.update(app.layout === 'time');
    refreshToolbar();
    renderRight();
    renderDrawer();
    renderIntake();
  });
  cy.on('select unselect', () => refreshToolbar());

  // ---------------------------------------------------------------------------------------------
  // Keyboard: shortcuts and walking the canvas
  // ---------------------------------------------------------------------------------------------
  bindKeyboard({ app, cy, cyHost, right, shell, legend, announcer });

  // ---------------------------------------------------------------------------------------------
  // Start
  // ---------------------------------------------------------------------------------------------
  window.__kg = {
    exportPng: () =>
      import('./export-png').then((m) =>
        m.exportPng(cy, 'KG Explorer — Russia–Iran intelligence story'),
      ),
    app,
    ready: false,
    nodeIds: () => cy.nodes().map((n) => n.id()),
    edgeIds: () => cy.edges().map((e) => e.id()),
    cypher: cypherConsole,
  };
  renderRight(true);
  // The first layout runs in a worker (graph/layout-offthread.ts); the page's own copy of the
  // layout library, for later layouts and expansions, loads once the first graph is drawn.
  await app.restore(view, true, first);
  await nextTask();
  // The picture becomes Cytoscape's, and the counts and panels follow in the same frame.
  handover?.settle();
  performance.mark('kg:first-render');
  void loadFcose();
  refreshCounts();
  renderRight(true);
  renderDrawer();
  renderIntake();
  window.__kg.ready = true;
  document.body.dataset.ready = 'true';
}
