/** EventStoreDB / KurrentDB (@eventstore/db-client). */
export * from './esdb.event-store';
