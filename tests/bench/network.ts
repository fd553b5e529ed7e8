/** Records what a page fetches: every response body, and when the network has gone quiet. */
import type { Page } from 'playwright-core';

export interface Fetched {
  url: string;
  type: string;
  body: Buffer;
}

export class Recorder {
  private inflight = 0;
  private lastChange = performance.now();
  private pending: Array<Promise<Fetched | undefined>> = [];

  constructor(page: Page) {
    page.on('request', () => {
      this.inflight++;
      this.lastChange = performance.now();
    });
    const done = () => {
      this.inflight = Math.max(0, this.inflight - 1);
      this.lastChange = performance.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    page.on('response', (r) => {
      this.pending.push(
        r
          .body()
          .then((body) => ({ url: r.url(), type: r.headers()['content-type'] ?? '', body }))
          // Redirects and aborted requests have no body.
          .catch(() => undefined),
      );
    });
  }

  /** Forgets everything fetched so far. */
  reset(): void {
    this.pending = [];
  }

  /** Waits until no request has been in flight for `quietMs` (at most `maxMs`), then returns what was fetched since the last reset. */
  async settle(quietMs = 500, maxMs = 15_000): Promise<Fetched[]> {
    const start = performance.now();
    while (performance.now() - start < maxMs && (this.inflight > 0 || performance.now() - this.lastChange < quietMs)) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const got = await Promise.all(this.pending);
    return got.filter((x): x is Fetched => x !== undefined);
  }
}
