import type { ApiError } from '../api/client';
import type { FlagDetail } from '../api/types';
import { useI18n } from '../i18n';
import { flagDetailMessage } from '../lib/case-facts';
import { districtById } from '../lib/districts';

const TONE: Record<string, string> = {
  REPORTED: 'info',
  AWAITING_POLICE: 'warn',
  UNDER_REVIEW: 'warn',
  EVIDENCE_REQUESTED: 'warn',
  DECIDED: 'info',
  LIABILITY_FINAL: 'ok',
  SETTLING: 'info',
  CLOSED: 'ok',
  DISPUTED: 'warn',
  REFERRED_OFFLINE: 'bad',
  WITHDRAWN: 'muted',
  OPEN: 'warn',
  ASSESSED: 'info',
  ASSESSMENT_REJECTED: 'bad',
  ACCEPTED: 'info',
  APPROVED: 'info',
  PAYING: 'info',
  PAID: 'ok',
  REQUESTED: 'info',
  FAILED: 'bad',
  NEEDS_ADJUSTER: 'bad',
  UNDER_INVESTIGATION: 'warn',
  DECLINED: 'bad',
};

export function StatusBadge({ prefix, status }: { prefix: 'status' | 'claim' | 'payout'; status: string }) {
  const { tv } = useI18n();
  return (
    <span className={`badge badge-${TONE[status] ?? 'muted'}`} data-status={status}>
      {tv(prefix, status)}
    </span>
  );
}

export function FlagList({ flags, block = false }: { flags: readonly string[]; block?: boolean }) {
  const { t, tv } = useI18n();
  if (flags.length === 0) return <span className={`muted small ${block ? 'block' : ''}`}>{t('common.noFlags')}</span>;
  return (
    <ul className="flags" aria-label={t('common.flags')}>
      {flags.map((flag) => (
        <li key={flag} className="flag" data-flag={flag}>
          ⚑ {tv('flag', flag)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Flags with what each found (which other case, how far, how late); `linkTo` opens another
 * case where the reader may see it.
 */
export function FlagReport({
  flags,
  details,
  linkTo,
  block = false,
}: {
  flags: readonly string[];
  details: readonly FlagDetail[];
  linkTo?: (caseId: string) => string;
  block?: boolean;
}) {
  const { t, tv, language } = useI18n();
  if (flags.length === 0) return <span className={`muted small ${block ? 'block' : ''}`}>{t('common.noFlags')}</span>;
  const districtName = (id: string) => districtById(id)?.[language] ?? id;
  return (
    <ul className="flags detailed" aria-label={t('common.flags')}>
      {flags.map((flag) => (
        <li key={flag} className="flag" data-flag={flag}>
          ⚑ {tv('flag', flag)}
          {details
            .filter((detail) => detail.flag === flag)
            .map((detail, index) => {
              const message = flagDetailMessage(detail, t, districtName);
              return (
                <span key={index} className="flag-detail small block" data-flag-detail={flag}>
                  {t(message.key, message.params)}
                  {linkTo
                    ? message.otherCaseIds.map((caseId) => (
                        <a key={caseId} className="other-case mono" href={linkTo(caseId)} data-other-case={caseId}>
                          {' '}
                          ↗
                        </a>
                      ))
                    : null}
                </span>
              );
            })}
        </li>
      ))}
    </ul>
  );
}

/** A refusal in the reader's language when its code is known, with the API's own words otherwise. */
export function ErrorNote({ error }: { error: ApiError | null }) {
  const { t, tv } = useI18n();
  if (!error) return null;
  const { code, detail, errors } = error.problem;
  const known = tv('error', code);
  const text = code === 'NETWORK' ? t('error.network') : known !== code ? known : detail || t('common.error');
  return (
    <div className="error" role="alert" data-code={code}>
      <p>
        {text} <span className="muted small">({code})</span>
      </p>
      {errors && errors.length > 0 ? (
        <ul>
          {errors.map((entry) => (
            <li key={`${entry.field}:${entry.message}`}>
              {entry.field}: {entry.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
