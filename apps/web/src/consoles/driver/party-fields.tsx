import type { PartyInput } from '../../api/types';
import { useI18n } from '../../i18n';
import { INSURERS } from '../../lib/insurers';

/** Third-party cover sums offered by Chinese insurers, in fen. */
const THIRD_PARTY_LIMITS_FEN = [0, 50_000_000, 100_000_000, 200_000_000, 300_000_000];

const STORAGE_PREFIX = 'quickclaim.party.';

export function emptyParty(phone = ''): PartyInput {
  return {
    driverName: '',
    phone,
    licenceNo: '',
    plate: '',
    vehicleType: '',
    insurer: INSURERS[0].id,
    policyNumber: '',
    coverage: { thirdPartyLimitFen: 100_000_000, ownDamage: true },
  };
}

/** A driver's own details, remembered on this phone for the next accident. */
export function rememberedParty(sub: string, phone = ''): PartyInput {
  try {
    const stored = localStorage.getItem(STORAGE_PREFIX + sub);
    return stored ? { ...emptyParty(phone), ...(JSON.parse(stored) as Partial<PartyInput>) } : emptyParty(phone);
  } catch {
    return emptyParty(phone);
  }
}

export function rememberParty(sub: string, party: PartyInput): void {
  localStorage.setItem(STORAGE_PREFIX + sub, JSON.stringify(party));
}

/** The body's PartyInput: optional text left out when empty. */
export function partyBody(party: PartyInput): PartyInput {
  const { vehicleType, ...rest } = party;
  return vehicleType && vehicleType.trim() ? { ...rest, vehicleType: vehicleType.trim() } : rest;
}

export function PartyFields({
  value,
  onChange,
  legend,
}: {
  value: PartyInput;
  onChange(next: PartyInput): void;
  legend?: string;
}) {
  const { t, language } = useI18n();
  const set = <K extends keyof PartyInput>(key: K, next: PartyInput[K]) => onChange({ ...value, [key]: next });
  return (
    <fieldset className="form">
      <legend>{legend ?? t('report.yourVehicle')}</legend>
      <label>
        {t('party.plate')}
        <input
          name="plate"
          required
          maxLength={16}
          value={value.plate}
          onChange={(e) => set('plate', e.target.value)}
        />
      </label>
      <label>
        {t('party.driverName')}
        <input
          name="driverName"
          required
          maxLength={64}
          autoComplete="name"
          value={value.driverName}
          onChange={(e) => set('driverName', e.target.value)}
        />
      </label>
      <label>
        {t('party.phone')}
        <input
          name="phone"
          required
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          pattern="\+?[0-9 \-]{5,20}"
          value={value.phone}
          onChange={(e) => set('phone', e.target.value)}
        />
      </label>
      <label>
        {t('party.licenceNo')}
        <input
          name="licenceNo"
          required
          maxLength={32}
          value={value.licenceNo}
          onChange={(e) => set('licenceNo', e.target.value)}
        />
      </label>
      <label>
        {t('party.vehicleType')}
        <input
          name="vehicleType"
          maxLength={32}
          value={value.vehicleType ?? ''}
          onChange={(e) => set('vehicleType', e.target.value)}
        />
      </label>
      <label>
        {t('party.insurer')}
        <select name="insurer" value={value.insurer} onChange={(e) => set('insurer', e.target.value)}>
          {INSURERS.map((insurer) => (
            <option key={insurer.id} value={insurer.id}>
              {insurer[language]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('party.policyNumber')}
        <input
          name="policyNumber"
          required
          maxLength={64}
          value={value.policyNumber}
          onChange={(e) => set('policyNumber', e.target.value)}
        />
      </label>
      <label>
        {t('party.thirdPartyLimit')}
        <select
          name="thirdPartyLimitFen"
          value={value.coverage.thirdPartyLimitFen}
          onChange={(e) => set('coverage', { ...value.coverage, thirdPartyLimitFen: Number(e.target.value) })}
        >
          {THIRD_PARTY_LIMITS_FEN.map((fen) => (
            <option key={fen} value={fen}>
              {fen === 0
                ? t('party.thirdPartyNone')
                : language === 'zh'
                  ? `${fen / 1_000_000} 万元`
                  : `¥${(fen / 100).toLocaleString('en')}`}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          name="ownDamage"
          checked={value.coverage.ownDamage}
          onChange={(e) => set('coverage', { ...value.coverage, ownDamage: e.target.checked })}
        />
        {t('party.ownDamage')}
      </label>
    </fieldset>
  );
}
