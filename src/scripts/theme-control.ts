/**
 * Keeps the theme buttons' pressed state in step with the theme. The inline
 * head script applies and stores the choice, so a click works even before
 * this module has loaded.
 */
export function currentTheme(classes: DOMTokenList): 'light' | 'dark' | 'system' {
  return classes.contains('dark') ? 'dark' : classes.contains('light') ? 'light' : 'system';
}

export function startThemeControl(doc: Document = document): void {
  const update = () => {
    const theme = currentTheme(doc.documentElement.classList);
    doc.querySelectorAll<HTMLElement>('[data-theme-set]').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.dataset['themeSet'] === theme));
    });
  };
  update();
  new MutationObserver(update).observe(doc.documentElement, { attributes: true, attributeFilter: ['class'] });
}
