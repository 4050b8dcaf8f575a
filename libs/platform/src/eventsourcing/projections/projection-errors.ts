export class UnknownProjectionError extends Error {
  constructor(readonly projection: string) {
    super(`No projection named ${projection}`);
    this.name = 'UnknownProjectionError';
  }
}

export class RebuildInProgressError extends Error {
  constructor(readonly projection: string) {
    super(`${projection} is already being rebuilt`);
    this.name = 'RebuildInProgressError';
  }
}
