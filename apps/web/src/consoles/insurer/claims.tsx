import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { ErrorNote, FlagList, StatusBadge } from '../../components/status';
import { useI18n } from '../../i18n';
import { formatFen } from '../../lib/money';
import { href } from '../../lib/routes';
import { insurerName } from '../../lib/insurers';
import { useSession } from '../../session';
import type { MessageKey } from '../../i18n-messages';
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
  const claims = useQuery(queries.insurerClaims());
  return (
    <div className="stack">
      <div className="row">
        <h2>{t('insurer.title', { insurer: insurerName(insurer, language) })}</h2>
        <button type="button" className="secondary" onClick={() => void claims.refetch()}>
          ↻ {t('common.refresh')}
        </button>
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
