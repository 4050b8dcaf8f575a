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
import { ErrorNote, FlagReport } from '../../components/status';
import { useI18n } from '../../i18n';
import { distanceMessage, photoTimingMessage } from '../../lib/case-facts';
import { ALLOCATIONS, sameAllocation } from '../../lib/case-flow';
import { districtById } from '../../lib/districts';
import { href } from '../../lib/routes';
import { useSession } from '../../session';
import { ReasonField } from '../../components/reason-field';

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
                  <PhotoFacts photo={photo} />
                  <FlagReport flags={photo.flags} details={photo.flagDetails} linkTo={deskCase} block />
                </figcaption>
              </figure>
            ))}
          </div>
        </section>
        <Account view={view} />
        {view.disputedDecision ? <FirstDecision first={view.disputedDecision} /> : null}
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
        <section className="card suggestion" data-rule={view.suggestion?.rule ?? ''}>
          <h3>{t('desk.suggestion')}</h3>
          <p>{view.suggestion ? <AllocationText allocation={view.suggestion.allocation} /> : t('desk.noSuggestion')}</p>
          {view.suggestion ? (
            <div className="small why">
              <strong>{t('desk.suggestionWhy')}</strong>: {tv('rule', view.suggestion.rule)}
              <ul className="situations-list">
                {(view.suggestion.matched ?? []).map((match) => (
                  <li key={match.party} data-matched={match.party}>
                    {t('desk.matched', {
                      party: t('common.party', { party: match.party }),
                      situations: match.situations.map((code) => `${code} ${tv('situation', code)}`).join('；'),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <h3>{t('common.flags')}</h3>
          <FlagReport flags={view.flags} details={view.flagDetails} linkTo={deskCase} />
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

const deskCase = (caseId: string) => href({ name: 'desk-case', caseId });

/** The reporter's account: when, where, the weather and what happened, in their words. */
function Account({ view }: { view: CaseView }) {
  const { t, tv, dateTime, language } = useI18n();
  const district = view.location ? (districtById(view.location.district)?.[language] ?? view.location.district) : '';
  return (
    <section className="card account">
      <h2>{t('desk.account')}</h2>
      <dl className="facts">
        <dt>{t('desk.occurredAt')}</dt>
        <dd>{dateTime(view.occurredAt)}</dd>
        <dt>{t('desk.reportedAt')}</dt>
        <dd>{dateTime(view.reportedAt)}</dd>
        <dt>{t('desk.place')}</dt>
        <dd>
          {view.location?.address} {district ? `· ${district}` : ''}
        </dd>
        <dt>{t('desk.weather')}</dt>
        <dd data-weather={view.weather ?? ''}>{view.weather ? tv('weather', view.weather) : '—'}</dd>
        <dt>{t('desk.description')}</dt>
        <dd className="description">
          {view.description ? `“${view.description}”` : <span className="muted">{t('desk.noDescription')}</span>}
        </dd>
      </dl>
    </section>
  );
}

/** Where and when a photo was taken (its EXIF), against the reported place and time. */
function PhotoFacts({ photo }: { photo: PhotoView }) {
  const { t, dateTime } = useI18n();
  const distance = photo.distanceMeters === undefined ? null : distanceMessage(photo.distanceMeters);
  const timing = photo.minutesFromAccident === undefined ? null : photoTimingMessage(photo.minutesFromAccident);
  return (
    <span className="photo-facts small block" data-distance={photo.distanceMeters ?? ''}>
      <span className="block">
        {photo.takenAt ? t('desk.photoTaken', { time: dateTime(photo.takenAt) }) : t('desk.photoNoTime')}
        {timing ? ` · ${t(timing.key, { minutes: t('common.minutes', timing.params) })}` : ''}
      </span>
      <span className="block">
        {photo.position
          ? t('desk.photoPosition', { position: `${photo.position.lat.toFixed(5)}, ${photo.position.lng.toFixed(5)}` })
          : t('desk.photoNoPosition')}
        {distance ? ` · ${t('desk.photoDistance', { distance: t(distance.key, distance.params) })}` : ''}
      </span>
    </span>
  );
}

/** On a review: the decision the parties disputed, its reasoning, and each party's reason. */
function FirstDecision({ first }: { first: NonNullable<CaseView['disputedDecision']> }) {
  const { t, tv, dateTime } = useI18n();
  return (
    <section className="card first-decision attention">
      <h2>{t('desk.firstDecision')}</h2>
      <p>
        <AllocationText allocation={first.allocation} />
      </p>
      <p className="muted small">
        {t('desk.firstDecisionBy', { officer: first.decidedBy, time: dateTime(first.decidedAt) })}
      </p>
      {first.situations.length > 0 ? (
        <ul className="situations-list small">
          {first.situations.map((code) => (
            <li key={code}>
              <strong>{code}</strong> {tv('situation', code)}
            </li>
          ))}
        </ul>
      ) : null}
      <h3>{t('desk.firstReasoning')}</h3>
      <blockquote className="first-reasoning">{first.reasoning}</blockquote>
      <h3>{t('desk.disputes')}</h3>
      <ul className="disputes">
        {first.disputes.map((dispute) => (
          <li key={dispute.party} data-dispute={dispute.party}>
            <strong>{t('desk.disputeOf', { party: t('common.party', { party: dispute.party }) })}</strong>“
            {dispute.reason}”<span className="muted small"> · {dateTime(dispute.disputedAt)}</span>
          </li>
        ))}
      </ul>
    </section>
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
          <fieldset className="chips" aria-label={t('desk.situations')}>
            <legend>{t('desk.situations')}</legend>
            {SITUATION_CODES.map((code) => {
              const checked = situations.includes(code);
              return (
                <label
                  key={code}
                  className={`chip ${checked ? 'on' : ''} ${declared.includes(code) ? 'declared' : ''}`}
                >
                  <input
                    type="checkbox"
                    name="situations"
                    value={code}
                    checked={checked}
                    onChange={() =>
                      setSituations((current) =>
                        checked ? current.filter((candidate) => candidate !== code) : [...current, code].sort(),
                      )
                    }
                  />
                  <span className="code">{code}</span> {tv('situation', code)}
                </label>
              );
            })}
          </fieldset>
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
          <ReasonField label={t('desk.evidenceNote')} value={note} onChange={setNote} />
          <button type="submit" className="secondary" disabled={action.busy || kinds.length === 0}>
            {t('desk.evidenceButton')}
          </button>
        </form>
      </details>
      <details className="card">
        <summary>{t('desk.refer')}</summary>
        <form className="form" onSubmit={post('referral', { reason: reason.trim() })}>
          <ReasonField label={t('desk.referReason')} value={reason} onChange={setReason} />
          <button type="submit" className="danger" disabled={action.busy}>
            {t('desk.referButton')}
          </button>
        </form>
      </details>
      <ErrorNote error={action.error} />
    </>
  );
}
