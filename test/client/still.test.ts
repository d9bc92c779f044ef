/**
 * When a moving view counts as still (graph/still.ts): the levels of detail and the viewport
 * bitmap both wait for it before their expensive work.
 */
import cytoscape from 'cytoscape';
import { pointerDown, Stillness } from '../../client/src/graph/still';

describe('Stillness', () => {
  it('is still only after the settle time and the frame count have both passed', () => {
    const s = new Stillness(150, 3);
    s.moved(1000);
    expect(s.frame(1016)).toBe(false);
    expect(s.frame(1033)).toBe(false);
    // Three frames, but only 50 ms: a gesture sending an event every frame is not a pause.
    expect(s.frame(1050)).toBe(false);
    expect(s.frame(1149)).toBe(false);
    expect(s.frame(1150)).toBe(true);
  });

  it('does not take one slow frame for a pause', () => {
    const s = new Stillness(150, 3);
    s.moved(0);
    // A single 400 ms frame: time has passed, but not three frames.
    expect(s.frame(400)).toBe(false);
    expect(s.frame(416)).toBe(false);
    expect(s.frame(433)).toBe(true);
  });

  it('starts counting again at every move', () => {
    const s = new Stillness(100, 2);
    s.moved(0);
    expect(s.frame(50)).toBe(false);
    s.moved(60);
    expect(s.frame(120)).toBe(false);
    expect(s.frame(159)).toBe(false);
    expect(s.frame(160)).toBe(true);
  });
});

describe('pointerDown', () => {
  it('says no pointer is down where there is no canvas (headless)', () => {
    const cy = cytoscape({ headless: true });
    expect(pointerDown(cy)).toBe(false);
    cy.destroy();
  });
});
