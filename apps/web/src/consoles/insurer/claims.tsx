import { useLive } from '../../api/hooks';
import { live as liveSources } from '../../api/queries';
import { ErrorNote, FlagList, StatusBadge } from '../../components/status';
import { useI18n } from '../../i18n';
import { formatFen } from '../../lib/money';
import { href } from '../../lib/routes';
import { insurerName } from '../../lib/insurers';
import { useSession } from '../../session';
import type { MessageKey } from '../../i18n-messages';
import { holdMessageKey } from '../../lib/case-facts';
import { bucketOf, type Bucket } from '../../lib/claim-buckets';

const BUCKETS: { bucket: Bucket; label: MessageKey }[] = [
  { bucket: 'toAssess', label: 'insurer.toAssess' },
  { bucket: 'toApprove', label: 'insurer.toApprove' },
  { bucket: 'inProgress', label: 'insurer.inProgress' },
  { bucket: 'done', label: 'insurer.done' },
];

export function InsurerClaims() {
  const { t, language } = useI18n();
  const { claims: identity } = useSession();
  const insurer = identity?.insurer ?? '';
  // Pushed by the server whenever the insurer's claims change, as the desk's queue is: no refreshing.
  const claims = useLive(liveSources.insurerClaims());
  return (
    <div className="stack">
      <div className="row">
        <h2>{t('insurer.title', { insurer: insurerName(insurer, language) })}</h2>
        <span className={`live ${claims.connected ? 'on' : 'off'}`}>
          {claims.connected ? `● ${t('common.live')}` : t('common.reconnecting')}
        </span>
      </div>
      <ErrorNote error={claims.error} />
      <div className="buckets">
        {BUCKETS.map(({ bucket, label }) => {
          const items = (claims.data?.items ?? []).filter((claim) => bucketOf(claim, insurer) === bucket);
          return (
            <section key={bucket} className="card" data-bucket={bucket}>
              <h3>
                {t(label)} <span className="count">{items.length}</span>
              </h3>
              {items.length === 0 ? <p className="muted small">{t('insurer.empty')}</p> : null}
              <ul className="list">
                {items.map((claim) => (
                  <li key={claim.claimId}>
                    <a
                      className="row-link"
                      href={href({ name: 'insurer-claim', claimId: claim.claimId })}
                      data-claim={claim.claimId}
                    >
                      <span>
                        <strong>{claim.plate}</strong> · {t('common.party', { party: claim.party })}
                        <span className="small muted block">
                          {insurerName(claim.handlingInsurer, language)}
                          {claim.assessment ? ` · ${formatFen(claim.assessment.totalFen)}` : ''}
                        </span>
                        {claim.hold ? (
                          <span className="small block warning" data-hold={claim.hold.reason}>
                            {t(holdMessageKey(claim.hold.reason, false))}
                          </span>
                        ) : null}
                        {claim.flags.length > 0 ? <FlagList flags={claim.flags} /> : null}
                      </span>
                      <StatusBadge prefix="claim" status={claim.status} />
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
