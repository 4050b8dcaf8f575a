import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useAction, useLive } from '../../api/hooks';
import { live as liveSources } from '../../api/queries';
import {
  MAX_SITUATIONS,
  REQUIRED_PHOTO_KINDS,
  SITUATION_CODES,
  type Allocation,
  type CaseView,
  type ConfirmationCodeAnswer,
  type PartyId,
  type PhotoAnswer,
  type PhotoKind,
} from '../../api/types';
import { AuthImage } from '../../components/auth-image';
import { AllocationText, CaseHeading, PartyCard } from '../../components/case-bits';
import { ErrorNote } from '../../components/status';
import { useI18n } from '../../i18n';
import { missingRequiredKinds } from '../../lib/case-flow';
import { useSession } from '../../session';
import { CaseDocuments } from '../driver/documents';
import { FiledBy } from './filed-by';

const PARTIES: readonly PartyId[] = ['A', 'B'];
/** The three required kinds, and a close-up of the damage, for each party's vehicle. */
const KINDS: readonly PhotoKind[] = [...REQUIRED_PHOTO_KINDS, 'DAMAGE_DETAIL'];

/**
 * A case the assistant filed, from their device: each party's photos and situations, the
 * agreement the parties negotiated (or the police desk), then each party's confirmation.
 */
export function AssistantCase({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const live = useLive(liveSources.case(caseId));
  const [party, setParty] = useState<PartyId>('A');
  if (live.error) return <ErrorNote error={live.error} />;
  if (!live.data) return <p className="muted">{t('common.loading')}</p>;
  const view = live.data.case;
  const open = view.status === 'REPORTED';
  const agreement = view.assistance?.agreement ?? null;
  const anyConfirmed = view.assistance?.parties.some((each) => each.confirmed) ?? false;
  return (
    <div className="stack assistant-case" data-status={view.status}>
      <CaseHeading view={view} live={live} />
      <FiledBy view={view} />
      {open && !anyConfirmed ? (
        <>
          <div className="segmented party-switch" role="tablist" aria-label={t('assistant.actingFor')}>
            {PARTIES.map((candidate) => (
              <label key={candidate} className={candidate === party ? 'on' : ''}>
                <input
                  type="radio"
                  name="acting-for"
                  value={candidate}
                  checked={candidate === party}
                  onChange={() => setParty(candidate)}
                />
                {t('assistant.actFor', { party: candidate })}
              </label>
            ))}
          </div>
          <PartyPhotos key={`photos-${party}`} view={view} party={party} />
          <PartySituations key={`situations-${party}`} view={view} party={party} />
          <AgreementOrPolice view={view} />
        </>
      ) : null}
      {open && agreement ? <Confirmations view={view} /> : null}
      {!open ? <Outcome view={view} /> : null}
      {/* The agreement or decision to print on the scene; the settlements are the claimants'. */}
      <CaseDocuments view={view} claims={[]} />
      <section className="card parties">
        <h2>{t('case.parties')}</h2>
        {view.parties.map((each) => (
          <PartyCard key={each.party} party={each} you={false} />
        ))}
      </section>
    </div>
  );
}

function PartyPhotos({ view, party }: { view: CaseView; party: PartyId }) {
  const { t, tv } = useI18n();
  // The required kinds are the case's (either party's photo of a kind counts), as for drivers.
  const missing = missingRequiredKinds(view.photos);
  return (
    <section className="card" data-photos-of={party}>
      <h2>{t('assistant.photosOf', { party })}</h2>
      <p className={missing.length > 0 ? 'warning small' : 'ok small'} data-missing={missing.join(',')}>
        {missing.length > 0
          ? t('case.photosMissing', { kinds: missing.map((kind) => tv('kind', kind)).join('、') })
          : t('case.photosDone')}
      </p>
      <div className="shots">
        {KINDS.map((kind) => (
          <PartyShot key={kind} view={view} party={party} kind={kind} />
        ))}
      </div>
    </section>
  );
}

function PartyShot({ view, party, kind }: { view: CaseView; party: PartyId; kind: PhotoKind }) {
  const { t, tv } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const [uploading, setUploading] = useState(false);
  const photos = view.photos.filter((photo) => photo.kind === kind && photo.party === party);
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const form = new FormData();
    form.append('kind', kind);
    form.append('party', party);
    form.append('file', file, file.name || 'photo.jpg');
    setUploading(true);
    await action.run(() => api.upload<PhotoAnswer>(`/cases/${view.caseId}/photos`, form));
    setUploading(false);
  };
  return (
    <div
      className={`shot ${REQUIRED_PHOTO_KINDS.includes(kind) ? 'required' : ''} ${photos.length > 0 ? 'done' : ''}`}
      data-kind={kind}
      data-party={party}
    >
      <div className="shot-head">
        <strong>
          {photos.length > 0 ? '✓ ' : ''}
          {tv('kind', kind)}
        </strong>
      </div>
      <div className="thumbs">
        {photos.map((photo) => (
          <figure key={photo.photoId} className="thumb">
            <AuthImage path={photo.urls.thumbnail} alt={`${tv('kind', kind)} · ${t('common.party', { party })}`} />
          </figure>
        ))}
        {uploading ? (
          <figure className="thumb uploading">
            <figcaption>{t('case.uploading')}</figcaption>
          </figure>
        ) : null}
      </div>
      <ErrorNote error={action.error} />
      <label className={`button ${photos.length > 0 ? 'secondary' : ''} camera`}>
        {t('case.takePhoto')}
        <input
          type="file"
          name={`photo-${party}-${kind}`}
          accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
          capture="environment"
          disabled={action.busy}
          onChange={(event) => void upload(event)}
        />
      </label>
    </div>
  );
}

