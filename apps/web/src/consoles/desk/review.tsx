import { useEffect, useState, type FormEvent } from 'react';
import { useAction, useLive } from '../../api/hooks';
import { live as liveSources } from '../../api/queries';
import {
  PHOTO_KINDS,
  SITUATION_CODES,
  type Allocation,
  type CaseView,
  type PhotoKind,
  type PhotoView,
} from '../../api/types';
import { AllocationText, CaseHeading, PartyCard } from '../../components/case-bits';
import { FiledBy } from '../assistant/filed-by';
import { AuthImage } from '../../components/auth-image';
import { Countdown } from '../../components/countdown';
import { PhotoViewer } from '../../components/photo-viewer';
import { ErrorNote, FlagList } from '../../components/status';
import { useI18n } from '../../i18n';
import { ALLOCATIONS, sameAllocation } from '../../lib/case-flow';
import { href } from '../../lib/routes';
import { useSession } from '../../session';

/** What the officer needs to judge: photos large, both parties' words, the suggestion and flags. */
export function DeskReview({ caseId }: { caseId: string }) {
  const { t, tv } = useI18n();
  const { api, claims } = useSession();
  const live = useLive(liveSources.case(caseId));
  const take = useAction();
  const [open, setOpen] = useState<PhotoView | null>(null);
  if (live.error) return <ErrorNote error={live.error} />;
  if (!live.data) return <p className="muted">{t('common.loading')}</p>;
  const view = live.data.case;
  const onDesk = ['AWAITING_POLICE', 'UNDER_REVIEW', 'DISPUTED'].includes(view.status);
  const heldByMe = view.status === 'UNDER_REVIEW' && holder(view) === claims?.sub;
  return (
    <div className="review" data-status={view.status}>
      <div className="review-main stack">
        <CaseHeading view={view} live={live} />
        <FiledBy view={view} />
        <section className="card">
          <h2>{t('case.photos')}</h2>
          <div className="gallery">
            {view.photos.map((photo) => (
              <figure key={photo.photoId} className="gallery-item" data-kind={photo.kind}>
                <AuthImage
                  path={photo.urls.preview}
                  alt={`${tv('kind', photo.kind)} · ${t('common.party', { party: photo.party })}`}
                  onClick={() => setOpen(photo)}
                />
                <figcaption>
                  <strong>{tv('kind', photo.kind)}</strong> · {t('common.party', { party: photo.party })}
                  <FlagList flags={photo.flags} block />
                </figcaption>
              </figure>
            ))}
          </div>
        </section>
        <section className="card parties two">
          <h2>{t('desk.circumstances')}</h2>
          {view.parties.map((party) => (
            <PartyCard key={party.party} party={party} you={false} />
          ))}
        </section>
      </div>
      <aside className="review-side stack">
        {view.policeRequest && onDesk ? (
          <section className="card">
            <p className="big-countdown">
              <Countdown deadline={view.policeRequest.deadline} skewMs={live.skewMs} />
            </p>
            {view.policeRequest.review ? <span className="badge badge-warn">{t('desk.review')}</span> : null}
          </section>
        ) : null}
        <section className="card">
          <h3>{t('desk.suggestion')}</h3>
          <p>{view.suggestion ? <AllocationText allocation={view.suggestion.allocation} /> : t('desk.noSuggestion')}</p>
          <h3>{t('common.flags')}</h3>
          <FlagList flags={view.flags} />
        </section>
        {!onDesk ? (
          <p className="card banner">{view.status === 'DECIDED' ? t('desk.decided') : t('desk.caseGone')}</p>
        ) : heldByMe ? (
          <Actions view={view} />
        ) : (
          <section className="card">
            <ErrorNote error={take.error} />
            <button
              type="button"
              disabled={take.busy}
              onClick={() => void take.run(() => api.post(`/cases/${view.caseId}/assignment`))}
            >
              {t('desk.take')}
            </button>
          </section>
        )}
        <p className="small">
          <a href={href({ name: 'desk' })}>← {t('nav.queue')}</a> ·{' '}
          <a href={href({ name: 'audit', caseId: view.caseId })}>{t('common.auditTrail')}</a>
        </p>
      </aside>
      {open ? <PhotoViewer photo={open} onClose={() => setOpen(null)} canOpenOriginal /> : null}
    </div>
  );
}

