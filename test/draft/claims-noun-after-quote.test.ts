/**
 * "dismissed as “baseless” American claims that Russia …": "claims" after an adjective of
 * nationality (or a determiner) is a noun, so the Americans are not the quote's speaker; "the
 * Kremlin claims" after a quote is still the verb. Short texts of our own.
 */
import { draft } from './helpers';

const said = (text: string) =>
  draft(text, '2026-11-20')
    .relationships.filter((r) => r.type === 'SAID')
    .map((r) => `${r.from}: ${r.quote}`);

describe('a verb form after a quote that is a noun', () => {
  it('does not make the nationality before it the speaker', () => {
    expect(
      said(
        'Iran\'s deputy foreign minister on Thursday dismissed as "baseless" American claims that Russia has been supplying Tehran with intelligence on U.S. forces.',
      ),
    ).toEqual(['iran: baseless']);
  });

  it('leaves the verb after a named speaker alone', () => {
    expect(
      said(
        '"We have never given Iran any data," the Kremlin claims, adding that the report was false.',
      ),
    ).toEqual(['kremlin: We have never given Iran any data']);
  });
});
