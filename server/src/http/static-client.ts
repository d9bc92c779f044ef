/**
 * Serves the built explorer: Vite's hashed files under /assets/ never change under a given
 * name, so browsers keep them a year without asking; index.html names the current hashes and
 * is revalidated on every load, so a new build is picked up at once.
 */
import express, { type Express } from 'express';
import path from 'node:path';

const HASHED = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+$/;

export function serveClient(app: Express, clientDir: string): void {
  app.use(
    express.static(clientDir, {
      index: 'index.html',
      setHeaders: (res, file) => {
        res.setHeader(
          'Cache-Control',
          HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  // The explorer keeps its state in the query string; every other path is the app itself.
  app.get('/{*splat}', (_req, res) =>
    res.sendFile(path.join(clientDir, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } }),
  );
}
