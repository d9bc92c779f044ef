/**
 * createApp builds the Express application from its dependencies and starts nothing: main.ts
 * listens, and tests drive the app in-process with supertest.
 */
import express, { type Express } from 'express';
import path from 'node:path';
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import helmet from 'helmet';
import compression from 'compression';
import { randomUUID } from 'node:crypto';
import type { Config } from './config';
import { errorHandler, HttpError } from './http/errors';
import { hostAllowlist } from './http/host-allowlist';
import { serveClient } from './http/static-client';
import { healthRouter } from './routes/health';
import { schemaRouter } from './routes/schema';
import { searchRouter } from './routes/search';
import { entitiesRouter } from './routes/entities';
import { pathsRouter } from './routes/paths';
import { graphRouter } from './routes/graph';
import { timelineRouter } from './routes/timeline';
import { articlesRouter } from './routes/articles';
import { topicsRouter } from './routes/topics';
import { cypherRouter } from './routes/cypher';
import { openApiRouter } from './routes/openapi';
import { intakeJson, intakeRouters } from './routes/intake';
import { duplicatesRouter, entityMergeRouter } from './routes/entity-resolution';

export interface AppDeps {
  driver: Driver;
  config: Config;
  logger: Logger;
  /** The built client to serve at /, when there is one. */
  clientDir?: string;
}

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

  // The routing table: one router per resource.
  app.use('/api/health', healthRouter(deps));
  app.use('/api/schema', schemaRouter(deps));
  app.use('/api/search', searchRouter(deps));
  app.use('/api/entities', entityMergeRouter(deps));
  app.use('/api/entities', entitiesRouter(deps));
  app.use('/api/duplicates', duplicatesRouter(deps));
  app.use('/api/paths', pathsRouter(deps));
  app.use('/api/graph', graphRouter(deps));
  app.use('/api/timeline', timelineRouter(deps));
  const intake = intakeRouters(deps);
  app.use('/api/drafts', intake.drafts);
  app.use('/api/articles', intake.articles);
  app.use('/api/articles', articlesRouter(deps));
  app.use('/api/topics', topicsRouter(deps));
  app.use('/api/cypher', cypherRouter(deps));
  app.use('/api/openapi.json', openApiRouter());

  app.use('/api', (req) => {
    throw new HttpError(404, 'not_found', `No API endpoint ${req.method} ${req.originalUrl}`);
  });

  if (deps.clientDir && fs.existsSync(path.join(deps.clientDir, 'index.html'))) {
    serveClient(app, deps.clientDir);
  }

  app.use(errorHandler);
  return app;
}
