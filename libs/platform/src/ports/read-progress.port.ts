/** What queries need from the read side to give read-your-writes. */
export interface ReadProgress {
  /** The position every named projection (every one, when none is named) has applied; -1 before any. */
  currentPosition(projections?: readonly string[]): number;
  /** Resolves true once those projections have applied `position`, or false after the timeout. */
  waitFor(position: number, timeoutMs: number, projections?: readonly string[]): Promise<boolean>;
}
