/**
 * Work that runs beside the steps after it, and that publishing waits for: Pagefind indexes while
 * the security policy is applied and the byte budgets are measured (its own process, and libuv's
 * threads). A step adds its work here instead of holding up the next one; the publish step
 * (staging.ts) waits for every one, and one that fails stops the build there, before anything is published.
 */
export interface Gates {
  /** Work under way (a check, the search index); its failure stops the build when the publish step waits for it. */
  add(work: Promise<void>): void;
  /**
   * Resolves once all the work added has finished; rejects with the first failure (in the order the work
   * was added), but only once every piece has settled: Pagefind writes into the staging folder until
   * it is done, and a build that stopped earlier would leave that folder behind.
   */
  passed(): Promise<void>;
}

export function publishGates(): Gates {
  const pending: Promise<void>[] = [];
  return {
    add(work) {
      // Its failure is reported when the publish step waits for it, not as an unhandled rejection before.
      work.catch(() => {});
      pending.push(work);
    },
    async passed() {
      const settled = await Promise.allSettled(pending);
      const failed = settled.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    },
  };
}
