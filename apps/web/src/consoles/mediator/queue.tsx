import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { MediationBadge } from '../../components/mediation-bits';
import { ErrorNote } from '../../components/status';
import { useI18n } from '../../i18n';
import { href } from '../../lib/routes';
import { useSession } from '../../session';

/** The committee's mediations nobody took yet, and the mediator's own, oldest first. */
export function MediatorQueue() {
  const { t, tv, dateTime } = useI18n();
  const { claims } = useSession();
  // No stream for the queue: it is read again every few seconds while open.
  const queue = useQuery({ ...queries.mediatorQueue(), refetchInterval: 5_000 });
  if (queue.error) return <ErrorNote error={queue.error} />;
  if (!queue.data) return <p className="muted">{t('common.loading')}</p>;
  const items = queue.data.items;
  return (
    <section className="card mediator-queue">
      <h2>{t('mediation.queueTitle')}</h2>
      {items.length === 0 ? <p className="muted">{t('mediation.queueEmpty')}</p> : null}
      <ul className="list">
        {items.map((item) => (
          <li key={item.mediationId} className="queue-item" data-mediation={item.mediationId} data-case={item.caseId}>
            <a href={href({ name: 'mediator-mediation', mediationId: item.mediationId })}>
              <span className="row">
                <strong>{item.parties.map((party) => party.plate).join(' ↔ ')}</strong>
                <MediationBadge status={item.status} />
              </span>
              <span className="small">
                {tv('mediation.kind', item.kind)} ·{' '}
                {item.mediatorId === claims?.sub ? t('mediation.yours') : t('mediation.untaken')}
              </span>
              <span className="muted small block">
                {t('mediation.requestedBy', {
                  party: t('common.party', { party: item.requestedBy }),
                  time: dateTime(item.requestedAt),
                })}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
