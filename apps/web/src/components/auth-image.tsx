import { useEffect, useState } from 'react';
import { useSession } from '../session';

/** Photos are immutable: each path is fetched once per sign-in and shown from a blob: URL. */
const cache = new Map<string, Promise<string>>();

export function forgetPhotos(): void {
  for (const url of cache.values()) void url.then(URL.revokeObjectURL, () => undefined);
  cache.clear();
}

export function useAuthorizedImage(path: string | null): { url: string | null; failed: boolean } {
  const { api } = useSession();
  const [state, setState] = useState<{ url: string | null; failed: boolean }>({ url: null, failed: false });
  useEffect(() => {
    if (!path) return undefined;
    let current = true;
    let pending = cache.get(path);
    if (!pending) {
      pending = api.blobUrl(path);
      cache.set(path, pending);
      pending.catch(() => cache.delete(path));
    }
    pending.then(
      (url) => current && setState({ url, failed: false }),
      () => current && setState({ url: null, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [api, path]);
  return state;
}

export function AuthImage({
  path,
  alt,
  className,
  onClick,
}: {
  path: string;
  alt: string;
  className?: string;
  onClick?: () => void;
}) {
  const { url, failed } = useAuthorizedImage(path);
  if (failed) return <span className={`photo-missing ${className ?? ''}`}>{alt}</span>;
  if (!url) return <span className={`photo-loading ${className ?? ''}`} aria-busy="true" />;
  const image = <img src={url} alt={alt} className={className} loading="lazy" />;
  return onClick ? (
    <button type="button" className="photo-button" onClick={onClick} aria-label={alt}>
      {image}
    </button>
  ) : (
    image
  );
}
