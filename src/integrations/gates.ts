/**
 * Checks that run beside the steps after them (the byte budgets while Pagefind indexes, each on a
 * core of its own), and that publishing waits for: a check adds its work here instead of holding
 * up the next step; the publish step (staging.ts) waits for every one, and a check that fails stops
 * the build there, before anything is published.
 */
export interface Gates {
  /** A check under way; its failure stops the build when the publish step waits for it. */
  add(check: Promise<void>): void;
  /** Resolves once every check added has passed; rejects with the first failure. */
  passed(): Promise<void>;
}

export function publishGates(): Gates {
  const pending: Promise<void>[] = [];
  return {
    add(check) {
      // Its failure is reported when the publish step waits for it, not as an unhandled rejection before.
      check.catch(() => {});
      pending.push(check);
    },
    async passed() {
      await Promise.all(pending);
    },
  };
}
