export * from './exclusive';
export * from './refused';