/** The officer holding the case: the last assignment in the timeline, while it is under review. */
function holder(view: CaseView): string | undefined {
  const assigned = [...view.timeline].reverse().find((entry) => entry.type === 'OfficerAssigned');
  return assigned?.actor?.sub;
}

function Actions({ view }: { view: CaseView }) {
  const { t, tv } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const declared = [...new Set(view.parties.flatMap((party) => party.situations))].sort();
  const [allocation, setAllocation] = useState<Allocation>(view.suggestion?.allocation ?? { A: 'EQUAL', B: 'EQUAL' });
  const [situations, setSituations] = useState<string[]>(declared);
  const [reasoning, setReasoning] = useState('');
  const [kinds, setKinds] = useState<PhotoKind[]>([]);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (view.suggestion) setAllocation(view.suggestion.allocation);
  }, [view.suggestion]);
  const post = (path: string, body: unknown) => (event: FormEvent) => {
    event.preventDefault();
    void action.run(() => api.post(`/cases/${view.caseId}/${path}`, body));
  };
  return (
    <>
      <section className="card">
        <p className="ok small">✓ {t('desk.takenByMe')}</p>
        <form
          className="form"
          onSubmit={post('liability/decision', { allocation, situations, reasoning: reasoning.trim() })}
        >
          <h3>{t('desk.decide')}</h3>
          <fieldset className="allocations">
            <legend>{t('desk.allocation')}</legend>
            {ALLOCATIONS.map((candidate) => (
              <label
                key={`${candidate.A}/${candidate.B}`}
                className={sameAllocation(candidate, allocation) ? 'on' : ''}
              >
                <input
                  type="radio"
                  name="allocation"
                  value={`${candidate.A}/${candidate.B}`}
                  checked={sameAllocation(candidate, allocation)}
                  onChange={() => setAllocation(candidate)}
                />
                <AllocationText allocation={candidate} />
                {sameAllocation(candidate, view.suggestion?.allocation) ? (
                  <span className="badge badge-info">{t('desk.suggestion')}</span>
                ) : null}
              </label>
            ))}
          </fieldset>
          <label>
            {t('desk.situations')}
            <select
              multiple
              name="situations"
              size={4}
              value={situations}
              onChange={(event) => setSituations([...event.target.selectedOptions].map((option) => option.value))}
            >
              {SITUATION_CODES.map((code) => (
                <option key={code} value={code}>
                  {code} {tv('situation', code)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('desk.reasoning')}
            <textarea
              name="reasoning"
              required
              rows={3}
              maxLength={2000}
              value={reasoning}
              onChange={(e) => setReasoning(e.target.value)}
            />
          </label>
          <button type="submit" disabled={action.busy}>
            {t('desk.decideButton')}
          </button>
        </form>
      </section>
      <details className="card">
        <summary>{t('desk.evidence')}</summary>
        <form className="form" onSubmit={post('evidence-request', { kinds, note: note.trim() })}>
          <div className="kinds">
            {PHOTO_KINDS.map((kind) => (
              <label key={kind} className="check">
                <input
                  type="checkbox"
                  checked={kinds.includes(kind)}
                  onChange={() =>
                    setKinds((current) =>
                      current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind],
                    )
                  }
                />
                {tv('kind', kind)}
              </label>
            ))}
          </div>
          <label>
            {t('desk.evidenceNote')}
            <textarea required rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="submit" className="secondary" disabled={action.busy || kinds.length === 0}>
            {t('desk.evidenceButton')}
          </button>
        </form>
      </details>
      <details className="card">
        <summary>{t('desk.refer')}</summary>
        <form className="form" onSubmit={post('referral', { reason: reason.trim() })}>
          <label>
            {t('desk.referReason')}
            <textarea required rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" className="danger" disabled={action.busy}>
            {t('desk.referButton')}
          </button>
        </form>
      </details>
      <ErrorNote error={action.error} />
    </>
  );
}
