import { useEffect, useState, type FormEvent } from 'react';
import { useAction } from '../../api/hooks';
import type { Eligibility, EligibilityCondition, FileCaseAnswer, FileCaseBody, PartyInput } from '../../api/types';
import { ErrorNote } from '../../components/status';
import { useI18n } from '../../i18n';
import { DISTRICTS, districtById } from '../../lib/districts';
import { useNavigate } from '../../lib/routes';
import { fromLocalInput, toLocalInput } from '../../lib/time';
import { useSession } from '../../session';
import { PartyFields, emptyParty, partyBody } from '../driver/party-fields';
import { Checklist } from '../driver/report';

type Step = 'check' | 'scene' | 'A' | 'B';

/**
 * Filing for both parties on one device: the eight conditions, where and when, then each
 * party's details in turn (a 375 px screen holds one party at a time). POST /assistant/cases.
 */
export function AssistantFile() {
  const { t, language } = useI18n();
  const { api, claims } = useSession();
  const action = useAction([['assistant', 'cases']]);
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>('check');
  const [answers, setAnswers] = useState<Partial<Record<EligibilityCondition, boolean>>>({});
  const [occurredAt, setOccurredAt] = useState(() => toLocalInput(new Date()));
  const [address, setAddress] = useState('');
  const area = claims?.district ?? DISTRICTS[0]!.id;
  const [district, setDistrict] = useState(area);
  const [position, setPosition] = useState<{ lat: number; lng: number } | null>(null);
  const [description, setDescription] = useState('');
  const [parties, setParties] = useState<Record<'A' | 'B', PartyInput>>({ A: emptyParty(), B: emptyParty() });

  useEffect(() => {
    if (!('geolocation' in navigator)) return;
    navigator.geolocation.getCurrentPosition(
      (fix) => setPosition({ lat: fix.coords.latitude, lng: fix.coords.longitude }),
      () => setPosition(null),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    );
  }, []);

  if (step === 'check') {
    return <Checklist answers={answers} onAnswer={setAnswers} onContinue={() => setStep('scene')} />;
  }

  const submit = async () => {
    const when = fromLocalInput(occurredAt);
    if (!when) return;
    // Without a fix the district's centre stands in, as on a driver's phone.
    const centre = districtById(district) ?? DISTRICTS[0]!;
    const body: FileCaseBody = {
      occurredAt: when,
      location: { ...(position ?? { lat: centre.lat, lng: centre.lng }), address: address.trim(), district },
      ...(description.trim() ? { description: description.trim() } : {}),
      eligibility: answers as Eligibility,
      parties: { A: partyBody(parties.A), B: partyBody(parties.B) },
    };
    const reply = await action.run(() => api.post<FileCaseAnswer>('/assistant/cases', body));
    if (reply) navigate({ name: 'assistant-case', caseId: reply.caseId });
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (step === 'scene') setStep('A');
    else if (step === 'A') setStep('B');
    else void submit();
  };

  return (
    <form className="card stack assistant-file" data-step={step} onSubmit={next}>
      <h2>{t('assistant.fileTitle')}</h2>
      <ol className="steps small" aria-label={t('assistant.fileTitle')}>
        {(['scene', 'A', 'B'] as const).map((candidate) => (
          <li key={candidate} className={candidate === step ? 'on' : ''}>
            {candidate === 'scene' ? t('report.where') : t('common.party', { party: candidate })}
          </li>
        ))}
      </ol>
      {step === 'scene' ? (
        <fieldset className="form">
          <legend>{t('report.where')}</legend>
          <label>
            {t('report.address')}
            <input
              name="address"
              required
              maxLength={256}
              value={address}
              onChange={(e) => setAddress(e.target.value)}
            />
          </label>
          <label>
            {t('report.district')}
            <select name="district" value={district} onChange={(e) => setDistrict(e.target.value)}>
              {DISTRICTS.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate[language]}
                </option>
              ))}
            </select>
          </label>
          {district !== area ? <p className="warning small">{t('assistant.outsideArea')}</p> : null}
          <label>
            {t('report.when')}
            <input
              name="occurredAt"
              type="datetime-local"
              required
              value={occurredAt}
              onChange={(e) => setOccurredAt(e.target.value)}
            />
          </label>
          <label>
            {t('report.description')}
            <textarea
              name="description"
              rows={2}
              maxLength={2000}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          </label>
        </fieldset>
      ) : (
        <PartyFields
          key={step}
          legend={t('assistant.partyDetails', { party: step })}
          value={parties[step]}
          onChange={(party) => setParties({ ...parties, [step]: party })}
        />
      )}
      <ErrorNote error={action.error} />
      <div className="actions">
        {step !== 'scene' ? (
          <button type="button" className="secondary" onClick={() => setStep(step === 'B' ? 'A' : 'scene')}>
            {t('common.back')}
          </button>
        ) : null}
        <button type="submit" disabled={action.busy}>
          {step === 'B' ? t('assistant.fileSubmit') : t('assistant.next')}
        </button>
      </div>
    </form>
  );
}
