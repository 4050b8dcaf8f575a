import type { Mediation } from '../api/types';
import { useI18n } from '../i18n';
import { insurerName } from '../lib/insurers';
import { formatFen } from '../lib/money';

const TONE: Record<Mediation['status'], string> = {
  REQUESTED: 'info',
  ASSIGNED: 'info',
  PROPOSED: 'warn',
  AGREED: 'ok',
  FAILED: 'bad',
};

/** A mediation's status as a badge. */
export function MediationBadge({ status }: { status: Mediation['status'] }) {
  const { tv } = useI18n();
  return (
    <span className={`badge badge-${TONE[status]}`} data-mediation-status={status}>
      {tv('mediation.status', status)}
    </span>
  );
}

/** The proposed settlement, vehicle by vehicle and line by line, with who pays through which insurer. */
export function ProposalLines({ mediation }: { mediation: Mediation }) {
  const { t, tv, dateTime, language } = useI18n();
  const proposal = mediation.proposal;
  if (!proposal) return null;
  const insurerOf = (party: 'A' | 'B') => {
    const found = mediation.parties.find((entry) => entry.party === party);
    return found ? insurerName(found.insurer, language) : '';
  };
  const plateOf = (party: 'A' | 'B') => mediation.parties.find((entry) => entry.party === party)?.plate ?? '';
  return (
    <div className="proposal-lines" data-total-fen={proposal.totalFen}>
      {proposal.vehicles.map((vehicle) => (
        <div key={vehicle.party} className="proposal-vehicle" data-vehicle={vehicle.party}>
          <h4>{t('mediation.vehicleOf', { party: vehicle.party, plate: plateOf(vehicle.party) })}</h4>
          <table className="lines">
            <tbody>
              {vehicle.lines.map((line, index) => (
                <tr key={index} data-payer={line.payerParty} data-coverage={line.coverage}>
                  <td>
                    {t('mediation.paidBy', {
                      party: t('common.party', { party: line.payerParty }),
                      insurer: insurerOf(line.payerParty),
                    })}
                  </td>
                  <td>{tv('coverage', line.coverage)}</td>
                  <td className="amount">{formatFen(line.amountFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <p className="total">
        {t('mediation.total')} <strong className="proposal-total">{formatFen(proposal.totalFen)}</strong>
      </p>
      {proposal.note ? <blockquote className="proposal-note">{proposal.note}</blockquote> : null}
      <p className="muted small">
        {t('mediation.proposedAt', { time: dateTime(proposal.proposedAt) })} ·{' '}
        {(['A', 'B'] as const).map((party) => (
          <span key={party} data-signed={party} data-value={mediation.signedBy.includes(party)}>
            {t('common.party', { party })}{' '}
            {mediation.signedBy.includes(party) ? t('mediation.signed') : t('mediation.notSigned')}
            {party === 'A' ? ' · ' : ''}
          </span>
        ))}
      </p>
    </div>
  );
}

/** Why a mediation failed: refused, ended by the mediator, or out of time. */
export function MediationFailure({ mediation }: { mediation: Mediation }) {
  const { t, tv, dateTime } = useI18n();
  const failure = mediation.failure;
  if (!failure) return null;
  return (
    <div className="banner warning mediation-failure" data-cause={failure.cause}>
      <strong>{tv('mediation.failure', failure.cause)}</strong>
      <p>“{failure.reason}”</p>
      <p className="muted small">{t('mediation.failedAt', { time: dateTime(failure.failedAt) })}</p>
    </div>
  );
}
