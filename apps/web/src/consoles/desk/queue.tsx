import { FiledBy } from '../assistant/filed-by';
import { useLive } from '../../api/hooks';
import { live as liveSources } from '../../api/queries';
import { AllocationText } from '../../components/case-bits';
import { AuthImage } from '../../components/auth-image';
import { Countdown } from '../../components/countdown';
import { ErrorNote, FlagList } from '../../components/status';
import { useI18n } from '../../i18n';
import { districtById } from '../../lib/districts';
import { href } from '../../lib/routes';
import { useSession } from '../../session';

/** The officer's district queue, pushed by the server as the projections change it: no polling. */
export function DeskQueue() {
  const { t, tv, language } = useI18n();
  const { claims } = useSession();
  const live = useLive(liveSources.deskQueue());
  const district = claims?.district ? (districtById(claims.district)?.[language] ?? claims.district) : '';
  return (
    <section className="card desk">
      <div className="row">
        <h2>{t('desk.title', { district })}</h2>
        <span className={`live ${live.connected ? 'on' : 'off'}`}>
          {live.connected ? `● ${t('common.live')}` : t('common.reconnecting')}
        </span>
      </div>
      <ErrorNote error={live.error} />
      {live.data && live.data.items.length === 0 ? <p className="muted">{t('desk.empty')}</p> : null}
      <ol className="queue">
        {live.data?.items.map((item) => (
          <li key={item.caseId} className="queue-item" data-case={item.caseId}>
            <a className="queue-link" href={href({ name: 'desk-case', caseId: item.caseId })}>
              <span className="queue-clock">
                <Countdown deadline={item.deadline} skewMs={live.skewMs} />
                <span className="muted small block">{t('desk.deadline')}</span>
              </span>
              <span className="queue-main">
                <strong>{item.parties.map((party) => party.plate).join(' ↔ ')}</strong>
                {item.review ? <span className="badge badge-warn">{t('desk.review')}</span> : null}
                <FiledBy view={item} compact />
                <span className="small block">
                  {t('desk.suggestion')}:{' '}
                  {item.suggestion ? (
                    <AllocationText allocation={item.suggestion.allocation} />
                  ) : (
                    t('desk.noSuggestion')
                  )}
                </span>
                <span className="small block muted">
                  {item.parties
                    .map(
                      (party) =>
                        `${party.party}: ${party.situations.map((code) => `${code} ${tv('situation', code)}`).join('；') || t('desk.noSituations')}`,
                    )
                    .join(' · ')}
                </span>
                {item.assignedTo ? (
                  <span className="small block">{t('desk.assignedTo', { officer: item.assignedTo })}</span>
                ) : null}
                <FlagList flags={item.flags} />
              </span>
              <span className="queue-photos">
                {item.photos.slice(0, 3).map((photo) => (
                  <AuthImage key={photo.photoId} path={photo.thumbnail} alt={tv('kind', photo.kind)} className="mini" />
                ))}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
