/**
 * Glossary terms (links to the glossary, written by src/lib/marks.ts, termLink). The definition, read once
 * from the glossary page, shows
 *  - on hover and keyboard focus, beside the term: above it, or below when there is no room
 *    above, and always inside the screen (a tooltip the term is described by);
 *  - on a tap (touch or pen), in a sheet at the bottom of the screen with the glossary entry's link
 *    and a close button, instead of leaving the page; Escape, the button and a tap outside close it.
 * Without this script a term is a link to its glossary entry.
 */
import { tooltip } from './tooltip';

interface Entry {
  term: string;
  definition: string;
}
interface Glossary {
  entries: Map<string, Entry>;
  close: string;
  more: string;
}

const TERM = 'a.term';
const GAP = 8;

export function startTermPopovers(doc: Document = document): void {
  const win = doc.defaultView ?? window;
  const pages = new Map<string, Promise<Glossary | undefined>>();
  const load = (a: HTMLAnchorElement): Promise<Glossary | undefined> => {
    const page = a.href.split('#')[0] ?? '';
    let p = pages.get(page);
    if (!p) {
      p = fetch(page)
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
        .then((html) => {
          const g = new DOMParser().parseFromString(html, 'text/html');
          const dl = g.querySelector('dl[data-close]');
          const entries = new Map<string, Entry>();
          for (const div of g.querySelectorAll('dl > div[id]')) {
            entries.set(div.id, {
              term: div.querySelector('dt')?.textContent?.trim() ?? '',
              definition: div.querySelector('dd')?.textContent?.trim() ?? '',
            });
          }
          return { entries, close: dl?.getAttribute('data-close') ?? '×', more: dl?.getAttribute('data-entry') ?? '' };
        })
        .catch(() => {
          pages.delete(page);
          return undefined;
        });
      pages.set(page, p);
    }
    return p;
  };
  const entryOf = async (a: HTMLAnchorElement) => {
    const g = await load(a);
    const e = g?.entries.get(decodeURIComponent(a.hash.slice(1)));
    return g && e ? { g, e } : undefined;
  };

  // The tooltip beside a hovered or focused term.
  const tip = tooltip(doc, 'term-preview');
  let owner: HTMLAnchorElement | null = null;

  const place = (a: HTMLAnchorElement) => {
    const view = doc.documentElement.clientWidth;
    const r = a.getBoundingClientRect();
    const width = Math.min(320, view - 2 * GAP);
    tip.style.width = `${width}px`;
    const h = tip.offsetHeight;
    const left = Math.max(GAP, Math.min(r.left + r.width / 2 - width / 2, view - width - GAP));
    const room = { above: r.top - GAP, below: win.innerHeight - r.bottom - GAP };
    const above = room.above >= h + GAP || (room.below < h + GAP && room.above > room.below);
    const top = above ? Math.max(GAP, r.top - h - GAP) : Math.min(r.bottom + GAP, win.innerHeight - h - GAP);
    tip.style.left = `${left + win.scrollX}px`;
    tip.style.top = `${Math.max(GAP, top) + win.scrollY}px`;
  };
  const show = async (a: HTMLAnchorElement) => {
    owner = a;
    const found = await entryOf(a);
    if (!found || owner !== a || sheetOwner) return;
    const b = doc.createElement('b');
    b.textContent = found.e.term;
    tip.replaceChildren(b, found.e.definition);
    tip.hidden = false;
    place(a);
    a.setAttribute('aria-describedby', tip.id);
  };
  const hide = () => {
    tip.hidden = true;
    owner?.removeAttribute('aria-describedby');
    owner = null;
  };

  // The sheet a tap opens.
  const sheet = doc.createElement('div');
  sheet.className = 'term-sheet';
  sheet.setAttribute('role', 'dialog');
  sheet.setAttribute('aria-labelledby', 'term-sheet-title');
  sheet.hidden = true;
  doc.body.append(sheet);
  let sheetOwner: HTMLAnchorElement | null = null;

  const open = async (a: HTMLAnchorElement) => {
    const found = await entryOf(a);
    if (!found) {
      win.location.href = a.href;
      return;
    }
    hide();
    const title = doc.createElement('b');
    title.id = 'term-sheet-title';
    title.textContent = found.e.term;
    const close = doc.createElement('button');
    close.type = 'button';
    close.textContent = found.g.close;
    close.addEventListener('click', () => shut(true));
    const head = doc.createElement('div');
    head.append(title, close);
    const text = doc.createElement('p');
    text.textContent = found.e.definition;
    const more = doc.createElement('a');
    more.href = a.href;
    more.textContent = found.g.more;
    sheet.replaceChildren(head, text, more);
    sheet.hidden = false;
    sheetOwner = a;
    close.focus({ preventScroll: true });
  };
  /** Closes the sheet; `refocus` returns focus to the term (the button, Escape), not for a tap elsewhere. */
  const shut = (refocus: boolean) => {
    if (!sheetOwner) return;
    const a = sheetOwner;
    sheet.hidden = true;
    sheetOwner = null;
    if (refocus) {
      quiet = true;
      a.focus({ preventScroll: true });
      quiet = false;
    }
  };

  const termOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLAnchorElement>(TERM) : null);
  let touch = false;
  let quiet = false;
  doc.addEventListener(
    'pointerdown',
    (e) => {
      touch = e.pointerType !== 'mouse';
      const a = termOf(e.target);
      if (a) void load(a);
      if (sheetOwner && !(e.target instanceof Node && sheet.contains(e.target)) && !a) shut(false);
    },
    true,
  );
  doc.addEventListener('pointerover', (e) => {
    if (e.pointerType !== 'mouse') return;
    const a = termOf(e.target);
    if (a) void show(a);
    else if (owner && owner !== doc.activeElement && !(e.target instanceof Node && tip.contains(e.target))) hide();
  });
  doc.addEventListener('click', (e) => {
    const a = termOf(e.target);
    if (!a || !touch || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    void open(a);
  });
  doc.addEventListener('focusin', (e) => {
    const a = termOf(e.target);
    if (a && !touch && !quiet) void show(a);
    else if (owner && e.target !== owner) hide();
  });
  doc.addEventListener('focusout', (e) => {
    // Focus leaving the term for nothing (a blur): keep the definition only while the pointer is on it.
    if (owner && e.target === owner && !e.relatedTarget && !owner.matches(':hover')) hide();
  });
  doc.addEventListener('keydown', (e) => {
    touch = false;
    if (e.key !== 'Escape') return;
    if (sheetOwner) shut(true);
    else if (owner) hide();
  });
  win.addEventListener('hashchange', hide);
  // The interaction that loaded this module may already be on a term.
  const first = termOf(doc.activeElement) ?? doc.querySelector<HTMLAnchorElement>(`${TERM}:hover`);
  if (first) void show(first);
}
