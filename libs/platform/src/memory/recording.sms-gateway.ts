import {
  NotificationRejectedError,
  NotificationUnavailableError,
  maskedPhone,
  type NotificationGateway,
  type SentReceipt,
  type TextMessage,
} from '../ports/notification-gateway.port';

export interface RecordingSmsGatewayOptions {
  /**
   * Told of each message it pretends to send, without the text: a text may hold a one-time code,
   * which must never reach a log.
   */
  log?: (line: string) => void;
  /** How many of the newest messages it keeps (the oldest are forgotten first). */
  keep?: number;
}

/**
 * The SMS gateway of the embedded default and of the tests: sends nothing, keeps what it would
 * have sent (`sent`, for the tests to read, newest last), one message per id. It can be made to
 * behave like a far end that is down or that refuses a number, so the consumer's handling of
 * failures can be shown without a network.
 */
export class RecordingSmsGateway implements NotificationGateway {
  readonly name = 'simulated';
  private readonly messages: TextMessage[] = [];
  private readonly refusedNumbers = new Set<string>();
  private down = false;

  constructor(private readonly options: RecordingSmsGatewayOptions = {}) {}

  /** What it would have sent, oldest first. */
  get sent(): readonly TextMessage[] {
    return this.messages;
  }

  /** The newest message to a number, if any. */
  lastTo(phone: string): TextMessage | undefined {
    return [...this.messages].reverse().find((message) => message.to === phone);
  }

  /** Every send fails as an unreachable gateway would, until `comeUp()`. */
  goDown(): void {
    this.down = true;
  }

  comeUp(): void {
    this.down = false;
  }

  /** Messages to this number are refused for good, as a gateway refuses a number it cannot reach. */
  refuseNumber(phone: string): void {
    this.refusedNumbers.add(phone);
  }

  async send(message: TextMessage): Promise<SentReceipt> {
    if (this.down) throw new NotificationUnavailableError('The simulated SMS gateway is down');
    if (this.refusedNumbers.has(message.to)) {
      throw new NotificationRejectedError(`The simulated SMS gateway refuses ${maskedPhone(message.to)}`);
    }
    const reference = `SIM-${message.id.slice(0, 8)}`;
    if (this.messages.some((sent) => sent.id === message.id)) return { id: message.id, reference, attempts: 1 };
    this.messages.push({ ...message });
    const keep = this.options.keep ?? 1000;
    if (this.messages.length > keep) this.messages.splice(0, this.messages.length - keep);
    this.options.log?.(
      `SMS (simulated) ${message.id} to ${maskedPhone(message.to)}, ${[...message.text].length} characters`,
    );
    return { id: message.id, reference, attempts: 1 };
  }

  async close(): Promise<void> {
    return;
  }
}
