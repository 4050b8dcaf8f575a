import { useEffect, useState } from 'react';
import { cachedPhoto } from '../lib/photo-cache';
import { useSession } from '../session';

export function useAuthorizedImage(path: string | null): { url: string | null; failed: boolean } {
  const { api } = useSession();
  const [state, setState] = useState<{ url: string | null; failed: boolean }>({ url: null, failed: false });
  useEffect(() => {
    if (!path) return undefined;
    let current = true;
    cachedPhoto(path, (missing) => api.blobUrl(missing)).then(
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
