import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { ErrorNote, StatusBadge } from '../../components/status';
import { useI18n } from '../../i18n';
import { href } from '../../lib/routes';

export function DriverHome() {
  const { t, dateTime } = useI18n();
  const cases = useQuery(queries.myCases());
  return (
    <div className="stack">
      <div className="actions big">
        <a className="button" href={href({ name: 'driver-report' })}>
          {t('driver.report')}
        </a>
        <a className="button secondary" href={href({ name: 'driver-join' })}>
          {t('driver.join')}
        </a>
      </div>
      <section className="card">
        <h2>{t('driver.title')}</h2>
        <ErrorNote error={cases.error} />
        {cases.data && cases.data.items.length === 0 ? <p className="muted">{t('driver.noCases')}</p> : null}
        <ul className="list">
          {cases.data?.items.map((item) => (
            <li key={item.caseId}>
              <a className="row-link" href={href({ name: 'driver-case', caseId: item.caseId })}>
                <span>
                  <strong>{item.plates.join(' ↔ ')}</strong>
                  <span className="muted small block">
                    {dateTime(item.occurredAt)} · {item.address}
                  </span>
                </span>
                <StatusBadge prefix="status" status={item.status} />
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
