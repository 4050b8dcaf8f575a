import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useAction } from '../../api/hooks';
import { ELIGIBILITY_CONDITIONS, type EligibilityCondition, type PartyInput, type ReportAnswer } from '../../api/types';
import { ErrorNote } from '../../components/status';
import { useI18n } from '../../i18n';
import { failingConditions } from '../../lib/case-flow';
import { DISTRICTS, districtById, nearestDistrict } from '../../lib/districts';
import { useNavigate } from '../../lib/routes';
import { fromLocalInput, toLocalInput } from '../../lib/time';
import { useSession } from '../../session';
import { PartyFields, partyBody, rememberParty, rememberedParty } from './party-fields';

const WEATHER = ['clear', 'cloudy', 'rain', 'fog', 'snow'] as const;

export function ReportAccident() {
  const [answers, setAnswers] = useState<Partial<Record<EligibilityCondition, boolean>>>({});
  const [eligible, setEligible] = useState(false);
  return eligible ? (
    <ReportForm eligibility={answers as Record<EligibilityCondition, boolean>} />
  ) : (
    <Checklist answers={answers} onAnswer={setAnswers} onContinue={() => setEligible(true)} />
  );
}

/** The eight conditions of quick processing; a single "no" explains why and says to call 122. */
export function Checklist({
  answers,
  onAnswer,
  onContinue,
}: {
  answers: Partial<Record<EligibilityCondition, boolean>>;
  onAnswer(next: Partial<Record<EligibilityCondition, boolean>>): void;
  onContinue(): void;
}) {
  const { t } = useI18n();
  const failing = failingConditions(answers);
  const refused = ELIGIBILITY_CONDITIONS.filter((condition) => answers[condition] === false);
  return (
    <section className="card">
      <h2>{t('check.title')}</h2>
      <p className="muted">{t('check.intro')}</p>
      <ol className="checklist">
        {ELIGIBILITY_CONDITIONS.map((condition) => (
          <li key={condition} data-condition={condition}>
            <span>{t(`check.${condition}`)}</span>
            <span className="segmented" role="radiogroup" aria-label={t(`check.${condition}`)}>
              <label className={answers[condition] === true ? 'on' : ''}>
                <input
                  type="radio"
                  name={condition}
                  value="yes"
                  checked={answers[condition] === true}
                  onChange={() => onAnswer({ ...answers, [condition]: true })}
                />
                {t('check.yes')}
              </label>
              <label className={answers[condition] === false ? 'on no' : ''}>
                <input
                  type="radio"
                  name={condition}
                  value="no"
                  checked={answers[condition] === false}
                  onChange={() => onAnswer({ ...answers, [condition]: false })}
                />
                {t('check.no')}
              </label>
            </span>
          </li>
        ))}
      </ol>
      {refused.length > 0 ? (
        <div className="refusal" role="alert">
          <h3>{t('check.refused')}</h3>
          <p>{t('check.refusedWhy')}</p>
          <ul>
            {refused.map((condition) => (
              <li key={condition}>✗ {t(`check.${condition}`)}</li>
            ))}
          </ul>
          <p>
            <strong>{t('check.call122')}</strong>
          </p>
          <a className="button danger" href="tel:122">
            {t('check.callButton')}
          </a>
        </div>
      ) : (
        <button type="button" disabled={failing.length > 0} onClick={onContinue}>
          {t('check.continue')}
        </button>
      )}
    </section>
  );
}

type Fix =
  | { state: 'idle' }
  | { state: 'locating' }
  | { state: 'located'; lat: number; lng: number; accuracy: number }
  | { state: 'failed'; reason: string };

function ReportForm({ eligibility }: { eligibility: Record<EligibilityCondition, boolean> }) {
  const { t, tv, language } = useI18n();
  const { api, claims } = useSession();
  const action = useAction();
  const navigate = useNavigate();
  const [occurredAt, setOccurredAt] = useState(() => toLocalInput(new Date()));
  const [fix, setFix] = useState<Fix>({ state: 'idle' });
  const [address, setAddress] = useState('');
  const [district, setDistrict] = useState(DISTRICTS[0]!.id);
  const [weather, setWeather] = useState<string>('clear');
  const [description, setDescription] = useState('');
  const [party, setParty] = useState<PartyInput>(() => rememberedParty(claims?.sub ?? '', claims?.phone ?? ''));

  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setFix({ state: 'failed', reason: 'unsupported' });
      return;
    }
    setFix({ state: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { latitude: lat, longitude: lng, accuracy } = position.coords;
        setFix({ state: 'located', lat, lng, accuracy });
        setDistrict(nearestDistrict({ lat, lng }).id);
      },
      (error) => setFix({ state: 'failed', reason: error.message || String(error.code) }),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    );
  }, []);
  useEffect(locate, [locate]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const when = fromLocalInput(occurredAt);
    if (!when) return;
    // Without a fix the district's centre stands in, so the desk still knows roughly where.
    const centre = districtById(district) ?? DISTRICTS[0]!;
    const position = fix.state === 'located' ? { lat: fix.lat, lng: fix.lng } : { lat: centre.lat, lng: centre.lng };
    rememberParty(claims?.sub ?? '', party);
    const reply = await action.run(() =>
      api.post<ReportAnswer>('/cases', {
        occurredAt: when,
        location: { ...position, address: address.trim(), district },
        weather,
        ...(description.trim() ? { description: description.trim() } : {}),
        eligibility,
        party: partyBody(party),
      }),
    );
    if (reply) navigate({ name: 'driver-case', caseId: reply.caseId });
  };

  return (
    <form className="card stack" onSubmit={(event) => void submit(event)}>
      <h2>{t('driver.reportTitle')}</h2>
      <fieldset className="form">
        <legend>{t('report.where')}</legend>
        <div className="locate">
          <button type="button" className="secondary" onClick={locate} disabled={fix.state === 'locating'}>
            {t('report.locate')}
          </button>
          <span className="small" data-fix={fix.state}>
            {fix.state === 'locating' ? t('report.locating') : null}
            {fix.state === 'located'
              ? `${t('report.located', { meters: Math.round(fix.accuracy) })} ${fix.lat.toFixed(5)}, ${fix.lng.toFixed(5)}`
              : null}
          </span>
        </div>
        {fix.state === 'failed' ? (
          <p className="warning small">
            {t('report.locationFailed', { reason: fix.reason })} {t('report.manualHint')}
          </p>
        ) : null}
        <label>
          {t('report.address')}
          <input name="address" required maxLength={256} value={address} onChange={(e) => setAddress(e.target.value)} />
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
      </fieldset>
      <fieldset className="form">
        <legend>{t('report.when')}</legend>
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
          {t('report.weather')}
          <select name="weather" value={weather} onChange={(e) => setWeather(e.target.value)}>
            {WEATHER.map((value) => (
              <option key={value} value={value}>
                {tv('weather', value)}
              </option>
            ))}
          </select>
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
      <PartyFields value={party} onChange={setParty} />
      <ErrorNote error={action.error} />
      <button type="submit" disabled={action.busy}>
        {t('report.submit')}
      </button>
    </form>
  );
}
