/**
 * Runs the four layouts on the canvas (whole view) and fcose on newcomers only (after an
 * expansion, so what the analyst arranged stays put). The options come from layouts.ts.
 */
import type { Core } from 'cytoscape';
import { defaults } from '../defaults';
import {
  concentricOptions,
  fcoseOptions,
  fcoseQualityFor,
  hierarchicalOptions,
  timeOrdered,
} from '../layouts';
import type { LayoutName } from '../state/url-state';
import { placeLabels, runLayout } from './canvas';
import { forceLayout } from './force-layout';
import { seedOf } from './seeded';
import { nextTask } from '../ui/next-task';

export async function arrangeAll(cy: Core, name: LayoutName, animated: boolean): Promise<void> {
  const animate = animated && cy.nodes().length < defaults.animateLayoutBelow;
  const visible = cy.elements().not('.filtered');
  if (name === 'fcose' && visible.nodes().length > defaults.fastLayoutAbove) {
    // Big scenes: the linear-time force layout, seeded by the view like fcose below.
    const ids = visible
      .nodes()
      .map((n) => n.id())
      .sort();
    const positions = forceLayout(
      ids,
      visible.edges().map((e) => [e.data('source') as string, e.data('target') as string] as const),
      { seed: seedOf([String(defaults.layoutSeed), ...ids]) },
    );
    await runLayout(visible, { name: 'preset', positions, animate, fit: true, padding: 40 });
  } else if (name === 'fcose') {
    const quality = fcoseQualityFor(
      visible.nodes().length,
      defaults.fcoseQuality,
      defaults.fcoseDraftAbove,
    );
    // Seeded by the view's node ids: the same view is drawn the same way on every load.
    const seed = seedOf([
      String(defaults.layoutSeed),
      ...visible
        .nodes()
        .map((n) => n.id())
        .sort(),
    ]);
    await runLayout(visible, fcoseOptions({ animate, quality, randomize: true }), seed);
  } else if (name === 'concentric') {
    await runLayout(visible, concentricOptions(animate));
  } else if (name === 'hierarchical') {
    const roots = visible
      .nodes()
      .roots()
      .map((n) => n.id());
    await runLayout(visible, hierarchicalOptions(animate, roots.slice(0, 30)));
  } else {
    const t = timeOrdered(
      visible.nodes().map((n) => ({ id: n.id(), date: n.data('date') })),
      visible.edges().map((e) => ({
        source: e.data('source'),
        target: e.data('target'),
        dates: e.data('dates'),
      })),
    );
    await runLayout(visible, {
      name: 'preset',
      positions: t.positions,
      animate,
      fit: true,
      padding: 40,
    });
  }
  // The labels in a task of their own: a layout and the label placement after it would
  // otherwise hold the main thread in one block.
  await nextTask();
  placeLabels(cy);
}

/** fcose on the newcomers and their anchor only: everything else stays where it is. */
export async function arrangeNewcomers(cy: Core, added: string[], anchor?: string): Promise<void> {
  if (!added.length) return;
  let eles = cy.collection();
  for (const id of added) eles = eles.union(cy.getElementById(id));
  const a = anchor ? cy.getElementById(anchor) : null;
  if (a && a.nonempty()) eles = eles.union(a);
  eles = eles.union(eles.edgesWith(eles));
  const fixed = a && a.nonempty() ? [{ nodeId: a.id(), position: { ...a.position() } }] : [];
  await runLayout(
    eles,
    {
      ...fcoseOptions({
        animate: added.length < defaults.animateLayoutBelow,
        quality: fcoseQualityFor(
          eles.nodes().length,
          defaults.fcoseQuality,
          defaults.fcoseDraftAbove,
        ),
        randomize: false,
      }),
      fit: false,
      fixedNodeConstraint: fixed,
      idealEdgeLength: defaults.expandRingRadius * 0.8,
    },
    seedOf([String(defaults.layoutSeed), ...added]),
  );
  placeLabels(cy);
  cy.nodes('.new').removeClass('new');
  for (const id of added) cy.getElementById(id).addClass('new');
  setTimeout(() => cy.nodes('.new').removeClass('new'), 2500);
}
