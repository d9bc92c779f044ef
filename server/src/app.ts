/**
 * createApp builds the Express application from its dependencies and starts nothing: main.ts
 * listens, and tests drive the app in-process with supertest.
 */
import express, { type Express } from 'express';
import path from 'node:path';
import fs from 'node:fs';
import { pinoHttp } from 'pino-http';
import helmet from 'helmet';
import compression from 'compression';
import { randomUUID } from 'node:crypto';
import { DomainError } from './contracts/errors';
import type { AppDeps } from './deps';
import { errorHandler } from './http/errors';
import { ROUTES } from './routes/table';
import { intakeJson } from './routes/intake';
import { hostAllowlist } from './http/host-allowlist';
import { serveClient } from './http/static-client';

export type { AppDeps } from './deps';

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/api/health' },
    }),
  );
  app.use(hostAllowlist(deps.config));
  // upgrade-insecure-requests only when the page came over https (directly or through a TLS
  // proxy on loopback): over plain http on a LAN address it makes browsers ask for the assets
  // over https, which nothing serves, and the page stays blank.
  const securityHeaders = (https: boolean) =>
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // No inline script anywhere; Cytoscape and CodeMirror set inline styles at run time.
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
          'upgrade-insecure-requests': https ? [] : null,
        },
      },
    });
  const overHttps = securityHeaders(true);
  const overHttp = securityHeaders(false);
  app.use((req, res, next) => (req.secure ? overHttps : overHttp)(req, res, next));
  // gzip or brotli (whichever the client prefers) for every compressible answer, the API's
  // JSON included; the `compression` package negotiates Accept-Encoding and streams.
  app.use(compression());
  // Article text comes with the intake's writes: their routes parse larger bodies first.
  app.use(['/api/articles', '/api/drafts'], intakeJson);
  app.use(express.json({ limit: '100kb' }));

  // Every endpoint comes from the routing table (routes/table.ts), which also makes the OpenAPI
  // document: nothing is mounted here by hand.
  for (const r of ROUTES) app[r.method](r.path, ...r.handlers(deps));

  app.use('/api', (req) => {
    throw new DomainError('not_found', `No API endpoint ${req.method} ${req.originalUrl}`);
  });

  if (deps.clientDir && fs.existsSync(path.join(deps.clientDir, 'index.html'))) {
    serveClient(app, deps.clientDir);
  }

  app.use(errorHandler);
  return app;
}
