/** The message bus over Kafka (kafkajs). */
export * from './kafka.message-bus';
