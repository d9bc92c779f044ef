import { draftArticle, loadDraftContext } from './draft/index';
const ctx = loadDraftContext('seeds');
for (const t of process.argv.slice(2)) {
  const r = draftArticle({ text: t, date: '2026-03-06' }, ctx);
  console.log(
    t,
    '\n  ',
    r.entities.map((e) => `${e.id}:${e.mentions.map((m) => m.text).join('|')}`).join(' '),
    '\n  ',
    JSON.stringify(r.relationships.map((x) => [x.type, x.from, x.to, x.quote, x.rule])),
  );
}