function PartySituations({ view, party }: { view: CaseView; party: PartyId }) {
  const { t, tv } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const recorded = view.parties.find((each) => each.party === party);
  const [chosen, setChosen] = useState<string[]>(recorded?.situations ?? []);
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
      api.post(`/cases/${view.caseId}/circumstances`, { party, situations: [...chosen].sort() }),
    );
    if (reply) setSaved(true);
  };
  return (
    <section className="card" data-situations-of={party}>
      <h2>{t('assistant.situationsOf', { party })}</h2>
      <details>
        <summary>
          {chosen.length === 0 ? t('desk.noSituations') : chosen.map((code) => tv('situation', code)).join('；')}
        </summary>
        <ul className="picker">
          {SITUATION_CODES.map((code) => {
            const checked = chosen.includes(code);
            return (
              <li key={code}>
                <label className={checked ? 'on' : ''}>
                  <input
                    type="checkbox"
                    name={`situation-${party}`}
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
      </details>
      <ErrorNote error={action.error} />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void save()} disabled={action.busy}>
          {t('case.situationsSave')}
        </button>
        {saved ? <span className="ok small">✓ {t('case.situationsSaved')}</span> : null}
      </div>
    </section>
  );
}

/** What the parties negotiated (FULL/NONE only), signed by neither until each confirms; or the desk. */
function AgreementOrPolice({ view }: { view: CaseView }) {
  const { t } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const recorded = view.assistance?.agreement?.allocation ?? null;
  const [fullyLiable, setFullyLiable] = useState<PartyId>(recorded?.A === 'FULL' ? 'A' : 'B');
  const allocation: Allocation = fullyLiable === 'A' ? { A: 'FULL', B: 'NONE' } : { A: 'NONE', B: 'FULL' };
  const post = (path: string, body?: unknown) => action.run(() => api.post(`/cases/${view.caseId}/${path}`, body));
  return (
    <section className="card path">
      <h2>{t('assistant.pathTitle')}</h2>
      <div className="option">
        <p className="small">{t('assistant.agreementIntro')}</p>
        <div className="segmented" role="radiogroup" aria-label={t('assistant.pathTitle')}>
          {PARTIES.map((party) => (
            <label key={party} className={fullyLiable === party ? 'on' : ''}>
              <input
                type="radio"
                name="fully-liable"
                value={party}
                checked={fullyLiable === party}
                onChange={() => setFullyLiable(party)}
              />
              {t('assistant.fullyLiable', { party })}
            </label>
          ))}
        </div>
        <p className="small">
          <AllocationText allocation={allocation} />
        </p>
        {recorded ? (
          <p className="ok small" data-recorded={`${recorded.A}/${recorded.B}`}>
            ✓ {t('assistant.agreementRecorded')}
          </p>
        ) : null}
        <button type="button" disabled={action.busy} onClick={() => void post('agreement', { allocation })}>
          {recorded ? t('assistant.agreementReplace') : t('assistant.agreementRecord')}
        </button>
      </div>
      <div className="option">
        <p className="small">{t('assistant.policeIntro')}</p>
        <button type="button" className="secondary" disabled={action.busy} onClick={() => void post('police-review')}>
          {t('assistant.police')}
        </button>
      </div>
      <ErrorNote error={action.error} />
    </section>
  );
}

/** Each party confirms the recorded agreement: their SMS code, or their name and phone, on this device. */
function Confirmations({ view }: { view: CaseView }) {
  const { t } = useI18n();
  return (
    <section className="card confirmations">
      <h2>{t('assistant.confirmTitle')}</h2>
      <p className="muted small">{t('assistant.confirmIntro')}</p>
      {view.assistance?.agreement ? (
        <p>
          <AllocationText allocation={view.assistance.agreement.allocation} />
        </p>
      ) : null}
      {PARTIES.map((party) => (
        <PartyConfirmation key={party} view={view} party={party} />
      ))}
    </section>
  );
}

function PartyConfirmation({ view, party }: { view: CaseView; party: PartyId }) {
  const { t, tv, dateTime } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const [sent, setSent] = useState<ConfirmationCodeAnswer | null>(null);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const state = view.assistance?.parties.find((each) => each.party === party);
  const plate = view.parties.find((each) => each.party === party)?.plate ?? '';
  if (state?.confirmed) {
    return (
      <div className="party-confirmation done" data-party={party} data-confirmed="true">
        <h3>
          {t('common.party', { party })} · {plate}
        </h3>
        <p className="ok small">
          ✓ {t('assistant.confirmedBy', { method: tv('confirmMethod', state.method ?? '') })}
          {state.confirmedAt ? ` · ${dateTime(state.confirmedAt)}` : ''}
        </p>
      </div>
    );
  }
  const path = `/cases/${view.caseId}/parties/${party}`;
  const sendCode = async () => {
    const reply = await action.run(() => api.post<ConfirmationCodeAnswer>(`${path}/confirmation-code`));
    if (reply) setSent(reply);
  };
  const confirm = (body: unknown) => (event: FormEvent) => {
    event.preventDefault();
    void action.run(() => api.post(`${path}/confirmation`, body));
  };
  const codeOut = sent ?? (state?.code ? { expiresAt: state.code.expiresAt } : null);
  return (
    <div className="party-confirmation" data-party={party} data-confirmed="false">
      <h3>
        {t('common.party', { party })} · {plate}
      </h3>
      <div className="actions">
        <button type="button" className="secondary" disabled={action.busy} onClick={() => void sendCode()}>
          {codeOut ? t('assistant.codeResend') : t('assistant.codeSend')}
        </button>
      </div>
      {codeOut ? (
        <p className="small" data-code-out={party}>
          {sent ? t('assistant.codeSentTo', { phone: sent.sentTo }) : t('assistant.codeOut')} ·{' '}
          {t('assistant.codeExpires', { time: dateTime(codeOut.expiresAt) })}
          {state?.code ? ` · ${t('assistant.attemptsLeft', { count: state.code.attemptsLeft })}` : ''}
        </p>
      ) : null}
      {codeOut ? (
        <form className="form inline" onSubmit={confirm({ method: 'CODE', code: code.trim() })}>
          <label>
            {t('assistant.code')}
            <input
              name={`code-${party}`}
              required
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              value={code}
              onChange={(event) => setCode(event.target.value)}
            />
          </label>
          <button type="submit" disabled={action.busy}>
            {t('assistant.confirmByCode')}
          </button>
        </form>
      ) : null}
      <details>
        <summary>{t('assistant.signInstead')}</summary>
        <form className="form" onSubmit={confirm({ method: 'SIGNATURE', name: name.trim(), phone: phone.trim() })}>
          <p className="muted small">{t('assistant.signIntro')}</p>
          <label>
            {t('party.driverName')}
            <input
              name={`sign-name-${party}`}
              required
              maxLength={64}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <label>
            {t('party.phone')}
            <input
              name={`sign-phone-${party}`}
              required
              type="tel"
              inputMode="tel"
              value={phone}
              onChange={(event) => setPhone(event.target.value)}
            />
          </label>
          <button type="submit" disabled={action.busy}>
            {t('assistant.confirmBySignature')}
          </button>
        </form>
      </details>
      <ErrorNote error={action.error} />
    </div>
  );
}

function Outcome({ view }: { view: CaseView }) {
  const { t } = useI18n();
  const liability = view.liability;
  return (
    <section className="card banner ok assistant-outcome">
      {liability?.final ? (
        <p>
          {t('assistant.final')} <AllocationText allocation={liability.allocation} />
        </p>
      ) : view.status === 'AWAITING_POLICE' || view.status === 'UNDER_REVIEW' ? (
        <p>{t('assistant.withPolice')}</p>
      ) : (
        <p>{t('assistant.followed')}</p>
      )}
    </section>
  );
}
