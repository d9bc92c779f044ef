/** Arrow keys walk to the neighbour in the arrow's direction; nothing that way, no move. */
import { neighbourToward } from '../../client/src/view/walk';

const around = [
  { id: 'east', x: 100, y: 5 },
  { id: 'north', x: -10, y: -100 },
  { id: 'south-far', x: 0, y: 300 },
  { id: 'south-near-but-off', x: 90, y: 60 },
];

describe('neighbourToward', () => {
  it('picks the neighbour that lies in the arrow’s direction', () => {
    const o = { x: 0, y: 0 };
    expect(neighbourToward(o, around, 'right')).toBe('east');
    expect(neighbourToward(o, around, 'up')).toBe('north');
    // Straight down beats a nearer neighbour far off to the side.
    expect(neighbourToward(o, around, 'down')).toBe('south-far');
  });

  it('does not move when nothing lies that way', () => {
    expect(neighbourToward({ x: 0, y: 0 }, around, 'left')).toBeNull();
    expect(neighbourToward({ x: 0, y: 0 }, [], 'up')).toBeNull();
  });
});
