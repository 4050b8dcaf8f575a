import { useAction, useLive } from '../../api/hooks';
import { live as liveSources } from '../../api/queries';
import type { PayoutView } from '../../api/types';
import { ErrorNote, StatusBadge } from '../../components/status';
import { useI18n } from '../../i18n';
import { insurerName } from '../../lib/insurers';
import { formatFen } from '../../lib/money';
import { href } from '../../lib/routes';
import { useSession } from '../../session';

/** The payouts this insurer owes, as payer, with the result buttons for insurers without a gateway. */
export function InsurerPayouts() {
  const { t, tv, language } = useI18n();
  const { api, claims: identity } = useSession();
  // Pushed by the server whenever a payout moves (GET /insurer/payouts/stream), as the claims are.
  const ledger = useLive(liveSources.insurerPayouts());
  // A result moves the payout, and the claim it pays, on.
  const action = useAction([['claims']]);
  const record = (payout: PayoutView, status: 'PAID' | 'FAILED') =>
    void action.run(() =>
      api.post(`/insurer/payouts/${payout.payoutId}/result`, {
        status,
        ...(status === 'PAID'
          ? { reference: `MANUAL-${payout.payoutId.slice(0, 8)}` }
          : { reason: 'rejected by hand' }),
      }),
    );
  const total = (ledger.data?.items ?? [])
    .filter((payout) => payout.status === 'PAID')
    .reduce((sum, payout) => sum + payout.amountFen, 0);
  return (
    <section className="card">
      <div className="row">
        <h2>
          {t('nav.payouts')} · {insurerName(identity?.insurer ?? '', language)}
        </h2>
        <span className={`live ${ledger.connected ? 'on' : 'off'}`}>
          {ledger.connected ? `● ${t('common.live')}` : t('common.reconnecting')}
        </span>
      </div>
      <ErrorNote error={ledger.error ?? action.error} />
      {ledger.data && ledger.data.items.length === 0 ? <p className="muted">{t('insurer.ledgerEmpty')}</p> : null}
      {ledger.data && ledger.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="ledger">
            <thead>
              <tr>
                <th>{t('nav.claims')}</th>
                <th>{t('insurer.coverage')}</th>
                <th className="amount">{t('insurer.amount')}</th>
                <th>{t('common.status')}</th>
                <th>{t('insurer.attempts')}</th>
                <th>{t('insurer.reference')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {ledger.data.items.map((payout) => (
                <tr key={payout.payoutId} data-payout={payout.payoutId} data-status={payout.status}>
                  <td>
                    <a className="mono" href={href({ name: 'insurer-claim', claimId: payout.claimId })}>
                      {payout.claimId.slice(0, 8)}
                    </a>
                  </td>
                  <td>{payout.coverages.map((coverage) => tv('coverage', coverage)).join(' + ')}</td>
                  <td className="amount">{formatFen(payout.amountFen)}</td>
                  <td>
                    <StatusBadge prefix="payout" status={payout.status} />
                  </td>
                  <td>{payout.attempts}</td>
                  <td className="mono small">{payout.reference ?? '—'}</td>
                  <td>
                    {payout.status === 'REQUESTED' || payout.status === 'NEEDS_ADJUSTER' ? (
                      <span className="actions">
                        <button
                          type="button"
                          className="small-button"
                          disabled={action.busy}
                          onClick={() => record(payout, 'PAID')}
                        >
                          {t('insurer.markPaid')}
                        </button>
                        <button
                          type="button"
                          className="small-button secondary"
                          disabled={action.busy}
                          onClick={() => record(payout, 'FAILED')}
                        >
                          {t('insurer.markFailed')}
                        </button>
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th colSpan={2}>{tv('payout', 'PAID')}</th>
                <td className="amount">{formatFen(total)}</td>
                <td colSpan={4} />
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
    </section>
  );
}
