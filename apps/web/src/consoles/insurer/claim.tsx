import { useEffect, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useAction, useLive } from '../../api/hooks';
import { live as liveSources, queries } from '../../api/queries';
import type { ClaimView, PhotoView } from '../../api/types';
import { AuthImage } from '../../components/auth-image';
import { ClaimDetails } from '../../components/case-bits';
import { FiledBy } from '../assistant/filed-by';
import { PhotoViewer } from '../../components/photo-viewer';
import { ErrorNote, FlagReport, StatusBadge } from '../../components/status';
import { useI18n } from '../../i18n';
import { insurerName } from '../../lib/insurers';
import { formatFen, parseYuan, totalOf } from '../../lib/money';
import { holdMessageKey } from '../../lib/case-facts';
import { canInvestigate, needsApproval } from '../../lib/claim-buckets';
import { href } from '../../lib/routes';
import { useSession } from '../../session';
import { ReasonField } from '../../components/reason-field';

export function InsurerClaim({ claimId }: { claimId: string }) {
  const { t, tv, language, dateTime } = useI18n();
  const { claims: identity } = useSession();
  const queryClient = useQueryClient();
  const claim = useQuery(queries.claim(claimId));
  // Live as the list is: the insurer's claims stream carries this claim's view as it changes, and
  // each pushed view replaces the one read, so a command's refetch and the stream agree.
  const live = useLive(liveSources.insurerClaims());
  const pushed = live.data?.items.find((item) => item.claimId === claimId);
  useEffect(() => {
    if (pushed) queryClient.setQueryData(queries.claim(claimId).queryKey, pushed);
  }, [queryClient, claimId, pushed]);
  const caseId = claim.data?.caseId;
  const caseView = useQuery({ ...queries.case(caseId ?? ''), enabled: caseId !== undefined });
  const [open, setOpen] = useState<PhotoView | null>(null);
  if (claim.error) return <ErrorNote error={claim.error} />;
  const data = claim.data;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const handling = data.handlingInsurer === identity?.insurer;
  const canAssess = handling && (data.status === 'OPEN' || data.status === 'ASSESSMENT_REJECTED');
  const canApprove = handling && needsApproval(data);
  return (
    <div className="review" data-claim-status={data.status}>
      <div className="review-main stack">
        <section className="card">
          <div className="row">
            <h2>{t('insurer.claim', { plate: data.plate, party: data.party })}</h2>
            <StatusBadge prefix="claim" status={data.status} />
            <span className={`live ${live.connected ? 'on' : 'off'}`}>
              {live.connected ? `● ${t('common.live')}` : t('common.reconnecting')}
            </span>
          </div>
          <p className="small muted">
            {t('insurer.handling')}: {insurerName(data.handlingInsurer, language)} · {t('common.caseNo')}{' '}
            <span className="mono">{data.caseId}</span>
          </p>
          <FlagReport flags={data.flags} details={data.flagDetails} />
          <FiledBy view={data} compact />
          {data.hold ? (
            <p className="hold warning small" data-hold={data.hold.reason}>
              <strong>{t('insurer.hold')}</strong>: {t(holdMessageKey(data.hold.reason, false))}{' '}
              <span className="muted">{t('hold.since', { time: dateTime(data.hold.since) })}</span>
            </p>
          ) : null}
          {data.investigation ? (
            <p className="small investigation">
              {t('insurer.investigation', { note: data.investigation.note })}{' '}
              <span className="muted">
                {t('insurer.investigationBy', {
                  adjuster: data.investigation.openedBy,
                  time: dateTime(data.investigation.openedAt),
                })}
              </span>
            </p>
          ) : null}
          {data.decline ? (
            <p className="banner warning declined">{t('insurer.declined', { reason: data.decline.reason })}</p>
          ) : null}
        </section>
        {data.rejections.length > 0 || data.assessments.length > 0 ? <History claim={data} /> : null}
        <section className="card">
          <h2>{t('insurer.photos')}</h2>
          <ErrorNote error={caseView.error} />
          <div className="gallery">
            {caseView.data?.photos.map((photo) => (
              <figure key={photo.photoId} className="gallery-item">
                <AuthImage path={photo.urls.preview} alt={tv('kind', photo.kind)} onClick={() => setOpen(photo)} />
                <figcaption>
                  <strong>{tv('kind', photo.kind)}</strong> · {t('common.party', { party: photo.party })}
                  <FlagReport flags={photo.flags} details={photo.flagDetails} block />
                </figcaption>
              </figure>
            ))}
          </div>
        </section>
      </div>
      <aside className="review-side stack">
        {data.status === 'ASSESSMENT_REJECTED' ? (
          <div className="card banner warning latest-rejection">
            <p>{t('insurer.rejected')}</p>
            {data.rejections.length > 0 ? (
              <blockquote>{data.rejections[data.rejections.length - 1]!.reason}</blockquote>
            ) : null}
          </div>
        ) : null}
        {canAssess ? <AssessmentForm claim={data} /> : null}
        {data.assessment || data.settlement ? (
          <section className="card">
            <ClaimDetails claim={data} />
            {data.settlement ? (
              <p className="small muted">
                {data.settlement.straightThrough ? t('insurer.straightThrough') : t('insurer.needsApproval')}
              </p>
            ) : null}
          </section>
        ) : null}
        {canApprove ? <Review claim={data} /> : null}
        <p className="small">
          <a href={href({ name: 'insurer' })}>← {t('nav.claims')}</a>
        </p>
      </aside>
      {open ? <PhotoViewer photo={open} onClose={() => setOpen(null)} canOpenOriginal /> : null}
    </div>
  );
}

