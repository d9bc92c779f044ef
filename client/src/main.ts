/**
 * The page's entry: small, and without Cytoscape. It starts the workers, asks for the first
 * graph and has the first painter draw it (first-screen.ts), and loads the explorer (explorer.ts,
 * with Cytoscape and the panels) as a chunk of its own, which takes over from there. On a phone
 * the first screen's names are on the canvas before Cytoscape's 150 kB are evaluated
 * (docs/benchmarks.md §3).
 */
import './styles.css';
import { warmApi } from './api';
import { startFirstScreen } from './first-screen';
import { warmLayoutWorker } from './graph/layout-offthread';
import { decodeView } from './state/url-state';
import { byId } from './ui/dom';

// The workers load their scripts (the contracts; the layout library, unless the link places
// every node) while the page evaluates, not after its first call.
warmApi();
const view = decodeView(location.search);
if (!(view.entities.length && view.entities.every((id) => view.positions[id]))) warmLayoutWorker();
const first = startFirstScreen(view, byId('cy'));
// The explorer's chunk (Cytoscape: ~150 kB gzip) is asked for once the page has painted, so its
// download never holds back the first paint; without frames (a hidden tab), shortly after.
let asked = false;
const explore = () => {
  if (asked) return;
  asked = true;
  void import('./explorer').then((m) => m.start(view, first));
};
requestAnimationFrame(() => setTimeout(explore, 0));
setTimeout(explore, 250);
