/** What the HTTP plumbing needs from the application's configuration. */
export interface HttpSettings {
  /** How long a query waits for the views to reflect earlier commands (ADR 11). */
  readYourWritesTimeoutMs: number;
  /** How often an idle live stream sends a keep-alive comment. */
  liveStreamKeepAliveMs: number;
}

export const HTTP_SETTINGS = Symbol('HTTP_SETTINGS');

/** The read side's progress (a ReadProgress: the projection runner in the API). */
export const READ_PROGRESS = Symbol('READ_PROGRESS');
