import { useEffect, useState } from 'react';
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

export function Countdown({ deadline, skewMs = 0 }: { deadline: string; skewMs?: number }) {
  const now = useNow();
  const left = countdown(deadline, now - skewMs);
  const tone = left.overdue ? 'overdue' : left.urgent ? 'urgent' : 'ok';
  return (
    <span className={`countdown countdown-${tone}`} data-overdue={left.overdue} role="timer">
      {left.text}
    </span>
  );
}
