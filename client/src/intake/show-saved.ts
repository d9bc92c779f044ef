/**
 * After a save: the article's entities and relationships join the canvas, marked `added`
 * (green) until the next save, and the intake screen closes.
 */
import type { Core } from 'cytoscape';
import type { ArticleSaved } from '@kg/server/contracts';
import { api } from '../api';
import type { App } from '../app';

export async function showSaved(app: App, cy: Core, saved: ArticleSaved): Promise<void> {
  app.openPanel(null);
  const ids = [...new Set([...saved.mentions, ...cy.nodes().map((n) => n.id())])];
  await app.busy('Adding the article', async () => {
    const payload = await api.graph({ ids, among: 'true', limit: 2000 });
    await app.merge(payload);
  });
  cy.elements('.added').removeClass('added');
  for (const id of saved.mentions) cy.getElementById(id).addClass('added');
  for (const r of saved.relationships)
    cy.getElementById(`${r.from}|${r.type}|${r.to}`).addClass('added');
  app.setStatus(
    `Added ${saved.article}: ${saved.relationships.length} statements, ${saved.created.entities.length} new entities.`,
    'info',
  );
}
