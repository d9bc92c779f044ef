/** GET /api/openapi.json: the OpenAPI 3.1 document, built once per app from the zod contracts. */
import { Router } from 'express';
import { buildOpenApiDocument } from '../http/openapi';
import serverPackage from '../../package.json';

export function openApiRouter(): Router {
  const router = Router();
  const document = buildOpenApiDocument(serverPackage.version);
  router.get('/', (_req, res) => {
    res.json(document);
  });
  return router;
}
