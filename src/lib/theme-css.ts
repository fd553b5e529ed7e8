/**
 * The CSS of the themes' colours, written from content/themes/*.yaml: an element with
 * data-theme="<id>" gets its theme's accent as --th, and the page gets the story's as
 * --story, each in the light and the dark scheme (and light in print). Tailwind's `theme` and `story` colours
 * read them, so a new theme file brings its colour with no change to the styles.
 */
export interface ThemeColours {
  id: string;
  role: 'theme' | 'story';
  accent: { light: string; dark: string };
}

/** "#1e5ea8" → "30 94 168": the channels the site's colour tokens use. */
export function channels(hex: string): string {
  const n = Number.parseInt(hex.replace(/^#/, ''), 16);
  return `${(n >> 16) & 255} ${(n >> 8) & 255} ${n & 255}`;
}

export function themeCss(themes: readonly ThemeColours[]): string {
  const sorted = [...themes].sort((a, b) => a.id.localeCompare(b.id));
  const rules = (scheme: 'light' | 'dark', scope: string) => {
    const story = sorted.find((th) => th.role === 'story');
    return [
      ...(story ? [`${scope || ':root'}{--story:${channels(story.accent[scheme])}}`] : []),
      ...sorted.map((th) => `${scope ? `${scope} ` : ''}[data-theme="${th.id}"]{--th:${channels(th.accent[scheme])}}`),
    ].join('');
  };
  return [
    rules('light', ''),
    `@media (prefers-color-scheme:dark){${rules('dark', ':root:not(.light)')}}`,
    rules('dark', ':root.dark'),
    // Print is always light, whatever the screen's scheme or the reader's choice.
    `@media print{${rules('light', ':root:is(.dark,:not(.light))')}}`,
  ].join('\n');
}
