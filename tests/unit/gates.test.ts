import { describe, expect, it } from 'vitest';
import { publishGates } from '../../src/integrations/gates';

describe('the publish gates', () => {
  it('report the first failure only once all the work is done (Pagefind still writing into the staging folder)', async () => {
    const gates = publishGates();
    let indexed = false;
    gates.add(
      new Promise<void>((done) =>
        setTimeout(() => {
          indexed = true;
          done();
        }, 50),
      ),
    );
    gates.add(Promise.reject(new Error('the policy failed')));
    gates.add(Promise.reject(new Error('the budget failed')));
    await expect(gates.passed()).rejects.toThrow('the policy failed');
    expect(indexed).toBe(true);
  });

  it('pass when all the work does', async () => {
    const gates = publishGates();
    gates.add(Promise.resolve());
    await expect(gates.passed()).resolves.toBeUndefined();
  });
});
