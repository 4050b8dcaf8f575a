/** The police must decide within 5 minutes of the request (domain.md); the desk shows what is left. */

export interface Countdown {
  /** "4:32" while time is left, "+1:05" once overdue. */
  text: string;
  overdue: boolean;
  /** Less than a minute left. */
  urgent: boolean;
  remainingMs: number;
}

export function countdown(deadline: string, nowMs: number): Countdown {
  const remainingMs = Date.parse(deadline) - nowMs;
  if (Number.isNaN(remainingMs)) return { text: '—', overdue: false, urgent: false, remainingMs: 0 };
  const overdue = remainingMs <= 0;
  // Whole seconds left round up (4:59.2 shows 5:00 until it is 4:59); overdue time rounds down.
  const seconds = overdue ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const text = `${overdue ? '+' : ''}${clock(seconds)}`;
  return { text, overdue, urgent: !overdue && remainingMs < 60_000, remainingMs };
}

function clock(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * How far the browser's clock is ahead of the server's, from a response's Date header (whole
 * seconds), so countdowns follow the server that set the deadline. Ignored when under 2 s.
 */
export function clockSkewMs(serverDate: string | null, localNowMs: number): number {
  const server = serverDate ? Date.parse(serverDate) : Number.NaN;
  if (Number.isNaN(server)) return 0;
  const skew = localNowMs - server;
  return Math.abs(skew) < 2000 ? 0 : skew;
}
