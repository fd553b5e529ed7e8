/**
 * Adding a script or a stylesheet to the page once, on demand. Each resolves when the file
 * has loaded; a stylesheet also resolves when it fails, since the page works without it.
 */
const loaded = new Map<string, Promise<void>>();

function once(key: string, load: () => Promise<void>): Promise<void> {
  let p = loaded.get(key);
  if (!p) {
    p = load();
    loaded.set(key, p);
  }
  return p;
}

export function script(src: string, doc: Document = document): Promise<void> {
  return once(
    src,
    () =>
      new Promise((resolve, reject) => {
        const s = doc.createElement('script');
        s.src = src;
        s.onload = () => resolve();
        s.onerror = () => reject(new Error(`could not load ${src}`));
        doc.head.append(s);
      }),
  );
}

export function stylesheet(href: string, doc: Document = document): Promise<void> {
  return once(
    href,
    () =>
      new Promise((resolve) => {
        // Another bundle of this site may have added it already.
        if (doc.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return resolve();
        const link = doc.createElement('link');
        link.rel = 'stylesheet';
        link.href = href;
        link.onload = () => resolve();
        link.onerror = () => resolve();
        doc.head.append(link);
      }),
  );
}
