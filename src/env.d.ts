/** Set by the publish integration: true only under `astro dev`. */
declare const __SHOW_DRAFTS__: boolean;
