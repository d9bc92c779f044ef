/**
 * The viewport bitmap's pure parts (graph/viewport-cache.ts): where Cytoscape draws a copy of the
 * screen once the view has moved, and which scenes use it. What
 * it looks like in a real browser is test/e2e/level-of-detail.test.ts.
 */
import cytoscape from 'cytoscape';
import { defaults } from '../../client/src/defaults';
import { bindViewportCache, cacheApplies, textureFor } from '../../client/src/graph/viewport-cache';

describe('textureFor', () => {
  const canvas = {} as HTMLCanvasElement;

  it('puts the copy over the model rectangle the screen showed when it was drawn', () => {
    // At zoom 2 with the pan at (100, -40), the screen's top-left corner is model (-50, 20).
    const t = textureFor(canvas, { zoom: 2, pan: { x: 100, y: -40 } }, 1280, 800);
    expect(t.viewport.mpan).toEqual({ x: -50, y: 20 });
    expect(t.viewport).toMatchObject({ zoom: 2, width: 1280, height: 800 });
    expect(t.texture).toBe(canvas);
  });

  it('keeps its own copy of the pan (Cytoscape hands out its live pan object)', () => {
    const pan = { x: 10, y: 20 };
    const t = textureFor(canvas, { zoom: 0.5, pan }, 640, 400);
    pan.x = 999;
    expect(t.viewport.pan).toEqual({ x: 10, y: 20 });
    expect(t.viewport.mpan).toEqual({ x: -20, y: -40 });
  });

  it('maps a model point to the same screen point before and after a pan', () => {
    // Cytoscape draws the texture at mpan in model units under the current transform: a point
    // at screen s (drawn at zoom z, pan p) lands at s + the pan's change.
    const vp = { zoom: 0.25, pan: { x: 300, y: 200 } };
    const t = textureFor(canvas, vp, 1280, 800);
    const model = { x: 400, y: -100 };
    const before = { x: model.x * vp.zoom + vp.pan.x, y: model.y * vp.zoom + vp.pan.y };
    // In the texture, the point sits at (model - mpan) * zoom.
    const inTexture = {
      x: (model.x - t.viewport.mpan.x) * t.viewport.zoom,
      y: (model.y - t.viewport.mpan.y) * t.viewport.zoom,
    };
    expect(inTexture).toEqual(before);
  });
});

describe('cacheApplies', () => {
  it('leaves scenes at or under the threshold to Cytoscape alone', () => {
    expect(cacheApplies(defaults.textureOnViewportAbove)).toBe(false);
    expect(cacheApplies(12)).toBe(false);
    expect(cacheApplies(defaults.textureOnViewportAbove + 1)).toBe(true);
  });
});

describe('bindViewportCache', () => {
  it('leaves a headless Cytoscape (no canvas to copy) untouched', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    bindViewportCache(cy, 'hold');
    cy.panBy({ x: 10, y: 10 });
    cy.zoom(2);
    expect(cy.zoom()).toBe(2);
    cy.destroy();
  });
});
