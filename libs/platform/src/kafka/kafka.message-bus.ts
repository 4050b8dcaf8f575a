import { Kafka, logLevel, type Admin, type Consumer, type Producer } from 'kafkajs';
import {
  MessageBusUnavailableError,
  type BusMessage,
  type BusSubscription,
  type MessageBus,
  type MessageHandler,
} from '../ports/message-bus.port';

export interface KafkaBusOptions {
  brokers: string[];
  clientId: string;
  /** Partitions of topics this bus creates. */
  partitions?: number;
}

/**
 * Kafka through kafkajs: an idempotent producer (acks from all in-sync replicas, one request in
 * flight, so retries neither duplicate nor reorder), and consumer groups that commit an offset only
 * after the handler resolved. Topics are created on first use.
 */
export class KafkaMessageBus implements MessageBus {
  private readonly kafka: Kafka;
  private producer: Producer | null = null;
  private admin: Admin | null = null;
  private readonly consumers = new Set<Consumer>();
  private readonly knownTopics = new Set<string>();

  constructor(private readonly options: KafkaBusOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 8 },
    });
  }

  async publish(messages: readonly BusMessage[]): Promise<void> {
    if (messages.length === 0) return;
    try {
      const producer = await this.connectedProducer();
      const topics = [...new Set(messages.map((message) => message.topic))];
      await this.ensureTopics(topics);
      await producer.sendBatch({
        acks: -1,
        topicMessages: topics.map((topic) => ({
          topic,
          messages: messages
            .filter((message) => message.topic === topic)
            .map((message) => ({ key: message.key, value: JSON.stringify(message.value), headers: message.headers })),
        })),
      });
    } catch (error) {
      throw new MessageBusUnavailableError(`Kafka did not accept the messages: ${String(error)}`, { cause: error });
    }
  }

  async subscribe(topic: string, group: string, handler: MessageHandler): Promise<BusSubscription> {
    await this.ensureTopics([topic]);
    const consumer = this.kafka.consumer({ groupId: group, retry: { retries: 8 } });
    this.consumers.add(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic: from, partition, message }) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(message.headers ?? {})) {
          if (value !== undefined) headers[name] = Array.isArray(value) ? String(value[0]) : String(value);
        }
        await handler({
          topic: from,
          key: message.key?.toString() ?? '',
          value: JSON.parse(message.value?.toString() ?? '{}') as Record<string, unknown>,
          headers,
        });
        await consumer.commitOffsets([{ topic: from, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
      },
    });
    return {
      stop: async () => {
        this.consumers.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((consumer) => consumer.disconnect()));
    this.consumers.clear();
    await this.producer?.disconnect();
    await this.admin?.disconnect();
  }

  private async connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  private async ensureTopics(topics: readonly string[]): Promise<void> {
    const missing = topics.filter((topic) => !this.knownTopics.has(topic));
    if (missing.length === 0) return;
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    const existing = new Set(await this.admin.listTopics());
    const toCreate = missing.filter((topic) => !existing.has(topic));
    if (toCreate.length > 0) {
      await this.admin.createTopics({
        waitForLeaders: true,
        topics: toCreate.map((topic) => ({ topic, numPartitions: this.options.partitions ?? 3, replicationFactor: 1 })),
      });
    }
    missing.forEach((topic) => this.knownTopics.add(topic));
  }
}
