import { describe, expect, it } from 'vitest';
import { channels, themeCss } from '../../src/lib/theme-css';

describe('theme colours', () => {
  it('turns #rrggbb into the channels the colour tokens use', () => {
    expect(channels('#1e5ea8')).toBe('30 94 168');
    expect(channels('#FFFFFF')).toBe('255 255 255');
  });
  it('gives each theme its colour by data-theme, and the story its own, in light, system-dark and chosen-dark, and light in print', () => {
    const css = themeCss([
      { id: 'quartet', role: 'theme', accent: { light: '#1e5ea8', dark: '#82b0f0' } },
      { id: 'moscow-talks', role: 'story', accent: { light: '#6e3e96', dark: '#c4a0f0' } },
    ]);
    expect(css.split('\n')).toEqual([
      ':root{--story:110 62 150}[data-theme="moscow-talks"]{--th:110 62 150}[data-theme="quartet"]{--th:30 94 168}',
      '@media (prefers-color-scheme:dark){:root:not(.light){--story:196 160 240}:root:not(.light) [data-theme="moscow-talks"]{--th:196 160 240}:root:not(.light) [data-theme="quartet"]{--th:130 176 240}}',
      ':root.dark{--story:196 160 240}:root.dark [data-theme="moscow-talks"]{--th:196 160 240}:root.dark [data-theme="quartet"]{--th:130 176 240}',
      '@media print{:root:is(.dark,:not(.light)){--story:110 62 150}:root:is(.dark,:not(.light)) [data-theme="moscow-talks"]{--th:110 62 150}:root:is(.dark,:not(.light)) [data-theme="quartet"]{--th:30 94 168}}',
    ]);
  });
});