/** What an adjuster's command changes: the claim, and the insurer's lists it appears in. */
const claimMoved = (claimId: string) => [queries.claim(claimId).queryKey, ['insurer']];

interface Line {
  description: string;
  amount: string;
}

/** Line items in yuan as typed; the total is integer fen, recomputed on every keystroke. */
function AssessmentForm({ claim }: { claim: ClaimView }) {
  const { t } = useI18n();
  const { api } = useSession();
  const action = useAction(claimMoved(claim.claimId));
  const [lines, setLines] = useState<Line[]>(() =>
    claim.assessment
      ? claim.assessment.lineItems.map((item) => ({
          description: item.description,
          amount: (item.amountFen / 100).toFixed(2),
        }))
      : [{ description: '', amount: '' }],
  );
  const [note, setNote] = useState('');
  const { totalFen, invalid } = totalOf(lines.map((line) => line.amount));
  const update = (index: number, change: Partial<Line>) =>
    setLines((current) => current.map((line, at) => (at === index ? { ...line, ...change } : line)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (invalid.length > 0) return;
    const lineItems = lines.map((line) => ({
      description: line.description.trim(),
      amountFen: parseYuan(line.amount)!,
    }));
    await action.run(() =>
      api.post(`/claims/${claim.claimId}/assessment`, { lineItems, ...(note.trim() ? { note: note.trim() } : {}) }),
    );
  };
  return (
    <section className="card">
      <form className="form assessment" onSubmit={(event) => void submit(event)}>
        <h3>{t('insurer.assessTitle')}</h3>
        <table className="lines editable">
          <thead>
            <tr>
              <th>{t('insurer.lineDescription')}</th>
              <th>{t('insurer.lineAmount')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <tr key={index} className={invalid.includes(index) && line.amount !== '' ? 'invalid' : ''}>
                <td>
                  <input
                    name={`line-${index}-description`}
                    required
                    maxLength={200}
                    value={line.description}
                    onChange={(e) => update(index, { description: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    name={`line-${index}-amount`}
                    required
                    inputMode="decimal"
                    value={line.amount}
                    onChange={(e) => update(index, { amount: e.target.value })}
                  />
                </td>
                <td>
                  {lines.length > 1 ? (
                    <button
                      type="button"
                      className="link"
                      aria-label={t('insurer.removeLine')}
                      onClick={() => setLines((current) => current.filter((_, at) => at !== index))}
                    >
                      ✕
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>{t('insurer.total')}</th>
              <td className="amount running-total" data-total-fen={totalFen}>
                {formatFen(totalFen)}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
        <button
          type="button"
          className="secondary"
          onClick={() => setLines([...lines, { description: '', amount: '' }])}
        >
          + {t('insurer.addLine')}
        </button>
        {invalid.some((index) => lines[index]?.amount !== '') ? (
          <p className="warning small">
            {t('insurer.invalidLines', { lines: invalid.map((index) => index + 1).join(', ') })}
          </p>
        ) : null}
        <ReasonField label={t('insurer.note')} value={note} onChange={setNote} required={false} />
        <ErrorNote error={action.error} />
        <button type="submit" disabled={action.busy || invalid.length > 0}>
          {t('insurer.assessButton')} · {formatFen(totalFen)}
        </button>
      </form>
    </section>
  );
}

/**
 * Every assessment round with the adjuster's own note, and what the claimant answered: the
 * reason of each rejection, or when (and whether by silence) it was accepted.
 */
function History({ claim }: { claim: ClaimView }) {
  const { t, dateTime } = useI18n();
  const rejectionOf = (round: number) =>
    claim.assessments.find((assessment) => assessment.round === round)?.rejection ??
    claim.rejections.find((rejection) => rejection.round === round);
  const rounds = claim.assessments.length > 0 ? claim.assessments : [];
  const orphanRejections = claim.rejections.filter(
    (rejection) => !rounds.some((assessment) => assessment.round === rejection.round),
  );
  return (
    <section className="card history-card">
      <h2>{t('insurer.assessments')}</h2>
      <ol className="history">
        {rounds.map((assessment) => {
          const rejection = rejectionOf(assessment.round);
          return (
            <li key={assessment.round} data-round={assessment.round}>
              <strong>{t('insurer.round', { round: assessment.round })}</strong> · {formatFen(assessment.totalFen)}{' '}
              <span className="muted small">
                {assessment.assessedBy} · {dateTime(assessment.assessedAt)}
              </span>
              {assessment.note ? (
                <p className="small own-note">
                  {t('insurer.yourNote')}: “{assessment.note}”
                </p>
              ) : null}
              {rejection ? (
                <p className="small rejection warning" data-rejection={assessment.round}>
                  {t('insurer.rejections')}: “{rejection.reason}”{' '}
                  <span className="muted">{t('insurer.rejectedAt', { time: dateTime(rejection.rejectedAt) })}</span>
                </p>
              ) : null}
              {assessment.accepted ? (
                <p className="small ok">
                  {t(assessment.accepted.bySilence ? 'insurer.acceptedBySilence' : 'insurer.acceptedAt', {
                    time: dateTime(assessment.accepted.acceptedAt),
                  })}
                </p>
              ) : null}
            </li>
          );
        })}
        {orphanRejections.map((rejection) => (
          <li key={`rejection-${rejection.round}`} data-round={rejection.round}>
            <strong>{t('insurer.round', { round: rejection.round })}</strong>
            <p className="small rejection warning" data-rejection={rejection.round}>
              {t('insurer.rejections')}: “{rejection.reason}”
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A held settlement (flagged, over the limit, or under investigation): approve, decline, or investigate. */
function Review({ claim }: { claim: ClaimView }) {
  const { t } = useI18n();
  const { api } = useSession();
  const action = useAction(claimMoved(claim.claimId));
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const post = (path: string, body?: unknown) => (event?: FormEvent) => {
    event?.preventDefault();
    void action.run(() => api.post(`/claims/${claim.claimId}/${path}`, body));
  };
  return (
    <section className="card review-claim">
      <h3>{t('insurer.review')}</h3>
      <ErrorNote error={action.error} />
      <button type="button" disabled={action.busy} onClick={post('approval')}>
        {t('insurer.approve')}
      </button>
      {canInvestigate(claim) ? (
        <details>
          <summary>{t('insurer.investigate')}</summary>
          <form className="form" onSubmit={post('investigation', { note: note.trim() })}>
            <ReasonField
              label={t('insurer.investigationNote')}
              value={note}
              onChange={setNote}
              name="investigation-note"
            />
            <button type="submit" className="secondary" disabled={action.busy}>
              {t('insurer.investigateButton')}
            </button>
          </form>
        </details>
      ) : null}
      <details>
        <summary>{t('insurer.decline')}</summary>
        <form className="form" onSubmit={post('decline', { reason: reason.trim() })}>
          <ReasonField label={t('insurer.declineReason')} value={reason} onChange={setReason} name="decline-reason" />
          <button type="submit" className="danger" disabled={action.busy}>
            {t('insurer.declineButton')}
          </button>
        </form>
      </details>
    </section>
  );
}
