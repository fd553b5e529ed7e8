import type { Config } from 'tailwindcss';
import typography from '@tailwindcss/typography';

/** Colours are CSS variables (src/styles/global.css) so light and dark share one set of classes. */
const token = (name: string) => `rgb(var(--${name}) / <alpha-value>)`;

export default {
  content: ['./src/**/*.{astro,ts,tsx,md,mdx}', './content/**/*.mdx'],
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
        quartet: token('theme-quartet'),
        elections: token('theme-elections'),
        sputnik: token('theme-sputnik'),
        talks: token('theme-talks'),
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Noto Sans"', '"Helvetica Neue"', 'Arial', 'sans-serif'],
        serif: ['"Iowan Old Style"', '"Palatino Linotype"', 'Charter', '"Bitstream Charter"', 'Georgia', '"Noto Serif"', 'serif'],
      },
      maxWidth: { measure: '68ch' },
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': 'rgb(var(--fg))',
            '--tw-prose-headings': 'rgb(var(--fg))',
            '--tw-prose-lead': 'rgb(var(--muted))',
            '--tw-prose-links': 'rgb(var(--accent))',
            '--tw-prose-bold': 'rgb(var(--fg))',
            '--tw-prose-counters': 'rgb(var(--muted))',
            '--tw-prose-bullets': 'rgb(var(--muted))',
            '--tw-prose-hr': 'rgb(var(--line))',
            '--tw-prose-quotes': 'rgb(var(--fg))',
            '--tw-prose-quote-borders': 'rgb(var(--line))',
            '--tw-prose-captions': 'rgb(var(--muted))',
            '--tw-prose-th-borders': 'rgb(var(--line))',
            '--tw-prose-td-borders': 'rgb(var(--line))',
            maxWidth: '68ch',
            a: { textUnderlineOffset: '0.18em', textDecorationThickness: '1px' },
            'a:hover': { textDecorationThickness: '2px' },
            h2: { fontFamily: 'inherit', letterSpacing: '-0.01em' },
          },
        },
      },
    },
  },
  plugins: [typography],
} satisfies Config;
