/**
 * The shared contracts as the explorer's bundle imports them: vite.config.ts points
 * `@kg/server/contracts` here, so zod is configured (zod-config.ts) before any schema is built,
 * whichever lazy chunk (or the API worker) builds them first. The first screen imports only
 * `@kg/server/contracts/constants`, which holds no schema.
 */
import './zod-config';
export * from '../../server/src/contracts/index';
