/**
 * The "API or Neo4j unavailable" banner. It says which of the two is down (asking /api/health
 * after a failure), offers a retry, and never touches the canvas: what was drawn stays.
 */
import { api, ApiError, onApiStatus } from '../api';
import { button, clear, el } from './dom';

export class Banner {
  private retry: (() => void) | null = null;

  constructor(private readonly root: HTMLElement) {
    root.dataset.testid = 'banner';
    onApiStatus((err) => {
      if (!err) this.hide();
      else void this.explain(err);
    });
  }

  /** Remembers what to do on "Retry" (the last action that failed). */
  setRetry(fn: () => void): void {
    this.retry = fn;
  }

  hide(): void {
    this.root.hidden = true;
    clear(this.root);
  }

  show(message: string): void {
    clear(this.root);
    this.root.append(
      el('span', { class: 'banner-text', text: message }),
      button(
        'Retry',
        () => {
          this.hide();
          (this.retry ?? (() => location.reload()))();
        },
        { 'aria-label': 'Retry the last request', testid: 'banner-retry' },
      ),
    );
    this.root.hidden = false;
  }

  private async explain(err: ApiError): Promise<void> {
    if (err.status === 0) {
      this.show(
        'The explorer cannot reach its server. What is on the canvas stays; retry when it is back.',
      );
      return;
    }
    try {
      const h = await api.health();
      if (h.status === 'unavailable')
        this.show(`The graph database is unavailable (${h.reason}). The canvas keeps what it had.`);
      else this.show(`The server had a problem: ${err.message}`);
    } catch {
      this.show(`The API is unavailable (${err.message}). The canvas keeps what it had.`);
    }
  }
}
