export * from './domain/settlement';
