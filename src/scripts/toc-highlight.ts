/**
 * Marks the contents entry of the section being read (aria-current="location") and names that
 * section in the phone's "On this page" control, which closes once a section is chosen (or on
 * Escape, returning focus to it).
 */
export function startTocHighlight(doc: Document = document): void {
  const narrow = doc.querySelector<HTMLDetailsElement>('details.toc-narrow');
  const now = narrow?.querySelector('.toc-now');
  narrow?.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('a')) narrow.open = false;
  });
  narrow?.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !narrow.open) return;
    narrow.open = false;
    narrow.querySelector('summary')?.focus();
  });
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('.toc ol a[href^="#"]')];
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  const byId = new Map<string, HTMLAnchorElement[]>();
  for (const a of links) {
    const id = decodeURIComponent(a.hash.slice(1));
    byId.set(id, [...(byId.get(id) ?? []), a]);
  }
  const headings = [...byId.keys()].map((id) => doc.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  const mark = () => {
    // The current section is the last heading above the reading line.
    const line = window.innerHeight * 0.25;
    let current: HTMLElement | undefined;
    for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h;
    for (const a of links) a.removeAttribute('aria-current');
    for (const a of byId.get((current ?? headings[0])?.id ?? '') ?? []) a.setAttribute('aria-current', 'location');
    // Named only once the reader is in a section: above the first, the control is just "On this page".
    if (now) now.textContent = current ? (byId.get(current.id)?.[0]?.textContent ?? '') : '';
  };
  const observer = new IntersectionObserver(mark);
  for (const h of headings) observer.observe(h);
  let queued = false;
  window.addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    },
    { passive: true },
  );
  mark();
}
