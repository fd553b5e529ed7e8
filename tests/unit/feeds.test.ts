import { describe, expect, it } from 'vitest';
import type { ExplainerEntry } from '../../src/lib/entries';
import { feedItems } from '../../src/lib/feeds';

const entry = (id: string, published: string, reviewed: string) =>
  ({ id: `en/${id}`, data: { title: id.toUpperCase(), summary: `About ${id}.`, published, reviewed } }) as unknown as ExplainerEntry;

describe('feedItems', () => {
  it('lists each explainer when published, and again when reviewed later, newest first', () => {
    const items = feedItems(
      [entry('a', '2026-01-01', '2026-01-01'), entry('b', '2026-02-01', '2026-03-01')],
      (e) => `/explainers/${e.id.slice(3)}/`,
      'Updated',
    );
    expect(items.map((i) => `${i.date} ${i.title} ${i.kind}`)).toEqual([
      '2026-03-01 Updated: B updated',
      '2026-02-01 B published',
      '2026-01-01 A published',
    ]);
    expect(new Set(items.map((i) => i.id)).size).toBe(3);
  });
});
