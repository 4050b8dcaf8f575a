import { useState, type FormEvent } from 'react';
import { useAction } from '../../api/hooks';
import type { OwnConfirmationAnswer } from '../../api/types';
import { ErrorNote } from '../../components/status';
import { useI18n } from '../../i18n';
import { useNavigate } from '../../lib/routes';
import { useSession } from '../../session';

/**
 * What the SMS with a party's one-time code links to (`#/confirm/{caseId}/{party}`): the party
 * types the code on their own phone, agrees to what the assistant recorded, and the case is theirs.
 */
export function ConfirmOwnParty({ caseId, party }: { caseId: string; party: 'A' | 'B' }) {
  const { t } = useI18n();
  const { api } = useSession();
  const action = useAction([['me', 'cases']]);
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const reply = await action.run(() =>
      api.post<OwnConfirmationAnswer>(`/cases/${caseId}/confirmation`, { party, code: code.trim() }),
    );
    if (reply) navigate({ name: 'driver-case', caseId: reply.caseId });
  };
  return (
    <form className="card stack own-confirmation" onSubmit={(event) => void submit(event)}>
      <h2>{t('confirm.title', { party })}</h2>
      <p className="muted small">{t('confirm.intro')}</p>
      <p className="muted small mono">
        {t('common.caseNo')} {caseId}
      </p>
      <label className="form">
        {t('assistant.code')}
        <input
          name="code"
          required
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
      </label>
      <ErrorNote error={action.error} />
      <button type="submit" disabled={action.busy}>
        {t('confirm.submit')}
      </button>
      <p className="muted small">{t('confirm.refuse')}</p>
    </form>
  );
}
