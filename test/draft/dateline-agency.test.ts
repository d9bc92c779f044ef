/**
 * A wire story may open with its agency's tag alone, "(Bloomberg) --" or "(Reuters) -", no
 * place before it. The tag is a dateline: the agency is not the subject of the lead sentence.
 */
import { draft, find } from './helpers';

const TOPIC = 'russia-iran-intelligence-sharing';
const LEAD =
  'Iran\'s Foreign Ministry on Monday rejected reports that Russian satellites had passed targeting data to Iran, calling them "a lie."';

describe('an agency tag with no place opens the lead', () => {
  it.each(['(Reuters) - ', '(Bloomberg) -- ', '(Agence France-Presse) — '])(
    '%s: the ministry denies and says it, the agency does not',
    (tag) => {
      const d = draft(`${tag}${LEAD}`, '2026-04-06');
      const ministry = d.entities.find((e) => /Foreign Ministry/.test(e.name))!;
      expect(ministry).toBeDefined();
      expect(find(d, 'SAID', ministry.id, TOPIC).map((r) => r.quote)).toEqual(['a lie.']);
      expect(find(d, 'DENIED', ministry.id, TOPIC).length).toBeGreaterThan(0);
      const agency = d.entities.filter((e) => e.label === 'Outlet').map((e) => e.id);
      const byAgency = d.relationships.filter(
        (r) => agency.includes(r.from) && (r.type === 'SAID' || r.type === 'DENIED'),
      );
      expect(byAgency).toEqual([]);
    },
  );
});
