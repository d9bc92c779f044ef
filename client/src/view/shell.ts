/**
 * The page around the canvas: the side panels collapse (and become overlays below 1200 px wide,
 * a bottom sheet on a phone), the canvas keeps the selection in view whenever a panel opens,
 * closes or changes size, skip links lead to the graph, the details and the search, and focus
 * moves into a panel that opens and back to where it came from when the panel closes.
 */
import type { Core } from 'cytoscape';
import type { App } from '../app';
import { button, el } from '../ui/dom';

/** Below this width the side panels float over the canvas (styles.css agrees). */
export const OVERLAY_BELOW = 1200;
/** At or below this width the search panel takes the whole screen (styles.css agrees). */
export const PHONE_BELOW = 640;

export class Shell {
  private leftOpen: boolean;
  private rightCollapsed = false;
  /** Where focus was before a panel took it; it goes back there when the panel closes. */
  private returnTo: HTMLElement | null = null;
  readonly leftToggle: HTMLButtonElement;
  readonly rightToggle: HTMLButtonElement;
  private readonly topToggle: HTMLButtonElement;

  constructor(
    private readonly app: App,
    private readonly cy: Core,
    private readonly els: {
      root: HTMLElement;
      left: HTMLElement;
      right: HTMLElement;
      canvas: HTMLElement;
      topbar: HTMLElement;
      search: () => HTMLInputElement;
    },
  ) {
    this.leftOpen = !this.overlay();
    // Skip links: the first things Tab reaches.
    const skips = el(
      'nav',
      { class: 'skip-links', 'aria-label': 'Skip links' },
      el('a', { href: '#cy', text: 'Skip to the graph' }),
      el('a', { href: '#right', text: 'Skip to the details' }),
      el('a', { href: '#search', text: 'Skip to search' }),
    );
    skips.addEventListener('click', (ev) => {
      const a = (ev.target as HTMLElement).closest('a');
      if (!a) return;
      ev.preventDefault();
      const target = a.getAttribute('href');
      if (target === '#cy') els.canvas.focus();
      else if (target === '#right') this.focusPanel();
      else this.focusSearch();
    });
    document.body.prepend(skips);

    this.leftToggle = button('«', () => this.setLeft(!this.leftOpen), {
      class: 'panel-toggle left-toggle',
      'aria-controls': 'left',
      testid: 'left-toggle',
    });
    els.left.prepend(this.leftToggle);
    this.topToggle = button('☰ Search & filters', () => this.setLeft(!this.leftOpen), {
      class: 'top-toggle',
      'aria-controls': 'left',
      testid: 'top-left-toggle',
    });
    els.topbar.insertBefore(this.topToggle, els.topbar.children[1] ?? null);
    this.rightToggle = button('›', () => this.setRightCollapsed(!this.rightCollapsed), {
      class: 'panel-toggle right-toggle',
      'aria-controls': 'right',
      testid: 'right-toggle',
    });

    // The canvas changes size when a panel collapses or the window does: redraw, keep the
    // selection in view.
    new ResizeObserver(() => {
      cy.resize();
      this.keepSelectionInView();
    }).observe(els.canvas);
    window.addEventListener('resize', () => this.apply());
    // On a phone the open search panel covers everything: choosing something closes it.
    app.on('selection', () => {
      if (this.leftOpen && window.innerWidth <= PHONE_BELOW && app.selection) this.setLeft(false);
    });
    this.apply();
  }

  overlay(): boolean {
    return window.innerWidth < OVERLAY_BELOW;
  }

  setLeft(open: boolean): void {
    this.leftOpen = open;
    this.apply();
    if (open && this.overlay()) this.els.search().focus();
    this.keepSelectionInView();
  }

  setRightCollapsed(collapsed: boolean): void {
    this.rightCollapsed = collapsed;
    this.apply();
    if (!collapsed) this.focusPanel();
    this.keepSelectionInView();
  }

  /** Opens the left panel if it is collapsed and focuses the search box. */
  focusSearch(): void {
    if (!this.leftOpen) this.setLeft(true);
    const input = this.els.search();
    input.focus();
    input.select();
  }

  /** Moves focus into the right panel (its heading), remembering where it came from. */
  focusPanel(): void {
    const active = document.activeElement as HTMLElement | null;
    if (active && !this.els.right.contains(active) && active !== document.body)
      this.returnTo = active;
    if (this.rightCollapsed) {
      this.rightCollapsed = false;
      this.apply();
    }
    const target =
      this.els.right.querySelector<HTMLElement>('.right-body h2') ??
      this.els.right.querySelector<HTMLElement>('.right-head .panel-title');
    if (!target) return;
    target.tabIndex = -1;
    target.focus();
  }

