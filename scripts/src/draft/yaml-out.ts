/**
 * A draft in the curated extraction format (seeds/extractions/<article>.yaml), for a person to
 * review: every relationship carries `draft: { confidence, rule }`, new entities sit in
 * `proposedEntities`, and the file is marked `draft: { status: unreviewed }`. Ingestion refuses
 * the file until all three are gone.
 */
import { stringify } from 'yaml';
import type { Draft } from '@kg/server/contracts';

export function toExtractionYaml(d: Draft): string {
  const endpoints = new Set(d.relationships.flatMap((r) => [r.from, r.to]));
  const mentions = d.entities.filter((e) => !endpoints.has(e.id)).map((e) => e.id);
  const proposed = d.entities
    .filter((e) => e.status === 'new')
    .map((e) => ({
      id: e.id,
      label: e.label,
      name: e.name,
      aliases: e.aliases,
      ...(e.role ? { role: e.role } : {}),
      description: `Proposed by the draft engine from ${e.mentions.length} mention(s)${e.role ? `; ${e.role}` : ''}. Write a real description.`,
    }));
  const body = {
    article: d.article.id,
    draft: { status: 'unreviewed', extractor: 'rules' },
    mentions,
    relationships: d.relationships.map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      ...(r.quote ? { quote: r.quote } : {}),
      evidence: r.evidence.length === 1 ? r.evidence[0] : r.evidence,
      ...(r.date ? { date: r.date } : {}),
      ...(r.alleged ? { alleged: r.alleged } : {}),
      ...(r.detail ? { detail: r.detail } : {}),
      draft: { confidence: r.confidence, rule: r.rule },
    })),
    ...(proposed.length ? { proposedEntities: proposed } : {}),
  };
  const head = [
    `# Draft extraction of "${d.article.title.replace(/\n/g, ' ')}"${d.article.date ? ` (${d.article.date})` : ''}.`,
    '# UNREVIEWED: check every relationship, then delete each `draft:` marker, move',
    '# proposedEntities into entities.yaml and delete that section and the top-level `draft:`.',
    ...d.notes.map((n) => `# Note: ${n}`),
  ].join('\n');
  return `${head}\n${stringify(body, { lineWidth: 0 })}`;
}
