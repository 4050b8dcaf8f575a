import { useQuery } from '@tanstack/react-query';
import type { ApiError } from '../../api/client';
import type { AssistedCases } from '../../api/types';
import { AllocationText } from '../../components/case-bits';
import { ErrorNote, StatusBadge } from '../../components/status';
import { useI18n } from '../../i18n';
import { href } from '../../lib/routes';

/** The assistant's console: file a case on the scene, and the cases they filed, newest first. */
export function AssistantHome() {
  const { t, dateTime } = useI18n();
  const cases = useQuery<AssistedCases, ApiError>({ queryKey: ['assistant', 'cases'] });
  return (
    <div className="stack assistant-home">
      <div className="actions big">
        <a className="button" href={href({ name: 'assistant-file' })}>
          {t('assistant.file')}
        </a>
      </div>
      <section className="card">
        <h2>{t('assistant.title')}</h2>
        <p className="muted small">{t('assistant.intro')}</p>
        <ErrorNote error={cases.error} />
        {cases.data && cases.data.items.length === 0 ? <p className="muted">{t('assistant.noCases')}</p> : null}
        <ul className="list">
          {cases.data?.items.map((item) => (
            <li key={item.caseId} data-case={item.caseId}>
              <a className="row-link" href={href({ name: 'assistant-case', caseId: item.caseId })}>
                <span>
                  <strong>{item.plates.join(' ↔ ')}</strong>
                  <span className="muted small block">
                    {dateTime(item.occurredAt)} · {item.address}
                  </span>
                  {item.agreement && !item.liability ? (
                    <span className="small block" data-confirmed={item.confirmed.join(',')}>
                      {t('assistant.confirmedOf', { count: item.confirmed.length })}
                      {item.codesOut.length > 0
                        ? ` · ${t('assistant.codesOut', { parties: item.codesOut.join('、') })}`
                        : ''}
                    </span>
                  ) : null}
                  {item.liability ? (
                    <span className="small block">
                      <AllocationText allocation={item.liability} />
                    </span>
                  ) : null}
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
