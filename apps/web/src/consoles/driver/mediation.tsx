import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAction } from '../../api/hooks';
import { queries } from '../../api/queries';
import type { CaseView, ClaimView } from '../../api/types';
import { MediationBadge, MediationFailure, ProposalLines } from '../../components/mediation-bits';
import { ErrorNote } from '../../components/status';
import { useI18n } from '../../i18n';
import { mediationAsks } from '../../lib/mediation';
import { useSession } from '../../session';
import { ReasonField } from '../../components/reason-field';

const OPEN = ['REQUESTED', 'ASSIGNED', 'PROPOSED'];

/**
 * Online mediation from the driver's case (issue 15.2): ask for it on a review they dispute, or
 * on their claim rejected twice; follow it, and sign or refuse the mediator's proposal.
 */
export function CaseMediation({ view, claims }: { view: CaseView; claims: ClaimView[] }) {
  const mediations = view.mediations ?? [];
  const asks = mediationAsks(view, claims);
  const onReview = asks.onReview;
  const rejectedTwice = claims.filter((claim) => asks.claimIds.includes(claim.claimId));
  if (!onReview && rejectedTwice.length === 0 && mediations.length === 0) return null;
  return (
    <>
      {onReview ? <AskForMediation path={`/cases/${view.caseId}/mediation`} hint="mediation.askOnReview" /> : null}
      {rejectedTwice.map((claim) => (
        <AskForMediation
          key={claim.claimId}
          path={`/claims/${claim.claimId}/mediation`}
          hint="mediation.askOnClaim"
          plate={claim.plate}
        />
      ))}
      {mediations.map((entry) => (
        <MediationCard key={entry.mediationId} mediationId={entry.mediationId} />
      ))}
    </>
  );
}

function AskForMediation({
  path,
  hint,
  plate,
}: {
  path: string;
  hint: 'mediation.askOnReview' | 'mediation.askOnClaim';
  plate?: string;
}) {
  const { t } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <section className="card ask-mediation" data-path={path}>
      <h2>{t('mediation.askTitle')}</h2>
      <p className="small">{t(hint, { plate: plate ?? '' })}</p>
      <button type="button" className="secondary" onClick={() => setAsking(!asking)}>
        {t('mediation.ask')}
      </button>
      {asking ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void action.run(() => api.post(path, { reason: reason.trim() }));
          }}
        >
          <ReasonField label={t('mediation.askReason')} value={reason} onChange={setReason} name="mediation-reason" />
          <button type="submit" disabled={action.busy}>
            {t('mediation.askSend')}
          </button>
        </form>
      ) : null}
      <ErrorNote error={action.error} />
    </section>
  );
}

function MediationCard({ mediationId }: { mediationId: string }) {
  const { t, tv, dateTime } = useI18n();
  const { api } = useSession();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const mediation = useQuery({
    ...queries.mediation(mediationId),
    // The case's stream does not carry the mediation: read it again while it is open.
    refetchInterval: (query) => (query.state.data && !OPEN.includes(query.state.data.status) ? false : 3_000),
  });
  const action = useAction([queries.mediation(mediationId).queryKey]);
  if (mediation.error) return <ErrorNote error={mediation.error} />;
  const m = mediation.data;
  if (!m) return null;
  const canSign = m.status === 'PROPOSED' && m.yourParty !== null && !m.signedBy.includes(m.yourParty);
  return (
    <section className="card mediation-card attention" data-mediation-status={m.status}>
      <h2 className="row">
        {t('mediation.title')} <MediationBadge status={m.status} />
      </h2>
      <p className="small">
        {tv('mediation.kind', m.kind)} ·{' '}
        {t('mediation.requestedBy', {
          party: t('common.party', { party: m.requestedBy }),
          time: dateTime(m.requestedAt),
        })}
      </p>
      <p className="muted small">{tv('mediation.explain', m.status)}</p>
      {m.deadline && OPEN.includes(m.status) ? (
        <p className="small">{t('mediation.deadline', { time: dateTime(m.deadline) })}</p>
      ) : null}
      <ProposalLines mediation={m} />
      {m.status === 'AGREED' && m.agreedAt ? (
        <p className="banner ok">{t('mediation.agreed', { time: dateTime(m.agreedAt) })}</p>
      ) : null}
      <MediationFailure mediation={m} />
      {canSign ? (
        <>
          <div className="actions">
            <button
              type="button"
              disabled={action.busy}
              onClick={() => void action.run(() => api.post(`/mediations/${m.mediationId}/sign`))}
            >
              {t('mediation.sign')}
            </button>
            <button type="button" className="secondary" onClick={() => setRefusing(!refusing)}>
              {t('mediation.refuse')}
            </button>
          </div>
          {refusing ? (
            <form
              className="form"
              onSubmit={(event) => {
                event.preventDefault();
                void action.run(() => api.post(`/mediations/${m.mediationId}/refusal`, { reason: reason.trim() }));
              }}
            >
              <ReasonField label={t('mediation.refuseReason')} value={reason} onChange={setReason} />
              <button type="submit" className="danger" disabled={action.busy}>
                {t('mediation.refuse')}
              </button>
            </form>
          ) : null}
        </>
      ) : m.yourParty && m.signedBy.includes(m.yourParty) && m.status === 'PROPOSED' ? (
        <p className="ok">✓ {t('mediation.youSigned')}</p>
      ) : null}
      <ErrorNote error={action.error} />
    </section>
  );
}
