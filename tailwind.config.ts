import type { Config } from 'tailwindcss';
import { shared } from './src/styles/tailwind.theme';

export default {
  ...shared,
  // What an explainer page can render: the layout, the components, the explainer route, the
  // scripts and the content. The other pages add their own utilities in src/styles/pages.css
  // (src/styles/tailwind.pages.config.ts), so an explainer's first visit carries none of them.
  content: ['./src/{layouts,components,scripts,lib}/**/*.{astro,ts}', './src/pages/*/explainers/**/*.astro', './content/**/*.mdx'],
} satisfies Config;
