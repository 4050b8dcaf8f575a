import { useQuery } from '@tanstack/react-query';
import { Fragment, useState, type FormEvent } from 'react';
import { Api, asApiError, type ApiError } from '../../api/client';
import type { Verification } from '../../api/types';
import { ErrorNote } from '../../components/status';
import { useI18n } from '../../i18n';
import { districtById } from '../../lib/districts';
import { insurerName } from '../../lib/insurers';
import { formatFen } from '../../lib/money';
import { pathOf, referenceInUrl, useNavigate, type DocumentReference } from '../../lib/routes';

/**
 * What a document's QR code opens, for anyone, signed in or not: whether the paper matches the
 * recorded events (GET /verify/…, docs/adr/0029), and what it says that can be compared line by line.
 */
export function VerifyDocument({ reference }: { reference?: DocumentReference }) {
  return reference ? <VerificationResult key={pathOf({ name: 'verify', reference })} reference={reference} /> : <Ask />;
}

/** The URL printed under a document's QR code, typed or pasted. */
function Ask() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reference = referenceInUrl(text);
    setInvalid(!reference);
    if (reference) navigate({ name: 'verify', reference });
  };
  return (
    <form className="card stack verify-ask" onSubmit={submit}>
      <h2>{t('verify.title')}</h2>
      <p className="muted small">{t('verify.askIntro')}</p>
      <label className="form">
        {t('verify.url')}
        <textarea
          name="verification-url"
          rows={3}
          required
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {invalid ? <p className="error">{t('verify.notAReference')}</p> : null}
      <button type="submit">{t('verify.check')}</button>
    </form>
  );
}

function VerificationResult({ reference }: { reference: DocumentReference }) {
  const { t } = useI18n();
  const path = `/verify/${reference.kind}/${encodeURIComponent(reference.subjectId)}/${reference.revisions}/${reference.fingerprint}`;
  // Public: asked without anyone's token, so what it shows is what anyone holding the paper sees.
  const answer = useQuery<Verification, ApiError>({
    queryKey: ['verify', reference.kind, reference.subjectId, reference.revisions, reference.fingerprint],
    queryFn: ({ signal }) =>
      new Api(null).get<Verification>(path, signal).catch((error: unknown) => {
        throw asApiError(error);
      }),
  });
  if (answer.error) return <ErrorNote error={answer.error} />;
  if (!answer.data) return <p className="muted">{t('common.loading')}</p>;
  const verdict = answer.data;
  return (
    <div className="stack verify" data-valid={String(verdict.valid)}>
      {verdict.valid ? (
        <Matching document={verdict.document} checkedAt={verdict.checkedAt} />
      ) : (
        <section className="card banner bad verify-verdict" data-reason={verdict.reason}>
          <h2>✗ {t('verify.mismatch')}</h2>
          <p>{t(verdict.reason === 'RECORDS_ALTERED' ? 'verify.RECORDS_ALTERED' : 'verify.NO_MATCH')}</p>
        </section>
      )}
      <p className="muted small break mono">
        {t('verify.reference')}: {reference.kind} · {reference.subjectId} · {reference.revisions} ·{' '}
        {reference.fingerprint}
      </p>
    </div>
  );
}

type Matched = Extract<Verification, { valid: true }>;

function Matching({ document, checkedAt }: { document: Matched['document']; checkedAt: string }) {
  const { t, tv, dateTime, language } = useI18n();
  return (
    <>
      <section className="card banner ok verify-verdict">
        <h2>✓ {t('verify.match')}</h2>
        <p className="small">{t('verify.matchIntro', { time: dateTime(checkedAt) })}</p>
      </section>
      <section className="card verify-document" data-kind={document.kind}>
        <h2>{document.title}</h2>
        <dl>
          <dt>{t('common.caseNo')}</dt>
          <dd className="mono">{document.caseId}</dd>
          {document.claimId ? (
            <>
              <dt>{t('verify.claimNo')}</dt>
              <dd className="mono">{document.claimId}</dd>
            </>
          ) : null}
          <dt>{t('report.when')}</dt>
          <dd>{dateTime(document.occurredAt)}</dd>
          <dt>{t('report.district')}</dt>
          <dd>{districtById(document.district)?.[language] ?? document.district}</dd>
          <dt>{t('verify.basis')}</dt>
          <dd>{tv('basis', document.basis)}</dd>
          {document.decidedBy ? (
            <>
              <dt>{t('verify.decidedBy')}</dt>
              <dd>
                {document.decidedBy}
                {document.decidedAt ? ` · ${dateTime(document.decidedAt)}` : ''}
              </dd>
            </>
          ) : null}
          {document.signedAt?.map((signed) => (
            <Fragment key={signed.party}>
              <dt>{t('verify.signed', { party: signed.party })}</dt>
              <dd>{dateTime(signed.at)}</dd>
            </Fragment>
          ))}
          <dt>{t('verify.issuedAt')}</dt>
          <dd>{dateTime(document.issuedAt)}</dd>
        </dl>
        <table className="verify-parties">
          <tbody>
            {document.parties.map((party) => (
              <tr key={party.party} data-party={party.party}>
                <th>{t('common.party', { party: party.party })}</th>
                <td>{party.plate}</td>
                <td>{insurerName(party.insurer, language)}</td>
                <td>{tv('level', party.liability)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {document.amounts ? (
          <table className="verify-amounts">
            <tbody>
              <tr>
                <th>{t('verify.assessed')}</th>
                <td className="amount" colSpan={2}>
                  {formatFen(document.amounts.assessedFen)}
                </td>
              </tr>
              {document.amounts.lines.map((line, index) => (
                <tr key={index}>
                  <th>{insurerName(line.payer, language)}</th>
                  <td>{tv('coverage', line.coverage)}</td>
                  <td className="amount">{formatFen(line.amountFen)}</td>
                </tr>
              ))}
              <tr>
                <th>{t('verify.paid')}</th>
                <td className="amount" colSpan={2} data-paid-fen={document.amounts.paidFen}>
                  {formatFen(document.amounts.paidFen)}
                </td>
              </tr>
            </tbody>
          </table>
        ) : null}
        <p className="muted small break mono">
          {t('verify.fingerprint')}: {document.fingerprint}
        </p>
      </section>
    </>
  );
}
