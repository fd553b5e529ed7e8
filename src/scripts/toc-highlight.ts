/** Marks the contents entry of the section being read (aria-current="location"). */
export function startTocHighlight(doc: Document = document): void {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('.toc ol a[href^="#"]')];
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  const byId = new Map(links.map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
  const headings = [...byId.keys()].map((id) => doc.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  const visible = new Set<Element>();
  const mark = () => {
    // The current section is the last heading above the reading line.
    const line = window.innerHeight * 0.25;
    let current: HTMLElement | undefined;
    for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h;
    current ??= headings[0];
    for (const a of links) a.removeAttribute('aria-current');
    if (current) byId.get(current.id)?.setAttribute('aria-current', 'location');
  };
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) e.isIntersecting ? visible.add(e.target) : visible.delete(e.target);
    mark();
  });
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
