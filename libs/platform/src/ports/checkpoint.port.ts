/**
 * A subscriber's position in `$all`: what a process manager or the relay has handled. It never
 * moves backwards; `save` may reach storage a little later (a crash then handles a few events
 * again, which every subscriber must tolerate anyway); `flush` writes it now, when stopping.
 */
export interface PositionCheckpoint {
  get(): number;
  save(position: number): void;
  flush(): void | Promise<void>;
}

/** Longest a saved position may wait before it reaches storage. */
export const DEFAULT_CHECKPOINT_WRITE_MS = 200;
