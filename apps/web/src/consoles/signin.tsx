import { useState, type FormEvent } from 'react';
import { Api } from '../api/client';
import { useAction } from '../api/hooks';
import type { DevToken } from '../api/types';
import { ErrorNote } from '../components/status';
import { useI18n } from '../i18n';
import { ROLES, type Role } from '../lib/claims';
import { DISTRICTS } from '../lib/districts';
import { INSURERS } from '../lib/insurers';
import { committeeOf } from '../lib/mediation';
import { useLocation } from 'wouter';
import { homeOf, pathOf } from '../lib/routes';
import { useSession } from '../session';

interface DevIdentity {
  sub: string;
  role: Role;
  district?: string;
  insurer?: string;
  phone?: string;
  organisation?: string;
  committee?: string;
}

/** The assistants' organisation of the demonstration (协理员: a police-insurer patrol station). */
const DEFAULT_ORGANISATION = '渝中区警保联动服务站';

/** Ready identities for a demonstration of the whole story on the embedded default. */
const PRESETS: { label: { zh: string; en: string }; identity: DevIdentity }[] = [
  { label: { zh: '司机 A', en: 'Driver A' }, identity: { sub: 'driver-a', role: 'driver', phone: '13800000001' } },
  { label: { zh: '司机 B', en: 'Driver B' }, identity: { sub: 'driver-b', role: 'driver', phone: '13800000002' } },
  {
    label: { zh: '渝中交警', en: 'Officer, Yuzhong' },
    identity: { sub: 'officer-1', role: 'officer', district: 'yuzhong' },
  },
  {
    label: { zh: '人保定损员', en: 'PICC adjuster' },
    identity: { sub: 'adjuster-picc', role: 'adjuster', insurer: 'PICC' },
  },
  {
    label: { zh: '太保定损员', en: 'CPIC adjuster' },
    identity: { sub: 'adjuster-cpic', role: 'adjuster', insurer: 'CPIC' },
  },
  { label: { zh: '审计员', en: 'Auditor' }, identity: { sub: 'auditor-1', role: 'auditor' } },
  {
    label: { zh: '协理员', en: 'Assistant' },
    identity: { sub: 'assistant-1', role: 'assistant', organisation: DEFAULT_ORGANISATION, district: 'yuzhong' },
  },
  {
    label: { zh: '调解员', en: 'Mediator' },
    identity: { sub: 'mediator-1', role: 'mediator', committee: committeeOf('yuzhong') },
  },
];

export function SignIn({ next }: { next?: string }) {
  const { t, tv, language } = useI18n();
  const session = useSession();
  const action = useAction();
  const [, navigate] = useLocation();
  const [identity, setIdentity] = useState<DevIdentity>({ sub: '', role: 'driver', phone: '' });
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);

  const enter = (token: string) => {
    const claims = session.signIn(token);
    if (!claims) return false;
    navigate(next ?? pathOf(homeOf(claims.role)));
    return true;
  };

  const issue = async (chosen: DevIdentity) => {
    const claims: Record<string, string> = { sub: chosen.sub.trim(), role: chosen.role };
    if (chosen.role === 'driver' && chosen.phone) claims.phone = chosen.phone.trim();
    if (chosen.role === 'officer' || chosen.role === 'assistant') claims.district = chosen.district ?? DISTRICTS[0]!.id;
    if (chosen.role === 'assistant') claims.organisation = (chosen.organisation ?? DEFAULT_ORGANISATION).trim();
    if (chosen.role === 'mediator') claims.committee = chosen.committee ?? committeeOf(DISTRICTS[0]!.id);
    if (chosen.role === 'adjuster') claims.insurer = chosen.insurer ?? INSURERS[0].id;
    const reply = await action.run(() => new Api(null).post<DevToken>('/auth/dev-token', claims));
    if (reply) enter(reply.token);
  };

  const submitDev = (event: FormEvent) => {
    event.preventDefault();
    void issue(identity);
  };

  const submitToken = (event: FormEvent) => {
    event.preventDefault();
    setPasteError(null);
    if (!enter(pasted)) setPasteError(t('signin.tokenInvalid'));
  };

  return (
    <div className="signin">
      <section className="card">
        <h2>{t('signin.dev')}</h2>
        <p className="muted small">{t('signin.devHint')}</p>
        <div className="presets" role="group" aria-label={t('signin.presets')}>
          {PRESETS.map((preset) => (
            <button
              key={preset.identity.sub}
              type="button"
              className="secondary"
              disabled={action.busy}
              onClick={() => void issue(preset.identity)}
            >
              {preset.label[language]}
            </button>
          ))}
        </div>
        <form onSubmit={submitDev} className="form">
          <label>
            {t('signin.role')}
            <select
              name="role"
              value={identity.role}
              onChange={(event) => setIdentity({ ...identity, role: event.target.value as Role })}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {tv('role', role)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('signin.sub')}
            <input
              name="sub"
              required
              maxLength={128}
              value={identity.sub}
              onChange={(event) => setIdentity({ ...identity, sub: event.target.value })}
            />
          </label>
          {identity.role === 'driver' ? (
            <label>
              {t('signin.phone')}
              <input
                name="phone"
                type="tel"
                inputMode="tel"
                value={identity.phone ?? ''}
                onChange={(event) => setIdentity({ ...identity, phone: event.target.value })}
              />
            </label>
          ) : null}
          {identity.role === 'assistant' ? (
            <label>
              {t('signin.organisation')}
              <input
                name="organisation"
                required
                maxLength={128}
                value={identity.organisation ?? DEFAULT_ORGANISATION}
                onChange={(event) => setIdentity({ ...identity, organisation: event.target.value })}
              />
            </label>
          ) : null}
          {identity.role === 'officer' || identity.role === 'assistant' ? (
            <label>
              {t('signin.district')}
              <select
                name="district"
                value={identity.district ?? DISTRICTS[0]!.id}
                onChange={(event) => setIdentity({ ...identity, district: event.target.value })}
              >
                {DISTRICTS.map((district) => (
                  <option key={district.id} value={district.id}>
                    {district[language]}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {identity.role === 'mediator' ? (
            <label>
              {t('mediation.committee')}
              <select
                name="committee"
                value={identity.committee ?? committeeOf(DISTRICTS[0]!.id)}
                onChange={(event) => setIdentity({ ...identity, committee: event.target.value })}
              >
                {DISTRICTS.map((district) => (
                  <option key={district.id} value={committeeOf(district.id)}>
                    {t('mediation.committeeOf', { district: district[language] })}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {identity.role === 'adjuster' ? (
            <label>
              {t('signin.insurer')}
              <select
                name="insurer"
                value={identity.insurer ?? INSURERS[0].id}
                onChange={(event) => setIdentity({ ...identity, insurer: event.target.value })}
              >
                {INSURERS.map((insurer) => (
                  <option key={insurer.id} value={insurer.id}>
                    {insurer[language]}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button type="submit" disabled={action.busy}>
            {t('signin.submit')}
          </button>
        </form>
        <ErrorNote error={action.error} />
      </section>
      <section className="card">
        <h2>{t('signin.token')}</h2>
        <p className="muted small">{t('signin.tokenHint')}</p>
        <form onSubmit={submitToken} className="form">
          <label>
            {t('signin.tokenField')}
            <textarea
              name="token"
              rows={3}
              required
              spellCheck={false}
              autoComplete="off"
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
            />
          </label>
          <button type="submit">{t('signin.submit')}</button>
        </form>
        {pasteError ? <p className="error">{pasteError}</p> : null}
      </section>
    </div>
  );
}
