import type { BusMessage, BusSubscription, MessageBus, MessageHandler } from '../ports/message-bus.port';

interface Group {
  offset: number;
  handlers: MessageHandler[];
  next: number;
  running: boolean;
}

/**
 * Topics as arrays in this process: the embedded default. Each group reads a topic from its own
 * offset, one message at a time, and moves the offset only after the handler resolved; a failing
 * handler is retried after a pause.
 */
export class InProcessMessageBus implements MessageBus {
  private readonly topics = new Map<string, BusMessage[]>();
  private readonly groups = new Map<string, Group>();
  private closed = false;

  constructor(private readonly retryDelayMs = 100) {}

  async publish(messages: readonly BusMessage[]): Promise<void> {
    if (this.closed) throw new Error('The bus is closed');
    for (const message of messages) {
      const log = this.topics.get(message.topic) ?? [];
      log.push(structuredClone(message));
      this.topics.set(message.topic, log);
    }
    for (const [name, group] of this.groups) void this.drain(name, group);
  }

  async subscribe(topic: string, group: string, handler: MessageHandler): Promise<BusSubscription> {
    const name = `${topic}\u0000${group}`;
    const entry = this.groups.get(name) ?? { offset: 0, handlers: [], next: 0, running: false };
    entry.handlers.push(handler);
    this.groups.set(name, entry);
    void this.drain(name, entry);
    return {
      stop: async () => {
        entry.handlers = entry.handlers.filter((candidate) => candidate !== handler);
      },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const group of this.groups.values()) group.handlers = [];
  }

  private async drain(name: string, group: Group): Promise<void> {
    if (group.running) return;
    group.running = true;
    try {
      const topic = name.split('\u0000')[0]!;
      for (;;) {
        const log = this.topics.get(topic) ?? [];
        if (this.closed || group.handlers.length === 0 || group.offset >= log.length) return;
        const handler = group.handlers[group.next++ % group.handlers.length]!;
        try {
          await handler(structuredClone(log[group.offset]!));
          group.offset += 1;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs));
        }
      }
    } finally {
      group.running = false;
    }
  }
}
