import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useAction } from '../../api/hooks';
import { queries } from '../../api/queries';
import type { CaseView, Mediation, PhotoView } from '../../api/types';
import { AuthImage } from '../../components/auth-image';
import { AllocationText } from '../../components/case-bits';
import { MediationBadge, MediationFailure, ProposalLines } from '../../components/mediation-bits';
import { PhotoViewer } from '../../components/photo-viewer';
import { ErrorNote } from '../../components/status';
import { useI18n } from '../../i18n';
import { insurerName } from '../../lib/insurers';
import { payerOf, proposalOf, type DraftVehicle, type MediatedCoverage } from '../../lib/mediation';
import { formatFen } from '../../lib/money';
import { href } from '../../lib/routes';
import { useSession } from '../../session';
import { ReasonField } from '../../components/reason-field';

const COVERAGES: readonly MediatedCoverage[] = ['COMPULSORY', 'THIRD_PARTY', 'OWN_DAMAGE'];
const OPEN: readonly Mediation['status'][] = ['REQUESTED', 'ASSIGNED', 'PROPOSED'];

/** One mediation as its mediator works it: what it is about, the case behind it, take, propose, end. */
export function MediatorMediation({ mediationId }: { mediationId: string }) {
  const { t, tv, dateTime, language } = useI18n();
  const { api, claims } = useSession();
  const mediation = useQuery({ ...queries.mediation(mediationId), refetchInterval: 5_000 });
  const caseView = useQuery({ ...queries.case(mediation.data?.caseId ?? ''), enabled: !!mediation.data });
  const take = useAction([queries.mediation(mediationId).queryKey, queries.mediatorQueue().queryKey]);
  if (mediation.error) return <ErrorNote error={mediation.error} />;
  if (!mediation.data) return <p className="muted">{t('common.loading')}</p>;
  const m = mediation.data;
  const mine = m.mediatorId !== null && m.mediatorId === claims?.sub;
  return (
    <div className="stack mediation" data-mediation-status={m.status} data-kind={m.kind}>
      <section className="card">
        <h2 className="row">
          {tv('mediation.kind', m.kind)} <MediationBadge status={m.status} />
        </h2>
        <ul className="list small">
          {m.parties.map((party) => (
            <li key={party.party} data-party={party.party}>
              <strong>{t('common.party', { party: party.party })}</strong> {party.plate} ·{' '}
              {insurerName(party.insurer, language)}
            </li>
          ))}
        </ul>
        <h3>{t('mediation.requestTitle')}</h3>
        <blockquote className="mediation-reason">{m.reason}</blockquote>
        <p className="muted small">
          {t('mediation.requestedBy', {
            party: t('common.party', { party: m.requestedBy }),
            time: dateTime(m.requestedAt),
          })}
        </p>
        {m.deadline && OPEN.includes(m.status) ? (
          <p className="small">{t('mediation.deadline', { time: dateTime(m.deadline) })}</p>
        ) : null}
        {m.status === 'AGREED' && m.agreedAt ? (
          <p className="banner ok">{t('mediation.agreed', { time: dateTime(m.agreedAt) })}</p>
        ) : null}
        <MediationFailure mediation={m} />
      </section>
      {caseView.data ? <CaseFacts view={caseView.data} /> : <ErrorNote error={caseView.error} />}
      {m.assessments.length > 0 ? <Assessments mediation={m} /> : null}
      {m.proposal ? (
        <section className="card">
          <h2>{t('mediation.proposalTitle')}</h2>
          <ProposalLines mediation={m} />
        </section>
      ) : null}
      {m.status === 'REQUESTED' ? (
        <section className="card">
          <ErrorNote error={take.error} />
          <button
            type="button"
            disabled={take.busy}
            onClick={() => void take.run(() => api.post(`/mediations/${m.mediationId}/take`))}
          >
            {t('mediation.take')}
          </button>
        </section>
      ) : null}
      {mine && (m.status === 'ASSIGNED' || m.status === 'PROPOSED') ? (
        <>
          <ProposalForm mediation={m} />
          <EndMediation mediation={m} />
        </>
      ) : null}
      <p className="small">
        <a href={href({ name: 'mediator' })}>← {t('nav.mediations')}</a>
      </p>
    </div>
  );
}

