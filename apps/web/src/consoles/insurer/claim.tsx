import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useAction } from '../../api/hooks';
import { queries } from '../../api/queries';
import type { ClaimView, PhotoView } from '../../api/types';
import { AuthImage } from '../../components/auth-image';
import { ClaimDetails } from '../../components/case-bits';
import { FiledBy } from '../assistant/filed-by';
import { PhotoViewer } from '../../components/photo-viewer';
import { ErrorNote, FlagList, StatusBadge } from '../../components/status';
import { useI18n } from '../../i18n';
import { insurerName } from '../../lib/insurers';
import { formatFen, parseYuan, totalOf } from '../../lib/money';
import { needsApproval } from '../../lib/claim-buckets';
import { href } from '../../lib/routes';
import { useSession } from '../../session';

export function InsurerClaim({ claimId }: { claimId: string }) {
  const { t, tv, language } = useI18n();
  const { claims: identity } = useSession();
  const claim = useQuery(queries.claim(claimId));
  const caseId = claim.data?.caseId;
  const caseView = useQuery({ ...queries.case(caseId ?? ''), enabled: caseId !== undefined });
  const [open, setOpen] = useState<PhotoView | null>(null);
  if (claim.error) return <ErrorNote error={claim.error} />;
  if (!claim.data) return <p className="muted">{t('common.loading')}</p>;
  const data = claim.data;
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
          </div>
          <p className="small muted">
            {t('insurer.handling')}: {insurerName(data.handlingInsurer, language)} · {t('common.caseNo')}{' '}
            <span className="mono">{data.caseId}</span>
          </p>
          <FlagList flags={data.flags} />
          <FiledBy view={data} compact />
        </section>
        <section className="card">
          <h2>{t('insurer.photos')}</h2>
          <ErrorNote error={caseView.error} />
          <div className="gallery">
            {caseView.data?.photos.map((photo) => (
              <figure key={photo.photoId} className="gallery-item">
                <AuthImage path={photo.urls.preview} alt={tv('kind', photo.kind)} onClick={() => setOpen(photo)} />
                <figcaption>
                  <strong>{tv('kind', photo.kind)}</strong> · {t('common.party', { party: photo.party })}
                  <FlagList flags={photo.flags} block />
                </figcaption>
              </figure>
            ))}
          </div>
        </section>
      </div>
      <aside className="review-side stack">
        {data.status === 'ASSESSMENT_REJECTED' ? <p className="card banner warning">{t('insurer.rejected')}</p> : null}
        {canAssess ? <AssessmentForm claim={data} /> : null}
        {data.assessment || data.settlement ? (
          <section className="card">
            <ClaimDetails claim={data} />
            {data.settlement ? (
              <p className="small muted">
                {data.settlement.straightThrough ? t('insurer.straightThrough') : t('insurer.needsApproval')}
              </p>
            ) : null}
            {canApprove ? <Approve claimId={data.claimId} /> : null}
          </section>
        ) : null}
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
        <label>
          {t('insurer.note')}
          <textarea rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <ErrorNote error={action.error} />
        <button type="submit" disabled={action.busy || invalid.length > 0}>
          {t('insurer.assessButton')} · {formatFen(totalFen)}
        </button>
      </form>
    </section>
  );
}

function Approve({ claimId }: { claimId: string }) {
  const { t } = useI18n();
  const { api } = useSession();
  const action = useAction(claimMoved(claimId));
  return (
    <>
      <ErrorNote error={action.error} />
      <button
        type="button"
        disabled={action.busy}
        onClick={() => void action.run(() => api.post(`/claims/${claimId}/approval`))}
      >
        {t('insurer.approve')}
      </button>
    </>
  );
}
