export * from './core';
export * from './documents.module';
