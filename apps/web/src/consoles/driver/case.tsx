import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useAction, useLive } from '../../api/hooks';
import { live as liveSources, type LiveCase } from '../../api/queries';
import type { Allocation, CaseView, ClaimView, PartyId } from '../../api/types';
import { AllocationText, CaseHeading, ClaimDetails, PartyCard } from '../../components/case-bits';
import { Countdown } from '../../components/countdown';
import { QrCode } from '../../components/qr-code';
import { ErrorNote, StatusBadge } from '../../components/status';
import { useI18n } from '../../i18n';
import { holdMessageKey, nextStepMessage } from '../../lib/case-facts';
import { driverStep, otherParty, type DriverStep } from '../../lib/case-flow';
import { districtById } from '../../lib/districts';
import { formatFen } from '../../lib/money';
import { href, joinLink } from '../../lib/routes';
import { useSession } from '../../session';
import { CaseDocuments } from './documents';
import { CaseMediation } from './mediation';
import { GuidedPhotos } from './photos';
import { SituationPicker } from './situations';
import { ReasonField } from '../../components/reason-field';

/** One accident from the driver's phone, following the case live as it moves on. */
export function DriverCase({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const live = useLive(liveSources.case(caseId));
  useReadAgainWhenDeskIsLate(caseId, live.data?.case, live.skewMs);
  if (live.error) return <ErrorNote error={live.error} />;
  if (!live.data) return <p className="muted">{t('common.loading')}</p>;
  const view = live.data.case;
  const step = driverStep(view);
  return (
    <div className="stack driver-case" data-status={view.status}>
      <CaseHeading view={view} live={live} />
      <NextStep view={view} />
      <Outcome view={view} />
      {view.referral ? <Referral referral={view.referral} /> : null}
      {step.inviteOther ? <Invite view={view} /> : null}
      {step.answerEvidenceRequest ? <EvidenceRequest view={view} /> : null}
      {step.waitingForPolice ? <PoliceWait view={view} skewMs={live.skewMs} /> : null}
      {step.respondToDecision || view.status === 'DECIDED' ? <Decision view={view} step={step} /> : null}
      <CaseMediation view={view} claims={live.data.claims} />
      {step.chooseLiabilityPath || step.signAgreement || step.awaitingSignature ? (
        <LiabilityPath view={view} step={step} />
      ) : null}
      {['LIABILITY_FINAL', 'SETTLING', 'CLOSED'].includes(view.status) ? (
        <Claims view={view} claims={live.data.claims} />
      ) : null}
      <CaseDocuments view={view} claims={live.data.claims} />
      <GuidedPhotos
        view={view}
        canUpload={step.uploadPhotos}
        highlight={step.answerEvidenceRequest ? (view.evidenceRequest?.kinds ?? []) : []}
      />
      {step.declareSituations ? <SituationPicker view={view} /> : null}
      <section className="card parties">
        <h2>{t('case.parties')}</h2>
        {view.parties.map((party) => (
          <PartyCard key={party.party} party={party} you={party.party === view.yourParty} />
        ))}
        {view.parties.length < 2 ? <p className="muted">{t('case.waitingForB')}</p> : null}
      </section>
      {step.withdraw ? <Withdraw caseId={view.caseId} /> : null}
      <p className="small">
        <a href={href({ name: 'audit', caseId: view.caseId })}>{t('common.auditTrail')}</a>
      </p>
    </div>
  );
}

/**
 * The stream pushes what events change; the desk running late is only time passing. So at the
 * desk's deadline the case is read again, and its `nextStep` tells the driver what happens now.
 */
function useReadAgainWhenDeskIsLate(caseId: string, view: CaseView | undefined, skewMs: number) {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const deadline = view?.nextStep === 'WAIT_FOR_OFFICER' ? view.policeRequest?.deadline : undefined;
  useEffect(() => {
    if (!deadline) return;
    const serverNow = Date.now() - skewMs;
    const timer = setTimeout(
      () => {
        api
          .get<CaseView>(`/cases/${caseId}`)
          .then((fresh) =>
            queryClient.setQueryData<LiveCase>(liveSources.case(caseId).queryKey, (old) =>
              old ? { ...old, case: fresh } : old,
            ),
          )
          .catch(() => undefined);
      },
      Math.max(0, Date.parse(deadline) - serverNow) + 1000,
    );
    return () => clearTimeout(timer);
  }, [api, queryClient, caseId, deadline, skewMs]);
}

/** What this driver does next or waits for, as the API tells it (`nextStep`). */
function NextStep({ view }: { view: CaseView }) {
  const { t, dateTime, language } = useI18n();
  const message = nextStepMessage(view, dateTime, (id) => districtById(id)?.[language] ?? id);
  if (!message || !view.nextStep) return null;
  const late = view.nextStep === 'OFFICER_OVERDUE_KEEP_WAITING';
  return (
    <section className={`card next-step ${late ? 'late' : ''}`} data-next-step={view.nextStep} role="status">
      <h2>{t('next.title')}</h2>
      <p>{t(message.key, message.params)}</p>
    </section>
  );
}

/** A case sent offline: the officer's instructions, or why a disputed review went offline by itself. */
function Referral({ referral }: { referral: NonNullable<CaseView['referral']> }) {
  const { t, dateTime, language } = useI18n();
  const district = districtById(referral.district)?.[language] ?? referral.district;
  return (
    <section className="card referral attention" data-referral={referral.kind}>
      <h2>{t('case.referralTitle')}</h2>
      <p className="warning">
        {referral.kind === 'REVIEW_DISPUTED' ? t('case.referralReviewDisputed', { district }) : t('case.offline')}
      </p>
      <h3>{t('case.referralInstructions')}</h3>
      <blockquote className="instructions">{referral.reason}</blockquote>
      <p className="muted small">
        {t('case.referralBy', { officer: referral.referredBy ?? district, time: dateTime(referral.referredAt) })}
      </p>
    </section>
  );
}

function Outcome({ view }: { view: CaseView }) {
  const { t } = useI18n();
  const text =
    view.status === 'REFERRED_OFFLINE'
      ? view.referral
        ? null // the referral's own card says it, with the officer's instructions
        : t('case.offline')
      : view.status === 'WITHDRAWN'
        ? t('case.withdrawn')
        : view.status === 'CLOSED'
          ? t('case.closed')
          : null;
  return text ? <p className={`card banner ${view.status === 'CLOSED' ? 'ok' : 'warning'}`}>{text}</p> : null;
}

function Invite({ view }: { view: CaseView }) {
  const { t } = useI18n();
  if (!view.joinCode) return null;
  const link = joinLink(window.location.origin, view.caseId, view.joinCode);
  return (
    <section className="card invite">
      <h2>{t('case.invite')}</h2>
      <div className="invite-body">
        <QrCode text={link} label={t('case.inviteLink')} />
        <div>
          <p>
            {t('case.inviteCode')}
            <strong className="join-code" data-join-code={view.joinCode}>
              {view.joinCode}
            </strong>
          </p>
          <p className="small break">
            {t('case.inviteLink')}: <a href={link}>{link}</a>
          </p>
        </div>
      </div>
    </section>
  );
}

function EvidenceRequest({ view }: { view: CaseView }) {
  const { t, tv } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const request = view.evidenceRequest;
  if (!request) return null;
  return (
    <section className="card attention">
      <h2>{t('case.evidenceTitle')}</h2>
      <p>{t('case.evidenceKinds', { kinds: request.kinds.map((kind) => tv('kind', kind)).join('、') })}</p>
      {request.note ? <p className="note">“{request.note}”</p> : null}
      <ErrorNote error={action.error} />
      <button
        type="button"
        disabled={action.busy}
        onClick={() => void action.run(() => api.post(`/cases/${view.caseId}/police-review`))}
      >
        {t('case.evidenceSend')}
      </button>
    </section>
  );
}

function PoliceWait({ view, skewMs }: { view: CaseView; skewMs: number }) {
  const { t } = useI18n();
  const request = view.policeRequest;
  if (!request) return null;
  return (
    <section className="card attention police-wait">
      <h2>{request.review ? t('case.policeReview') : t('case.policeTitle')}</h2>
      <p className="big-countdown">
        <Countdown deadline={request.deadline} skewMs={skewMs} />
      </p>
      {request.overdue ? <p className="warning small">{t('case.policeOverdue')}</p> : null}
      <p className="muted small">{t('case.policeIntro')}</p>
    </section>
  );
}

function LiabilityPath({ view, step }: { view: CaseView; step: DriverStep }) {
  const { t, tv } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const me = view.yourParty as PartyId;
  const [fullyLiable, setFullyLiable] = useState<PartyId>(otherParty(me));
  const allocation: Allocation = fullyLiable === 'A' ? { A: 'FULL', B: 'NONE' } : { A: 'NONE', B: 'FULL' };
  const post = (path: string, body?: unknown) => action.run(() => api.post(`/cases/${view.caseId}/${path}`, body));
  const missing = step.missingKinds;
  return (
    <section className="card path">
      <h2>{t('case.pathTitle')}</h2>
      {step.signAgreement && view.agreement ? (
        <div className="option">
          <p>
            {t('case.agreeSign')}
            <AllocationText allocation={view.agreement.allocation} />
          </p>
          <button type="button" disabled={action.busy} onClick={() => void post('agreement/sign')}>
            {t('case.agreeSignButton')}
          </button>
        </div>
      ) : null}
      {step.awaitingSignature && view.agreement ? (
        <p className="option">
          {t('case.agreeProposed')}
          <AllocationText allocation={view.agreement.allocation} />
        </p>
      ) : null}
      {step.chooseLiabilityPath ? (
        <div className="option">
          <h3>{t('case.agreeTitle')}</h3>
          <fieldset className="segmented" aria-label={t('case.agreeWho')}>
            <legend className="small muted">{t('case.agreeWho')}</legend>
            {[me, otherParty(me)].map((party) => (
              <label key={party} className={fullyLiable === party ? 'on' : ''}>
                <input
                  type="radio"
                  name="fullyLiable"
                  value={party}
                  checked={fullyLiable === party}
                  onChange={() => setFullyLiable(party)}
                />
                {party === me ? t('case.agreeMe') : t('case.agreeOther')}
              </label>
            ))}
          </fieldset>
          <p className="small">
            <AllocationText allocation={allocation} />
          </p>
          <button
            type="button"
            className="secondary"
            disabled={action.busy}
            onClick={() => void post('agreement', { allocation })}
          >
            {t('case.agreePropose')}
          </button>
        </div>
      ) : null}
      <div className="option">
        <h3>{t('case.policeTitle')}</h3>
        <p className="muted small">{t('case.policeIntro')}</p>
        {missing.length > 0 ? (
          <p className="warning small">
            {t('case.photosMissing', { kinds: missing.map((kind) => tv('kind', kind)).join('、') })}
          </p>
        ) : null}
        <button type="button" disabled={action.busy || missing.length > 0} onClick={() => void post('police-review')}>
          {t('case.policeButton')}
        </button>
      </div>
      <ErrorNote error={action.error} />
    </section>
  );
}

function Decision({ view, step }: { view: CaseView; step: DriverStep }) {
  const { t, tv, dateTime } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const [disputing, setDisputing] = useState(false);
  const [reason, setReason] = useState('');
  const decision = view.decision;
  if (!decision) return null;
  const mine = view.parties.find((party) => party.party === view.yourParty);
  return (
    <section className="card decision attention">
      <h2>{tv('case.basis', decision.basis)}</h2>
      <p className="allocation-big">
        <AllocationText allocation={decision.allocation} />
      </p>
      <blockquote>{decision.reasoning}</blockquote>
      {decision.situations.length > 0 ? (
        <ul className="situations-list small">
          {decision.situations.map((code) => (
            <li key={code}>
              <strong>{code}</strong> {tv('situation', code)}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted small">
        {t('case.decisionBy', { officer: decision.decidedBy, time: dateTime(decision.decidedAt) })}
      </p>
      {step.respondToDecision ? (
        <>
          <p className="small">{t('case.decisionDeadline', { time: dateTime(decision.responseDeadline) })}</p>
          <div className="actions">
            <button
              type="button"
              disabled={action.busy}
              onClick={() => void action.run(() => api.post(`/cases/${view.caseId}/liability/accept`))}
            >
              {t('case.accept')}
            </button>
            <button type="button" className="secondary" onClick={() => setDisputing(!disputing)}>
              {t('case.dispute')}
            </button>
          </div>
          {disputing ? (
            <form
              className="form"
              onSubmit={(event) => {
                event.preventDefault();
                void action.run(() => api.post(`/cases/${view.caseId}/liability/dispute`, { reason: reason.trim() }));
              }}
            >
              <ReasonField label={t('case.disputeReason')} value={reason} onChange={setReason} />
              <button type="submit" className="danger" disabled={action.busy}>
                {t('case.disputeSend')}
              </button>
            </form>
          ) : null}
        </>
      ) : mine?.accepted ? (
        <p className="ok">✓ {t('case.youAccepted')}</p>
      ) : null}
      {view.liability?.answers ? (
        <p className="small answers">
          {t('case.answers')}:{' '}
          {(['A', 'B'] as const).map((party) => (
            <span key={party} data-answer={party} data-value={view.liability?.answers?.[party]}>
              {t('common.party', { party })} {tv('answer', view.liability?.answers?.[party] ?? 'PENDING')}
              {party === 'A' ? ' · ' : ''}
            </span>
          ))}
        </p>
      ) : null}
      <ErrorNote error={action.error} />
    </section>
  );
}

function Claims({ view, claims }: { view: CaseView; claims: ClaimView[] }) {
  const { t } = useI18n();
  return (
    <section className="card">
      <h2>{t('case.liabilityTitle')}</h2>
      {view.liability ? (
        <p>
          <AllocationText allocation={view.liability.allocation} />{' '}
          <span className="muted small">({t(`case.basis.${view.liability.basis}`)})</span>
        </p>
      ) : null}
      <h2>{t('case.claimsTitle')}</h2>
      {view.claims.length === 0 ? <p className="muted">{t('case.claimsWaiting')}</p> : null}
      {claims.map((claim) => (
        <OwnClaim key={claim.claimId} claim={claim} />
      ))}
    </section>
  );
}

function OwnClaim({ claim }: { claim: ClaimView }) {
  const { t, dateTime } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <div className="own-claim" data-claim-status={claim.status}>
      <h3 className="row">
        {t('case.claimOf', { party: claim.party, plate: claim.plate })}
        <StatusBadge prefix="claim" status={claim.status} />
      </h3>
      {claim.status === 'OPEN' || claim.status === 'ASSESSMENT_REJECTED' ? (
        <p className="muted">{t('case.assessmentWaiting')}</p>
      ) : null}
      {claim.hold ? (
        <p className="hold warning small" data-hold={claim.hold.reason}>
          {t(holdMessageKey(claim.hold.reason, true))}{' '}
          <span className="muted">{t('hold.since', { time: dateTime(claim.hold.since) })}</span>
        </p>
      ) : null}
      {claim.decline ? (
        <div className="banner warning declined">
          <strong>{t('case.declined')}</strong>
          <p>{t('case.declinedReason', { reason: claim.decline.reason })}</p>
        </div>
      ) : null}
      <ClaimDetails claim={claim} />
      {claim.status === 'ASSESSED' && claim.assessment ? (
        <>
          <div className="actions">
            <button
              type="button"
              disabled={action.busy}
              onClick={() => void action.run(() => api.post(`/claims/${claim.claimId}/assessment/accept`))}
            >
              {t('case.assessmentAccept')} ({formatFen(claim.assessment.totalFen)})
            </button>
            <button type="button" className="secondary" onClick={() => setRejecting(!rejecting)}>
              {t('case.assessmentReject')}
            </button>
          </div>
          {rejecting ? (
            <form
              className="form"
              onSubmit={(event) => {
                event.preventDefault();
                void action.run(() =>
                  api.post(`/claims/${claim.claimId}/assessment/reject`, { reason: reason.trim() }),
                );
              }}
            >
              <ReasonField label={t('case.assessmentRejectReason')} value={reason} onChange={setReason} />
              <button type="submit" className="danger" disabled={action.busy}>
                {t('case.assessmentReject')}
              </button>
            </form>
          ) : null}
        </>
      ) : null}
      <ErrorNote error={action.error} />
    </div>
  );
}

function Withdraw({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const [reason, setReason] = useState('');
  return (
    <details className="card withdraw">
      <summary>{t('case.withdraw')}</summary>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(() => api.post(`/cases/${caseId}/withdraw`, { reason: reason.trim() }));
        }}
      >
        <ReasonField label={t('case.withdrawReason')} value={reason} onChange={setReason} />
        <button type="submit" className="danger" disabled={action.busy}>
          {t('case.withdraw')}
        </button>
      </form>
      <ErrorNote error={action.error} />
    </details>
  );
}
