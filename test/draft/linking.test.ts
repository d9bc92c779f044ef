/**
 * Mentions and linking on short texts of our own: registry aliases, case and diacritics,
 * typos, demonyms and capitals, role phrases, surnames, and new entities proposed with a slug
 * that collides with nothing.
 */
import { context, draft } from './helpers';

const entity = (text: string, id: string) => draft(text).entities.find((e) => e.id === id);

describe('linking', () => {
  it('links aliases, capitals and demonyms to the registry', () => {
    const d = draft('Moscow and Tehran met. The Russians said the Pentagon was wrong.');
    const ids = d.entities.map((e) => e.id);
    // "the Pentagon" is the building (a Location) in the registry since the seed review.
    expect(ids).toEqual(expect.arrayContaining(['russia', 'iran', 'pentagon']));
    expect(d.entities.find((e) => e.id === 'russia')?.mentions.map((m) => m.text)).toEqual([
      'Moscow',
      'Russians',
    ]);
  });

  it('forgives a typo in a registry name and says why', () => {
    const e = entity('Defense Secretary Pete Hegset spoke with Caroline Levitt.', 'pete-hegseth');
    expect(e?.status).toBe('existing');
    expect(e?.candidates[0]?.why).toMatch(/edit/);
    expect(entity('Caroline Levitt spoke.', 'karoline-leavitt')?.mentions[0]?.text).toBe(
      'Caroline Levitt',
    );
  });

  it('folds case and diacritics', () => {
    expect(entity('Officials in TEHRAN and Téhran agreed.', 'iran')?.mentions).toHaveLength(2);
  });

  it('"us" is never the United States', () => {
    expect(entity('Let us hope they are right.', 'united-states')).toBeUndefined();
  });

  it('proposes a new person with the title as role, and links the later surname to them', () => {
    const d = draft(
      'Kremlin spokesman Dmitry Peskov rejected the claim. Peskov said Moscow had done nothing.',
    );
    const e = d.entities.find((x) => x.name === 'Dmitry Peskov');
    expect(e).toMatchObject({ id: 'dmitry-peskov', label: 'Person', status: 'new' });
    expect(e?.mentions.map((m) => m.text)).toEqual(['Dmitry Peskov', 'Peskov']);
    expect(d.relationships).toContainEqual(
      expect.objectContaining({ type: 'REPRESENTS', from: 'dmitry-peskov', to: 'kremlin' }),
    );
  });

  it('gives a new entity a slug that collides with no registry id', () => {
    const ctx = context();
    const d = draft(
      'Russian President Vladimir Putin met President Macron. Emmanuel Macron, a French leader, agreed.',
    );
    for (const e of d.entities.filter((x) => x.status === 'new'))
      expect(ctx.byId.has(e.id)).toBe(false);
  });

  it('resolves "the defense secretary" only when one person in the article has that title', () => {
    const one = draft(
      'Defense Secretary Pete Hegseth spoke. Later the defense secretary said Iran was weak.',
    );
    expect(
      one.entities.find((e) => e.id === 'pete-hegseth')?.mentions.length,
    ).toBeGreaterThanOrEqual(2);
    const two = draft(
      'President Donald Trump called Russian President Vladimir Putin. The president said it went well.',
    );
    const trump = two.entities.find((e) => e.id === 'donald-trump')!;
    const putin = two.entities.find((e) => e.id === 'vladimir-putin')!;
    // Two presidents: the role phrase is linked to neither.
    expect(trump.mentions.map((m) => m.text)).not.toContain('The president');
    expect(putin.mentions.map((m) => m.text)).not.toContain('The president');
  });

  it('proposes outlets and countries it knows but the registry does not', () => {
    const d = draft('Turkey told Bloomberg that Ankara would stay neutral.');
    expect(d.entities.find((e) => e.name === 'Turkey')).toMatchObject({
      label: 'Country',
      status: 'new',
    });
    expect(d.entities.find((e) => e.name === 'Bloomberg')).toMatchObject({
      label: 'Outlet',
      status: 'new',
    });
  });
});
