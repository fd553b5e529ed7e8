/**
 * Fetching what the page needs once, on demand: a script or a stylesheet, or any promise
 * (`once`). Each resolves when the file has loaded; a stylesheet also resolves when it fails,
 * since the page works without it.
 */
const loaded = new Map<string, Promise<unknown>>();

/** `load()`'s promise, made once per key; a failure is forgotten, so a later call tries again. */
export function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let p = loaded.get(key) as Promise<T> | undefined;
  if (!p) {
    p = load();
    p.catch(() => loaded.delete(key));
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
