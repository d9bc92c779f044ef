/**
 * Builds the render benchmark's page and prints its folder (for the browser tests, which run
 * under jest's CommonJS and cannot load Vite themselves): `npx tsx scripts/src/bench/build-render-page.ts`.
 */
import { buildPage } from './render-bench';

buildPage().then(
  (dir) => console.log(dir),
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
