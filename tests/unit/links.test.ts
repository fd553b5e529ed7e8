import { describe, expect, it } from 'vitest';
import { isFilePath, linkProblem, type PageAnchors } from '../../src/lib/links';

const pages = new Map<string, PageAnchors>([
  ['/explainers/quartet/', new Set(['top', 'the-roadmap'])],
  ['/explainers/draft/', 'draft'],
  ['/feed.xml', new Set()],
]);
const lookup = (path: string) => pages.get(path);

describe('internal links', () => {
  it('resolve pages, sections of pages and of the page itself, and files', () => {
    expect(linkProblem('/explainers/quartet/#the-roadmap', '/', lookup)).toBeUndefined();
    expect(linkProblem('/explainers/quartet', '/', lookup)).toBeUndefined();
    expect(linkProblem('#top', '/explainers/quartet/', lookup)).toBeUndefined();
    expect(linkProblem('/feed.xml', '/', lookup)).toBeUndefined();
    expect(linkProblem('/explainers/quartet/?q=x#the-roadmap', '/', lookup)).toBeUndefined();
  });
  it('say what is wrong', () => {
    expect(linkProblem('/explainers/elections/', '/', lookup)).toBe('there is no page /explainers/elections/ on the site');
    expect(linkProblem('/explainers/quartet/#nowhere', '/', lookup)).toBe('/explainers/quartet/ has no section "#nowhere"');
    expect(linkProblem('/explainers/draft/', '/', lookup)).toBe('that explainer is a draft and will not be published');
  });
  it('tell files from pages', () => {
    expect(isFilePath('/feed.xml')).toBe(true);
    expect(isFilePath('/timeline/')).toBe(false);
  });
});
