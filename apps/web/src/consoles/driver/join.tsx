import { useState, type FormEvent } from 'react';
import { useAction } from '../../api/hooks';
import type { JoinAnswer, PartyInput } from '../../api/types';
import { ErrorNote } from '../../components/status';
import { useI18n } from '../../i18n';
import { useNavigate } from '../../lib/routes';
import { useSession } from '../../session';
import { PartyFields, partyBody, rememberParty, rememberedParty } from './party-fields';

/** Party B joins from the scanned link (case id and code in it) or by typing the code and A's plate. */
export function JoinCase({ caseId, code }: { caseId?: string; code?: string }) {
  const { t } = useI18n();
  const { api, claims } = useSession();
  const action = useAction();
  const navigate = useNavigate();
  const [joinCode, setJoinCode] = useState(code ?? '');
  const [plateOfA, setPlateOfA] = useState('');
  const [party, setParty] = useState<PartyInput>(() => rememberedParty(claims?.sub ?? '', claims?.phone ?? ''));
  const viaLink = Boolean(caseId && code);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    rememberParty(claims?.sub ?? '', party);
    const body = partyBody(party);
    const reply = await action.run(() =>
      viaLink
        ? api.post<JoinAnswer>(`/cases/${encodeURIComponent(caseId!)}/join`, { joinCode, party: body })
        : api.post<JoinAnswer>('/cases/join', {
            joinCode: joinCode.trim(),
            plateOfA: plateOfA.trim(),
            party: body,
          }),
    );
    if (reply) navigate({ name: 'driver-case', caseId: reply.caseId });
  };

  return (
    <form className="card stack" onSubmit={(event) => void submit(event)}>
      <h2>{t('join.title')}</h2>
      <p className="muted">{viaLink ? t('join.viaLink') : t('join.intro')}</p>
      {viaLink ? null : (
        <fieldset className="form">
          <label>
            {t('join.code')}
            <input
              name="joinCode"
              required
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={16}
              value={joinCode}
              onChange={(e) => setJoinCode(e.target.value)}
            />
          </label>
          <label>
            {t('join.plateOfA')}
            <input
              name="plateOfA"
              required
              maxLength={16}
              value={plateOfA}
              onChange={(e) => setPlateOfA(e.target.value)}
            />
          </label>
        </fieldset>
      )}
      <PartyFields value={party} onChange={setParty} />
      <ErrorNote error={action.error} />
      <button type="submit" disabled={action.busy}>
        {t('join.submit')}
      </button>
    </form>
  );
}
