/** The pure core of documents: made from recorded events, rendered, verified; no framework, no store. */
export * from './model';
export * from './money';
export * from './local-time';
export * from './vocabulary';
export * from './fingerprint';
export * from './render/pdf-renderer';
export * from './application/documents-from-events';
export * from './application/verify-document';
export * from './application/public-summary';
