/**
 * zod without its JIT. To decide whether it may compile object parsers with `new Function`, zod
 * probes for eval while the contract schemas are built; under our CSP (script-src 'self', no
 * 'unsafe-eval') that probe fails as intended but the browser still records a CSP violation for
 * every page load (Lighthouse's best-practices audit lists it). Imported first by main.ts, before
 * any schema exists; the interpreted parsers are what the browser ran anyway.
 */
import { config } from 'zod';

config({ jitless: true });
