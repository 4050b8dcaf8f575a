import { useEffect, useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import type { PhotoView } from '../api/types';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { useAuthorizedImage } from './auth-image';
import { FlagList } from './status';

const MIN_ZOOM = 1;
const MAX_ZOOM = 8;

/** A photo large enough to judge: the preview, zoom by buttons, wheel or pinch-free drag, and the original. */
export function PhotoViewer({
  photo,
  onClose,
  canOpenOriginal,
}: {
  photo: PhotoView;
  onClose(): void;
  canOpenOriginal: boolean;
}) {
  const { t, tv, dateTime } = useI18n();
  const { api } = useSession();
  const { url } = useAuthorizedImage(photo.urls.preview);
  const [zoom, setZoom] = useState(1);
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number } | null>(null);
  const [originalError, setOriginalError] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const zoomTo = (value: number) => {
    const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, value));
    setZoom(next);
    if (next === 1) setOffset({ x: 0, y: 0 });
  };
  const onWheel = (event: WheelEvent) => zoomTo(zoom * (event.deltaY < 0 ? 1.25 : 0.8));
  const onPointerDown = (event: PointerEvent) => {
    drag.current = { x: event.clientX - offset.x, y: event.clientY - offset.y };
    (event.target as Element).setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (drag.current && zoom > 1) setOffset({ x: event.clientX - drag.current.x, y: event.clientY - drag.current.y });
  };
  const openOriginal = async () => {
    setOriginalError(false);
    try {
      const original = photo.urls.preview.replace(/\/preview$/, '/original');
      window.open(await api.blobUrl(original), '_blank', 'noopener');
    } catch {
      setOriginalError(true);
    }
  };

  return (
    <div className="viewer" role="dialog" aria-modal="true" aria-label={tv('kind', photo.kind)}>
      <div className="viewer-bar">
        <strong>
          {tv('kind', photo.kind)} · {t('common.party', { party: photo.party })}
        </strong>
        {photo.takenAt ? <span>{dateTime(photo.takenAt)}</span> : null}
        <span className="grow" />
        <button type="button" onClick={() => zoomTo(zoom / 1.5)} aria-label={t('common.zoomOut')}>
          −
        </button>
        <span className="zoom-level">{Math.round(zoom * 100)}%</span>
        <button type="button" onClick={() => zoomTo(zoom * 1.5)} aria-label={t('common.zoomIn')}>
          +
        </button>
        {canOpenOriginal ? (
          <button type="button" onClick={() => void openOriginal()}>
            {t('common.fullSize')}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {originalError ? <p className="error">{t('error.CASE_NOT_FOUND')}</p> : null}
      <div
        className="viewer-stage"
        onWheel={onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onDoubleClick={() => zoomTo(zoom > 1 ? 1 : 2.5)}
      >
        {url ? (
          <img
            src={url}
            alt={tv('kind', photo.kind)}
            draggable={false}
            style={{ transform: `translate(${offset.x}px, ${offset.y}px) scale(${zoom})` }}
          />
        ) : (
          <span className="photo-loading" aria-busy="true" />
        )}
      </div>
      <div className="viewer-foot">
        <FlagList flags={photo.flags} />
      </div>
    </div>
  );
}
