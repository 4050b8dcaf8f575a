export * from './domain/exif-time';
export * from './domain/fraud-signals';
export * from './domain/perceptual-hash';
export * from './domain/similar-photo';
export * from './fraud-signals/fraud-signals.projection';
export * from './fraud-signals/fraud-indexes';
export * from './photo-pipeline';
