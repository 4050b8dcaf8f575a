import type { Allocation, CaseView, ClaimView, PartyView } from '../api/types';
import { useI18n } from '../i18n';
import { districtById } from '../lib/districts';
import { insurerName } from '../lib/insurers';
import { displayValue } from '../lib/masking';
import { formatFen } from '../lib/money';
import { StatusBadge } from './status';

export function AllocationText({ allocation }: { allocation: Allocation }) {
  const { t, tv } = useI18n();
  return (
    <span className="allocation" data-allocation={`${allocation.A}/${allocation.B}`}>
      {t('common.party', { party: 'A' })} <strong>{tv('level', allocation.A)}</strong> ·{' '}
      {t('common.party', { party: 'B' })} <strong>{tv('level', allocation.B)}</strong>
    </span>
  );
}

export function CaseHeading({ view, live }: { view: CaseView; live?: { connected: boolean } }) {
  const { t, dateTime, language } = useI18n();
  const district = view.location ? (districtById(view.location.district)?.[language] ?? view.location.district) : '';
  return (
    <section className="card case-heading">
      <div className="row">
        <h2>{view.parties.map((party) => party.plate).join(' ↔ ')}</h2>
        <StatusBadge prefix="status" status={view.status} />
        {live ? (
          <span className={`live ${live.connected ? 'on' : 'off'}`}>
            {live.connected ? `● ${t('common.live')}` : t('common.reconnecting')}
          </span>
        ) : null}
      </div>
      <p className="muted small">
        {dateTime(view.occurredAt)} · {view.location?.address} {district ? `· ${district}` : ''}
      </p>
      <p className="muted small mono">
        {t('common.caseNo')} {view.caseId}
      </p>
    </section>
  );
}

export function PartyCard({ party, you }: { party: PartyView; you: boolean }) {
  const { t, tv, language } = useI18n();
  const name = displayValue(party.driverName);
  const phone = displayValue(party.phone);
  return (
    <div className="party" data-party={party.party}>
      <h3>
        {t('common.party', { party: party.party })}
        {you ? t('common.you') : ''} · {party.plate}
      </h3>
      <dl>
        <dt>{t('party.driverName')}</dt>
        <dd>
          {name.text}
          {name.masked ? <span className="masked-tag">{t('common.masked')}</span> : null}
        </dd>
        <dt>{t('party.phone')}</dt>
        <dd>
          {phone.text}
          {phone.masked ? <span className="masked-tag">{t('common.masked')}</span> : null}
        </dd>
        <dt>{t('party.insurer')}</dt>
        <dd>{insurerName(party.insurer, language)}</dd>
        <dt>{t('case.declared')}</dt>
        <dd>
          {party.situations.length === 0 ? (
            <span className="muted">{t('desk.noSituations')}</span>
          ) : (
            <ul className="situations-list">
              {party.situations.map((code) => (
                <li key={code}>
                  <strong>{code}</strong> {tv('situation', code)}
                </li>
              ))}
            </ul>
          )}
          {party.note ? <p className="note">“{party.note}”</p> : null}
        </dd>
      </dl>
    </div>
  );
}

/** A claim as its claimant, adjusters and auditors read it: assessment, settlement, payouts. */
export function ClaimDetails({ claim }: { claim: ClaimView }) {
  const { t, tv, language } = useI18n();
  return (
    <div className="claim" data-claim={claim.claimId}>
      {claim.assessment ? (
        <table className="lines">
          <caption>{t('case.assessment')}</caption>
          <tbody>
            {claim.assessment.lineItems.map((line, index) => (
              <tr key={`${index}-${line.description}`}>
                <td>{line.description}</td>
                <td className="amount">{formatFen(line.amountFen)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>{t('case.assessmentTotal')}</th>
              <td className="amount" data-total-fen={claim.assessment.totalFen}>
                {formatFen(claim.assessment.totalFen)}
              </td>
            </tr>
          </tfoot>
        </table>
      ) : null}
      {claim.settlement ? (
        <table className="lines">
          <caption>
            {t('case.settlement')} · {tv('insurer.rule', claim.settlement.rule)}
          </caption>
          <tbody>
            {claim.settlement.lines.map((line) => (
              <tr key={`${line.payer}-${line.coverage}`}>
                <td>
                  {insurerName(line.payer, language)} · {tv('coverage', line.coverage)}
                </td>
                <td className="amount">{formatFen(line.amountFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {claim.payouts.length > 0 ? (
        <table className="lines">
          <caption>{t('case.payouts')}</caption>
          <tbody>
            {claim.payouts.map((payout) => (
              <tr key={payout.payoutId} data-payout={payout.status}>
                <td>{insurerName(payout.payer, language)}</td>
                <td className="amount">{formatFen(payout.amountFen)}</td>
                <td>
                  <StatusBadge prefix="payout" status={payout.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
