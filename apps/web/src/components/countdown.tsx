import { useEffect, useState } from 'react';
import { useI18n } from '../i18n';
import { countdown } from '../lib/countdown';

/** The current time, ticking every `intervalMs` while mounted (for on-screen clocks only). */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Time left to a deadline; past it, red and labelled (not by colour alone). */
export function Countdown({ deadline, skewMs = 0 }: { deadline: string; skewMs?: number }) {
  const { t } = useI18n();
  const now = useNow();
  const left = countdown(deadline, now - skewMs);
  const tone = left.overdue ? 'overdue' : left.urgent ? 'urgent' : 'ok';
  return (
    <span className={`countdown countdown-${tone}`} data-overdue={left.overdue} role="timer">
      {left.text}
      {left.overdue ? <span className="overdue-label">{t('desk.overdue')}</span> : null}
    </span>
  );
}
