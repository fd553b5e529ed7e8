import { describe, expect, it } from 'vitest';
import { RECORD_WEIGHT, recordHtml } from '../../src/lib/record-html';
import type { SearchRecord } from '../../src/lib/search-records';

const record: SearchRecord = {
  url: '/glossary/#quartet-principles',
  content: 'Quartet principles. Recognise Israel & renounce "violence" <now>.',
  language: 'en',
  meta: { title: 'Quartet principles (glossary)', summary: 'Three conditions.', date: '2006-01-30' },
  filters: { type: ['Glossary term'], theme: ['Quartet', 'Elections'] },
  sort: { date: '2006-01-30' },
};

describe('recordHtml', () => {
  const html = recordHtml(record);

  it('stores title and summary under names the ranking does not boost, and keeps other meta', () => {
    expect(html).toContain('<span data-pagefind-meta="label">Quartet principles (glossary)</span>');
    expect(html).toContain('<span data-pagefind-meta="about">Three conditions.</span>');
    expect(html).toContain('<span data-pagefind-meta="date">2006-01-30</span>');
    expect(html).not.toContain('data-pagefind-meta="title"');
    expect(html).not.toContain('data-pagefind-meta="summary"');
  });

  it('writes every filter value and sort key', () => {
    expect(html).toContain('<span data-pagefind-filter="type">Glossary term</span>');
    expect(html).toContain('<span data-pagefind-filter="theme">Quartet</span><span data-pagefind-filter="theme">Elections</span>');
    expect(html).toContain('<span data-pagefind-sort="date">2006-01-30</span>');
  });

  it('indexes only the content, escaped, at the record weight, in the record language', () => {
    expect(html).toContain(
      `<div data-pagefind-body data-pagefind-weight="${RECORD_WEIGHT}"><p>Quartet principles. Recognise Israel &amp; renounce &quot;violence&quot; &lt;now&gt;.</p></div>`,
    );
    expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
    expect(html).toContain('<html lang="en">');
    expect(RECORD_WEIGHT).toBeLessThan(1);
  });
});
