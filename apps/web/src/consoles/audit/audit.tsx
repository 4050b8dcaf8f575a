import { useEffect, useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { AllocationText } from '../../components/case-bits';
import { ErrorNote, FlagList, StatusBadge } from '../../components/status';
import { useI18n } from '../../i18n';
import { formatFen } from '../../lib/money';
import { href, useNavigate } from '../../lib/routes';

export function AuditConsole({ caseId }: { caseId?: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(caseId ?? '');
  const [searched, setSearched] = useState<string | null>(null);
  const found = useQuery({ ...queries.auditFind(searched ?? ''), enabled: searched !== null });
  // One case found: open it; several: list them.
  useEffect(() => {
    const items = found.data?.items;
    if (items?.length === 1 && items[0]!.caseId !== caseId) navigate({ name: 'audit', caseId: items[0]!.caseId });
  }, [found.data, caseId, navigate]);
  const open = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim()) setSearched(typed.trim());
  };
  return (
    <div className="stack">
      <form className="card row" onSubmit={open}>
        <label className="grow">
          {t('audit.find')}
          <input name="caseId" className="mono" value={typed} onChange={(event) => setTyped(event.target.value)} />
        </label>
        <button type="submit">{t('audit.open')}</button>
      </form>
      <ErrorNote error={found.error} />
      {searched !== null && found.data && found.data.items.length !== 1 ? (
        <section className="card found-cases">
          <h3>{t('audit.found')}</h3>
          {found.data.items.length === 0 ? <p className="muted">{t('audit.noneFound')}</p> : null}
          <ul>
            {found.data.items.map((item) => (
              <li key={item.caseId}>
                <a href={href({ name: 'audit', caseId: item.caseId })} className="mono">
                  {item.caseId}
                </a>{' '}
                <span className="muted small">{item.plates.join(' · ')}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {caseId ? <CaseAudit key={caseId} caseId={caseId} /> : null}
    </div>
  );
}

function CaseAudit({ caseId }: { caseId: string }) {
  const { t, tv, dateTime } = useI18n();
  const events = useQuery(queries.auditEvents(caseId));
  const verification = useQuery(queries.auditVerification(caseId));
  const last = events.data ? events.data.events.length - 1 : -1;
  const [revision, setRevision] = useState<number | null>(null);
  useEffect(() => {
    if (last >= 0) setRevision((current) => current ?? last);
  }, [last]);
  // Moving the slider keeps the state shown until the next one arrives.
  const state = useQuery({
    ...queries.auditState(caseId, revision ?? 0),
    enabled: revision !== null,
    placeholderData: keepPreviousData,
  });
  const claims = (events.data?.events ?? []).flatMap((event) =>
    event.type === 'ClaimsOpened'
      ? ((event.data as { claims?: { claimId: string; party: string }[] }).claims ?? [])
      : [],
  );
  if (events.error) return <ErrorNote error={events.error} />;
  if (!events.data) return <p className="muted">{t('common.loading')}</p>;
  const chainValid = events.data.chainValid;
  return (
    <div className="audit">
      <section className="card">
        <div className="row">
          <h2>{t('audit.timeline')}</h2>
          <span className={`badge ${chainValid ? 'badge-ok' : 'badge-bad'}`} data-chain-valid={chainValid}>
            {chainValid ? '✓ ' : '✗ '}
            {chainValid ? t('audit.chainValid') : t('audit.chainBroken')}
          </span>
          {verification.data ? (
            <span className={`badge ${verification.data.photosIntact ? 'badge-ok' : 'badge-bad'}`}>
              {verification.data.photosIntact ? t('audit.photosIntact') : t('audit.photosBroken')}
            </span>
          ) : null}
          {verification.data ? (
            <span
              className={`badge ${verification.data.nothingDeleted ? 'badge-ok' : 'badge-bad'}`}
              data-nothing-deleted={verification.data.nothingDeleted}
            >
              {verification.data.nothingDeleted ? t('audit.nothingDeleted') : t('audit.deleted')}
            </span>
          ) : null}
        </div>
        {verification.data ? (
          <p className={`verdict ${verification.data.intact ? 'ok' : 'error'}`} data-intact={verification.data.intact}>
            {verification.data.intact ? '✓ ' : '✗ '}
            {verification.data.intact ? t('audit.intact') : t('audit.tampered')}
            <span className="small muted block">
              {verification.data.checkpoint
                ? t('audit.checkpoint', { time: dateTime(verification.data.checkpoint.signedAt) })
                : t('audit.noCheckpoint')}
            </span>
          </p>
        ) : null}
        {verification.data && verification.data.problems.length > 0 ? (
          <ul className="error">
            {verification.data.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
        <p className="muted small mono">{events.data.streamId}</p>
        <ol className="timeline">
          {events.data.events.map((event) => (
            <li
              key={event.revision}
              className={event.revision === revision ? 'current' : event.revision > (revision ?? last) ? 'future' : ''}
            >
              <button type="button" className="timeline-entry" onClick={() => setRevision(event.revision)}>
                <span className="rev">#{event.revision}</span>
                <span>
                  <strong>{tv('event', event.type)}</strong>
                  <span className="small muted block">
                    {dateTime(event.recordedAt)} · {t('audit.actor')}:{' '}
                    {event.actor ? `${tv('role', event.actor.role)} ${event.actor.sub}` : t('audit.system')}
                  </span>
                  <span className="small mono muted block" title={event.hash}>
                    {event.hash.slice(0, 16)}…
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ol>
        {claims.map((claim) => (
          <ClaimTrail key={claim.claimId} claimId={claim.claimId} party={claim.party} />
        ))}
      </section>
      <section className="card as-of">
        {revision !== null ? (
          <label className="slider">
            {t('audit.asOf', { revision })}
            <input
              type="range"
              name="revision"
              min={0}
              max={last}
              step={1}
              value={revision}
              onChange={(event) => setRevision(Number(event.target.value))}
            />
          </label>
        ) : null}
        <ErrorNote error={state.error} />
        {state.data ? (
          <div className="state" data-revision={state.data.asOf.revision}>
            <h3 className="row">
              {t('audit.stateAt', { time: dateTime(state.data.asOf.recordedAt) })}
              <StatusBadge prefix="status" status={state.data.status} />
            </h3>
            <dl>
              <dt>{t('case.parties')}</dt>
              <dd>{state.data.parties.map((party) => `${party.party}: ${party.plate}`).join(' · ') || '—'}</dd>
              <dt>{t('case.photos')}</dt>
              <dd>{state.data.photos.length}</dd>
              <dt>{t('case.declared')}</dt>
              <dd>
                {state.data.parties.map((party) => `${party.party}: ${party.situations.join(', ') || '—'}`).join(' · ')}
              </dd>
              <dt>{t('case.decisionTitle')}</dt>
              <dd>{state.data.decision ? <AllocationText allocation={state.data.decision.allocation} /> : '—'}</dd>
              <dt>{t('case.liabilityTitle')}</dt>
              <dd>{state.data.liability ? <AllocationText allocation={state.data.liability.allocation} /> : '—'}</dd>
              <dt>{t('common.flags')}</dt>
              <dd>
                <FlagList flags={state.data.flags} />
              </dd>
            </dl>
            <details>
              <summary>{t('audit.data')}</summary>
              <pre className="json">
                {JSON.stringify(events.data.events[state.data.asOf.revision]?.data ?? {}, null, 2)}
              </pre>
            </details>
          </div>
        ) : null}
        <p className="small">
          <a href={href({ name: 'home' })}>{t('common.back')}</a>
        </p>
      </section>
    </div>
  );
}

/** What a claim event says in money: the assessed total, a settlement's lines, a payout's amount. */
function amountOf(event: { type: string; data: Record<string, unknown> }): number | null {
  const data = event.data as { totalFen?: number; amountFen?: number; lines?: { amountFen: number }[] };
  if (event.type === 'SettlementCalculated' && data.lines)
    return data.lines.reduce((sum, line) => sum + line.amountFen, 0);
  if (typeof data.totalFen === 'number') return data.totalFen;
  if (typeof data.amountFen === 'number') return data.amountFen;
  return null;
}

/** A claim's events (assessments, rejections, settlement, payouts) under the case's timeline. */
function ClaimTrail({ claimId, party }: { claimId: string; party: string }) {
  const { t, tv, dateTime } = useI18n();
  const trail = useQuery(queries.auditClaimEvents(claimId));
  // Parties and officers read the case's trail; a claim's is its insurers' and the auditors'.
  if (trail.error) return trail.error.problem.status === 403 ? null : <ErrorNote error={trail.error} />;
  if (!trail.data) return null;
  return (
    <div className="claim-trail" data-claim-id={claimId} data-trail-valid={trail.data.chainValid}>
      <h3 className="row">
        {t('audit.claimOf', { party })}
        <span className={`badge ${trail.data.chainValid ? 'badge-ok' : 'badge-bad'}`}>
          {trail.data.chainValid ? t('audit.chainValid') : t('audit.chainBroken')}
        </span>
      </h3>
      <p className="muted small mono">{trail.data.streamId}</p>
      <ol className="claim-events">
        {trail.data.events.map((event) => {
          const amount = amountOf(event);
          return (
            <li key={event.revision} data-type={event.type}>
              <span className="rev">#{event.revision}</span>
              <span>
                <strong>{tv('event', event.type)}</strong>
                {amount !== null ? <span className="amount"> {formatFen(amount)}</span> : null}
                <span className="small muted block">
                  {dateTime(event.recordedAt)} · {t('audit.actor')}:{' '}
                  {event.actor ? `${tv('role', event.actor.role)} ${event.actor.sub}` : t('audit.system')}
                </span>
                <span className="small mono muted block" title={event.hash}>
                  {event.hash.slice(0, 16)}…
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
