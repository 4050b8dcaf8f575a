/** One way for every process to open its stores from the configuration, loading only the adapters chosen. */
export * from './open-stores';
