import { useI18n } from '../../i18n';

/**
 * "Filed by assistant …, organisation …": for everyone who sees a case an assistant filed (a
 * CaseView, a desk queue item, a ClaimView all carry `filedBy`); `compact` inside a list item.
 */
export function FiledBy({
  view,
  compact = false,
}: {
  view: { filedBy?: { assistantId: string; organisation: string } | undefined };
  compact?: boolean;
}) {
  const { t } = useI18n();
  if (!view.filedBy) return null;
  const text = t('assistant.filedBy', { organisation: view.filedBy.organisation, assistant: view.filedBy.assistantId });
  return compact ? (
    <span className="badge badge-info filed-by" data-filed-by={view.filedBy.assistantId}>
      {text}
    </span>
  ) : (
    <p className="card banner info filed-by" data-filed-by={view.filedBy.assistantId}>
      {text}
    </p>
  );
}