  /** Focus goes back to what opened the panel (or the canvas) when the panel closes. */
  restoreFocus(): void {
    const back = this.returnTo?.isConnected ? this.returnTo : this.els.canvas;
    this.returnTo = null;
    back.focus();
  }

  /** Writes the panel state into classes and ARIA; called after every change to it. */
  apply(): void {
    const { root, left, right } = this.els;
    const overlay = this.overlay();
    const panel = right.dataset.panel ?? 'none';
    root.classList.toggle('overlay-panels', overlay);
    root.classList.toggle('left-collapsed', !this.leftOpen);
    root.classList.toggle('right-collapsed', this.rightCollapsed && panel !== 'none');
    root.classList.toggle('right-empty', panel === 'none');
    for (const t of [this.leftToggle, this.topToggle])
      t.setAttribute('aria-expanded', String(this.leftOpen));
    this.leftToggle.textContent = this.leftOpen ? '«' : '»';
    this.leftToggle.setAttribute(
      'aria-label',
      this.leftOpen ? 'Collapse search and filters' : 'Open search and filters',
    );
    left.toggleAttribute('data-collapsed', !this.leftOpen);
    this.rightToggle.setAttribute('aria-expanded', String(!this.rightCollapsed));
    this.rightToggle.textContent = this.rightCollapsed ? '‹' : '›';
    this.rightToggle.setAttribute(
      'aria-label',
      this.rightCollapsed ? 'Expand the panel' : 'Collapse the panel',
    );
  }

  /** The right panel was redrawn: its head needs the collapse button again. */
  panelRendered(head: HTMLElement): void {
    if (head.querySelector('.close')) head.querySelector('.close')!.before(this.rightToggle);
    else head.append(this.rightToggle);
    if (this.els.right.dataset.panel === 'none') this.rightCollapsed = false;
    this.apply();
    this.keepSelectionInView();
  }

  /**
   * Pans the canvas so the selected node or edge is in the part of it no panel covers: a panel
   * floating over the canvas (overlay mode), or one that just took its width.
   */
  keepSelectionInView(): void {
    requestAnimationFrame(() => {
      const sel = this.app.selection;
      if (!sel || this.cy.animated()) return;
      const ele = this.cy.getElementById(sel.id);
      if (ele.empty()) return;
      const free = this.freeRect();
      const p = this.renderedCentre(sel.id);
      const margin = 40;
      const inside =
        p.x >= free.x1 + margin &&
        p.x <= free.x2 - margin &&
        p.y >= free.y1 + margin &&
        p.y <= free.y2 - margin;
      if (inside || free.x2 - free.x1 < 2 * margin || free.y2 - free.y1 < 2 * margin) return;
      this.cy.panBy({ x: (free.x1 + free.x2) / 2 - p.x, y: (free.y1 + free.y2) / 2 - p.y });
    });
  }

  /** Brings an element to the middle of the free part of the canvas (search, "show" links). */
  reveal(id: string): void {
    const ele = this.cy.getElementById(id);
    if (ele.empty()) return;
    // Measured after the panel the selection opens has been laid out.
    requestAnimationFrame(() => {
      const free = this.freeRect();
      const zoom = Math.max(this.cy.zoom(), 1);
      const m = ele.isNode()
        ? ele.position()
        : (ele as unknown as { midpoint: () => { x: number; y: number } }).midpoint();
      this.cy.stop();
      this.cy.animate(
        {
          zoom,
          pan: { x: (free.x1 + free.x2) / 2 - m.x * zoom, y: (free.y1 + free.y2) / 2 - m.y * zoom },
        },
        { duration: 300 },
      );
    });
  }

  private renderedCentre(id: string): { x: number; y: number } {
    const ele = this.cy.getElementById(id);
    return ele.isNode()
      ? ele.renderedPosition()
      : (ele as unknown as { renderedMidpoint: () => { x: number; y: number } }).renderedMidpoint();
  }

  /** The part of the canvas (in its own pixels) no floating panel covers. */
  private freeRect(): { x1: number; y1: number; x2: number; y2: number } {
    const canvas = this.els.canvas.getBoundingClientRect();
    const free = { x1: 0, y1: 0, x2: canvas.width, y2: canvas.height };
    for (const panel of [this.els.left, this.els.right]) {
      if (getComputedStyle(panel).position !== 'fixed') continue;
      const r = panel.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const [x1, x2, y1] = [r.left - canvas.left, r.right - canvas.left, r.top - canvas.top];
      const tall = r.height > canvas.height / 2;
      if (tall && x2 >= free.x2 - 1 && x1 > free.x1) free.x2 = Math.min(free.x2, x1);
      else if (tall && x1 <= free.x1 + 1 && x2 < free.x2) free.x1 = Math.max(free.x1, x2);
      else if (y1 > free.y1) free.y2 = Math.min(free.y2, y1);
    }
    return free;
  }
}
