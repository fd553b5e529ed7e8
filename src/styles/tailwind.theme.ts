import type { Config } from 'tailwindcss';

/** Colours are CSS variables (src/styles/global.css) so light and dark share one set of classes. */
const token = (name: string) => `rgb(var(--${name}) / <alpha-value>)`;

export const corePlugins = {
  // global.css has a smaller reset of its own: Tailwind's preflight was ~1 KiB brotli.
  preflight: false,
  textOpacity: false,
  backgroundOpacity: false,
  borderOpacity: false,
  placeholderOpacity: false,
  divideOpacity: false,
  ringOpacity: false,
};

/**
 * The theme both Tailwind configurations share: tailwind.config.ts (what explainer pages
 * load) and src/styles/tailwind.pages.config.ts (the other pages' extra utilities).
 */
export const shared: Omit<Config, 'content'> = {
  // The system setting applies unless the reader chose a theme (html.light / html.dark).
  darkMode: ['variant', ['@media (prefers-color-scheme: dark) { &:not(:is(.light *)) }', '&:is(.dark *)']],
  theme: {
    extend: {
      colors: {
        bg: token('bg'),
        surface: token('surface'),
        fg: token('fg'),
        muted: token('muted'),
        line: token('line'),
        accent: token('accent'),
        'accent-fg': token('accent-fg'),
        mark: token('mark'),
        // The colour of the element's theme (data-theme="<id>") and of the story, from
        // content/themes/ (src/lib/theme-css.ts): a new theme needs no change here.
        theme: token('th'),
        story: token('story'),
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Noto Sans"', '"Helvetica Neue"', 'Arial', 'sans-serif'],
        serif: ['"Iowan Old Style"', '"Palatino Linotype"', 'Charter', '"Bitstream Charter"', 'Georgia', '"Noto Serif"', 'serif'],
      },
      maxWidth: { measure: '68ch' },
    },
  },
  // Bytes are budgeted (an explainer's first visit ≤ 14 KiB brotli): colours carry no separate
  // opacity variables, and Tailwind's per-element defaults go only where a utility needs them.
  corePlugins,
  // Words in scripts and prose that Tailwind would otherwise take for utility classes.
  blocklist: ['filter', 'truncate', 'visible', 'contents', 'lowercase', 'static', 'table'],
  experimental: { optimizeUniversalDefaults: true },
};
