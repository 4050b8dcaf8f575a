/**
 * Photos are immutable: each path is fetched once per sign-in and shown from a blob: URL.
 * Signing in or out forgets them (and frees their memory).
 */
const cache = new Map<string, Promise<string>>();

export function cachedPhoto(path: string, fetchUrl: (path: string) => Promise<string>): Promise<string> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetchUrl(path);
    cache.set(path, pending);
    pending.catch(() => cache.delete(path));
  }
  return pending;
}

export function forgetPhotos(): void {
  for (const url of cache.values()) void url.then(URL.revokeObjectURL, () => undefined);
  cache.clear();
}
