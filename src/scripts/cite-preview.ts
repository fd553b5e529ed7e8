/**
 * Previews a citation's source (title, publisher, date) while the citation is
 * hovered or focused, from the note at the end of the page. Without this
 * script a citation is a plain link to its note. A touch shows no preview (the
 * tap follows the link to the note), and any navigation within the page closes
 * it, so it never covers the line a back-link returns to.
 */
import { tooltip } from './tooltip';

export function startCitePreviews(doc: Document = document): void {
  const tip = tooltip(doc, 'cite-preview');
  let owner: HTMLAnchorElement | null = null;

  const show = (a: HTMLAnchorElement) => {
    const note = doc.getElementById(decodeURIComponent(a.hash.slice(1)));
    const body = note?.querySelector('.note-body');
    if (!body) return;
    tip.replaceChildren(...[...body.childNodes].map((n) => n.cloneNode(true)));
    for (const x of tip.querySelectorAll('a')) x.setAttribute('tabindex', '-1');
    tip.hidden = false;
    const r = a.getBoundingClientRect();
    const width = Math.min(320, doc.documentElement.clientWidth - 16);
    tip.style.width = `${width}px`;
    const left = Math.max(8, Math.min(r.left + r.width / 2 - width / 2, doc.documentElement.clientWidth - width - 8));
    const above = r.top > tip.offsetHeight + 16;
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${(above ? r.top - tip.offsetHeight - 8 : r.bottom + 8) + window.scrollY}px`;
    a.setAttribute('aria-describedby', tip.id);
    owner = a;
  };
  const hide = () => {
    tip.hidden = true;
    owner?.removeAttribute('aria-describedby');
    owner = null;
  };
  const citeOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLAnchorElement>('sup.cite > a') : null);

  doc.addEventListener('pointerover', (e) => {
    const a = citeOf(e.target);
    if (a && e.pointerType !== 'touch') show(a);
    else if (owner && !(e.target instanceof Node && tip.contains(e.target))) hide();
  });
  doc.addEventListener('click', (e) => {
    if (owner && citeOf(e.target)) hide();
  });
  doc.defaultView?.addEventListener('hashchange', hide);
  doc.addEventListener('focusin', (e) => {
    const a = citeOf(e.target);
    if (a) show(a);
    else hide();
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && owner) hide();
  });
  // The interaction that loaded this module may already be on a citation.
  const first = citeOf(doc.activeElement) ?? doc.querySelector<HTMLAnchorElement>('sup.cite > a:hover');
  if (first) show(first);
}
