import { useState } from 'react';
import { useAction } from '../../api/hooks';
import type { CaseView, ClaimView } from '../../api/types';
import { ErrorNote } from '../../components/status';
import { useI18n } from '../../i18n';
import { papersOf, type Paper } from '../../lib/documents';
import { href } from '../../lib/routes';
import { useSession } from '../../session';

/**
 * Downloads with the bearer token (as photos are shown): the PDF is fetched, then saved from a
 * blob: URL. Each paper's QR code opens its verification; so does the page linked below.
 */
export function CaseDocuments({ view, claims }: { view: CaseView; claims: readonly ClaimView[] }) {
  const { t } = useI18n();
  const { api } = useSession();
  const action = useAction();
  const [busy, setBusy] = useState<string | null>(null);
  const papers = papersOf(view, claims);
  if (papers.length === 0) return null;
  const download = async (paper: Paper) => {
    setBusy(paper.key);
    const url = await action.run(() => api.blobUrl(paper.path));
    setBusy(null);
    if (!url) return;
    const link = document.createElement('a');
    link.href = url;
    link.download = paper.filename;
    document.body.append(link);
    link.click();
    link.remove();
    // Long enough for the browser to take the file.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <section className="card documents">
      <h2>{t('documents.title')}</h2>
      <p className="muted small">{t('documents.intro')}</p>
      <ul className="list">
        {papers.map((paper) => (
          <li key={paper.key} className="row" data-document={paper.key}>
            <span>
              {t(paper.label)}
              {paper.plate ? ` · ${paper.plate}` : ''}
            </span>
            <button
              type="button"
              className="secondary"
              disabled={action.busy}
              onClick={() => void download(paper)}
              aria-busy={busy === paper.key}
            >
              {t('documents.download')}
            </button>
          </li>
        ))}
      </ul>
      <ErrorNote error={action.error} />
      <p className="small">
        <a href={href({ name: 'verify' })}>{t('documents.verifyLink')}</a>
      </p>
    </section>
  );
}
