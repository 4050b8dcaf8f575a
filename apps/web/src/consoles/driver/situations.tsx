import { useState } from 'react';
import { useAction } from '../../api/hooks';
import { MAX_SITUATIONS, SITUATION_CODES, type CaseView } from '../../api/types';
import { ErrorNote } from '../../components/status';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';

/** The 21 standard situations in plain words; a party picks up to three for its own vehicle. */
export function SituationPicker({ view }: { view: CaseView }) {
  const { t, tv } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const mine = view.parties.find((party) => party.party === view.yourParty);
  const [chosen, setChosen] = useState<string[]>(mine?.situations ?? []);
  const [note, setNote] = useState(mine?.note ?? '');
  const [saved, setSaved] = useState(false);
  const toggle = (code: string) => {
    setSaved(false);
    setChosen((current) =>
      current.includes(code)
        ? current.filter((candidate) => candidate !== code)
        : current.length < MAX_SITUATIONS
          ? [...current, code]
          : current,
    );
  };
  const save = async () => {
    const reply = await action.run(() =>
      api.post(`/cases/${view.caseId}/circumstances`, {
        situations: [...chosen].sort(),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    );
    if (reply) setSaved(true);
  };
  return (
    <section className="card">
      <h2>{t('case.situations')}</h2>
      <p className="muted small">{t('case.situationsIntro')}</p>
      <ul className="picker">
        {SITUATION_CODES.map((code) => {
          const checked = chosen.includes(code);
          return (
            <li key={code}>
              <label className={checked ? 'on' : ''}>
                <input
                  type="checkbox"
                  name="situation"
                  value={code}
                  checked={checked}
                  disabled={!checked && chosen.length >= MAX_SITUATIONS}
                  onChange={() => toggle(code)}
                />
                <span className="code">{code}</span>
                <span>{tv('situation', code)}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <label className="form">
        {t('case.note')}
        <textarea rows={2} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <ErrorNote error={action.error} />
      <div className="actions">
        <button type="button" onClick={() => void save()} disabled={action.busy}>
          {t('case.situationsSave')}
        </button>
        {saved ? <span className="ok small">✓ {t('case.situationsSaved')}</span> : null}
      </div>
    </section>
  );
}