/** What the case gives the mediator: the photos' previews, the decisions with their reasoning, the disputes. */
function CaseFacts({ view }: { view: CaseView }) {
  const { t, tv, dateTime } = useI18n();
  const [open, setOpen] = useState<PhotoView | null>(null);
  const decision = view.decision;
  const first = view.disputedDecision;
  return (
    <>
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
              <figcaption className="small">
                {tv('kind', photo.kind)} · {t('common.party', { party: photo.party })}
              </figcaption>
            </figure>
          ))}
        </div>
      </section>
      {decision ? (
        <section className="card mediation-decision" data-basis={decision.basis}>
          <h2>{tv('case.basis', decision.basis)}</h2>
          <p className="allocation-big">
            <AllocationText allocation={decision.allocation} />
          </p>
          <blockquote className="decision-reasoning">{decision.reasoning}</blockquote>
          <p className="muted small">
            {t('case.decisionBy', { officer: decision.decidedBy, time: dateTime(decision.decidedAt) })}
          </p>
        </section>
      ) : null}
      {first ? (
        <section className="card first-decision">
          <h2>{t('desk.firstDecision')}</h2>
          <p>
            <AllocationText allocation={first.allocation} />
          </p>
          <blockquote className="first-reasoning">{first.reasoning}</blockquote>
          <h3>{t('desk.disputes')}</h3>
          <ul className="disputes">
            {first.disputes.map((dispute) => (
              <li key={dispute.party} data-dispute={dispute.party}>
                <strong>{t('desk.disputeOf', { party: t('common.party', { party: dispute.party }) })}</strong>“
                {dispute.reason}”
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {open ? <PhotoViewer photo={open} onClose={() => setOpen(null)} canOpenOriginal={false} /> : null}
    </>
  );
}

/** An assessment's mediation: each assessment of the claim and why the claimant rejected it. */
function Assessments({ mediation }: { mediation: Mediation }) {
  const { t, dateTime } = useI18n();
  return (
    <section className="card mediation-assessments">
      <h2>{t('mediation.assessmentsTitle')}</h2>
      {mediation.assessments.map((assessment, round) => (
        <div key={round} className="assessment-round" data-round={round + 1}>
          <table className="lines">
            <caption>
              {t('mediation.assessmentRound', { round: round + 1, time: dateTime(assessment.assessedAt) })}
            </caption>
            <tbody>
              {assessment.lineItems.map((line, index) => (
                <tr key={index}>
                  <td>{line.description}</td>
                  <td className="amount">{formatFen(line.amountFen)}</td>
                </tr>
              ))}
              <tr>
                <th>{t('mediation.total')}</th>
                <th className="amount">{formatFen(assessment.totalFen)}</th>
              </tr>
            </tbody>
          </table>
          {assessment.rejection ? (
            <p className="small rejection">
              {t('mediation.rejectedBecause')} “{assessment.rejection.reason}”
            </p>
          ) : null}
        </div>
      ))}
    </section>
  );
}

/** The vehicles the proposal may name: both on a review, only the claim's on an assessment. */
function vehiclesOf(mediation: Mediation): ('A' | 'B')[] {
  return mediation.kind === 'ASSESSMENT' ? [mediation.requestedBy] : mediation.parties.map((party) => party.party);
}

function initialDrafts(mediation: Mediation): DraftVehicle[] {
  const proposed = mediation.proposal?.vehicles ?? [];
  return vehiclesOf(mediation).map((party) => {
    const last = proposed.find((vehicle) => vehicle.party === party);
    return {
      party,
      lines: last
        ? last.lines.map((line) => ({ ...line, amount: (line.amountFen / 100).toFixed(2) }))
        : [{ payerParty: payerOf(party, 'COMPULSORY'), coverage: 'COMPULSORY', amount: '' }],
    };
  });
}

/** Lines per payer for each vehicle, in yuan on screen and whole fen to the API. */
function ProposalForm({ mediation }: { mediation: Mediation }) {
  const { t, tv, language } = useI18n();
  const { api } = useSession();
  const action = useAction([queries.mediation(mediation.mediationId).queryKey]);
  const [drafts, setDrafts] = useState<DraftVehicle[]>(() => initialDrafts(mediation));
  const [note, setNote] = useState(mediation.proposal?.note ?? '');
  const result = proposalOf(drafts);
  const invalid = 'invalid' in result ? result.invalid : [];
  const plateOf = (party: 'A' | 'B') => mediation.parties.find((entry) => entry.party === party)?.plate ?? '';
  const insurerOf = (party: 'A' | 'B') => {
    const found = mediation.parties.find((entry) => entry.party === party);
    return found ? insurerName(found.insurer, language) : '';
  };
  const change = (party: 'A' | 'B', lines: (lines: DraftVehicle['lines']) => DraftVehicle['lines']) =>
    setDrafts((current) =>
      current.map((draft) => (draft.party === party ? { ...draft, lines: lines(draft.lines) } : draft)),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if ('invalid' in result || result.vehicles.length === 0) return;
    const trimmed = note.trim();
    void action.run(() =>
      api.post(`/mediations/${mediation.mediationId}/proposal`, {
        vehicles: result.vehicles,
        ...(trimmed ? { note: trimmed } : {}),
      }),
    );
  };

  return (
    <section className="card">
      <form className="form proposal" onSubmit={submit}>
        <h2>{mediation.proposal ? t('mediation.proposeAgain') : t('mediation.proposeTitle')}</h2>
        {drafts.map((draft) => (
          <div key={draft.party} className="proposal-vehicle" data-vehicle={draft.party}>
            <h3>{t('mediation.vehicleOf', { party: draft.party, plate: plateOf(draft.party) })}</h3>
            <table className="lines editable">
              <thead>
                <tr>
                  <th>
                    {t('insurer.coverage')} · {t('mediation.payer')}
                  </th>
                  <th>{t('insurer.lineAmount')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {draft.lines.map((line, index) => (
                  <tr
                    key={index}
                    className={
                      invalid.some((at) => at.party === draft.party && at.index === index) && line.amount !== ''
                        ? 'invalid'
                        : ''
                    }
                  >
                    <td>
                      <select
                        name={`line-${draft.party}-${index}-coverage`}
                        value={line.coverage}
                        onChange={(event) => {
                          const coverage = event.target.value as MediatedCoverage;
                          change(draft.party, (lines) =>
                            lines.map((old, at) =>
                              at === index ? { ...old, coverage, payerParty: payerOf(draft.party, coverage) } : old,
                            ),
                          );
                        }}
                      >
                        {COVERAGES.map((coverage) => (
                          <option key={coverage} value={coverage}>
                            {tv('coverage', coverage)}
                          </option>
                        ))}
                      </select>
                      <span className="small block payer" data-payer={line.payerParty}>
                        {t('common.party', { party: line.payerParty })} · {insurerOf(line.payerParty)}
                      </span>
                    </td>
                    <td>
                      <input
                        name={`line-${draft.party}-${index}-amount`}
                        required
                        inputMode="decimal"
                        value={line.amount}
                        onChange={(event) =>
                          change(draft.party, (lines) =>
                            lines.map((old, at) => (at === index ? { ...old, amount: event.target.value } : old)),
                          )
                        }
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="link"
                        aria-label={t('insurer.removeLine')}
                        onClick={() => change(draft.party, (lines) => lines.filter((_, at) => at !== index))}
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                change(draft.party, (lines) => [
                  ...lines,
                  { payerParty: payerOf(draft.party, 'THIRD_PARTY'), coverage: 'THIRD_PARTY', amount: '' },
                ])
              }
            >
              {t('mediation.addLine', { party: draft.party })}
            </button>
          </div>
        ))}
        <p>
          {t('mediation.total')}{' '}
          <span className="running-total">{'invalid' in result ? '—' : formatFen(result.totalFen)}</span>
        </p>
        <ReasonField label={t('mediation.note')} value={note} onChange={setNote} name="note" required={false} />
        <ErrorNote error={action.error} />
        <button type="submit" disabled={action.busy || 'invalid' in result || result.vehicles.length === 0}>
          {t('mediation.propose')}
        </button>
      </form>
    </section>
  );
}

function EndMediation({ mediation }: { mediation: Mediation }) {
  const { t } = useI18n();
  const { api } = useSession();
  const action = useAction([queries.mediation(mediation.mediationId).queryKey]);
  const [reason, setReason] = useState('');
  return (
    <details className="card end-mediation">
      <summary>{t('mediation.end')}</summary>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(() => api.post(`/mediations/${mediation.mediationId}/end`, { reason: reason.trim() }));
        }}
      >
        <ReasonField label={t('mediation.endReason')} value={reason} onChange={setReason} />
        <button type="submit" className="danger" disabled={action.busy}>
          {t('mediation.end')}
        </button>
      </form>
      <ErrorNote error={action.error} />
    </details>
  );
}
