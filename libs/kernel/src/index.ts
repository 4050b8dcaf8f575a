export * from './exclusive';
export * from './refused';
export * from './decisions';
