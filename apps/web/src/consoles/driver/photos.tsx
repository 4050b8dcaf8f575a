import { useState, type ChangeEvent } from 'react';
import { useAction } from '../../api/hooks';
import {
  PHOTO_KINDS,
  REQUIRED_PHOTO_KINDS,
  type CaseView,
  type PhotoAnswer,
  type PhotoKind,
  type PhotoView,
} from '../../api/types';
import { AuthImage } from '../../components/auth-image';
import { PhotoViewer } from '../../components/photo-viewer';
import { ErrorNote } from '../../components/status';
import { useI18n } from '../../i18n';
import { missingRequiredKinds } from '../../lib/case-flow';
import { useSession } from '../../session';

const OPTIONAL_KINDS = PHOTO_KINDS.filter((kind) => !REQUIRED_PHOTO_KINDS.includes(kind));

/** Guided photos: the three required kinds first, each straight from the camera, then the others. */
export function GuidedPhotos({
  view,
  canUpload,
  highlight = [],
}: {
  view: CaseView;
  canUpload: boolean;
  highlight?: PhotoKind[];
}) {
  const { t, tv } = useI18n();
  const missing = missingRequiredKinds(view.photos);
  const [open, setOpen] = useState<PhotoView | null>(null);
  return (
    <section className="card">
      <h2>{t('case.photos')}</h2>
      {canUpload ? <p className="muted small">{t('case.photosIntro')}</p> : null}
      <p className={missing.length > 0 ? 'warning small' : 'ok small'} data-missing={missing.join(',')}>
        {missing.length > 0
          ? t('case.photosMissing', { kinds: missing.map((kind) => tv('kind', kind)).join('、') })
          : t('case.photosDone')}
      </p>
      <div className="shots">
        {[...REQUIRED_PHOTO_KINDS, ...OPTIONAL_KINDS].map((kind) => {
          const photos = view.photos.filter((photo) => photo.kind === kind);
          const required = REQUIRED_PHOTO_KINDS.includes(kind);
          if (!required && photos.length === 0 && !canUpload) return null;
          return (
            <Shot
              key={kind}
              caseId={view.caseId}
              kind={kind}
              required={required}
              wanted={highlight.includes(kind)}
              photos={photos}
              canUpload={canUpload}
              onOpen={setOpen}
              yourParty={view.yourParty}
            />
          );
        })}
      </div>
      {open ? <PhotoViewer photo={open} onClose={() => setOpen(null)} canOpenOriginal={false} /> : null}
    </section>
  );
}

function Shot({
  caseId,
  kind,
  required,
  wanted,
  photos,
  canUpload,
  onOpen,
  yourParty,
}: {
  caseId: string;
  kind: PhotoKind;
  required: boolean;
  wanted: boolean;
  photos: PhotoView[];
  canUpload: boolean;
  onOpen(photo: PhotoView): void;
  yourParty: string | null;
}) {
  const { t, tv } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const [preview, setPreview] = useState<string | null>(null);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const local = URL.createObjectURL(file);
    setPreview(local);
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name || 'photo.jpg');
    // Drivers are not shown fraud signals (issue 13): the answer's flags are always empty for them.
    await action.run(() => api.upload<PhotoAnswer>(`/cases/${caseId}/photos`, form));
    URL.revokeObjectURL(local);
    setPreview(null);
  };

  const hintKey = `kindHint.${kind}` as const;
  const hasHint = kind === 'FRONT_SIDE' || kind === 'REAR_SIDE' || kind === 'POINT_OF_IMPACT';
  return (
    <div
      className={`shot ${required ? 'required' : ''} ${wanted ? 'wanted' : ''} ${photos.length > 0 ? 'done' : ''}`}
      data-kind={kind}
    >
      <div className="shot-head">
        <strong>
          {photos.length > 0 ? '✓ ' : required || wanted ? '● ' : ''}
          {tv('kind', kind)}
        </strong>
        {hasHint ? <span className="muted small block">{t(hintKey as 'kindHint.FRONT_SIDE')}</span> : null}
      </div>
      <div className="thumbs">
        {photos.map((photo) => (
          <figure key={photo.photoId} className="thumb">
            <AuthImage
              path={photo.urls.thumbnail}
              alt={`${tv('kind', kind)} · ${t('common.party', { party: photo.party })}`}
              onClick={() => onOpen(photo)}
            />
            <figcaption>{photo.party === yourParty ? '' : t('common.party', { party: photo.party })}</figcaption>
          </figure>
        ))}
        {preview ? (
          <figure className="thumb uploading">
            <img src={preview} alt="" />
            <figcaption>{t('case.uploading')}</figcaption>
          </figure>
        ) : null}
      </div>
      <ErrorNote error={action.error} />
      {canUpload ? (
        <label className={`button ${photos.length > 0 ? 'secondary' : ''} camera`}>
          {t('case.takePhoto')}
          <input
            type="file"
            name={`photo-${kind}`}
            accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
            capture="environment"
            disabled={action.busy}
            onChange={(event) => void upload(event)}
          />
        </label>
      ) : null}
    </div>
  );
}
