import { z } from 'zod';
import { oneOf, readPiece, wholeNumber, type Environment } from './piece';

function schema(gateway: 'simulated' | 'none') {
  return z
    .object({
      DEADLINE_SWEEP_MS: wholeNumber('DEADLINE_SWEEP_MS', 60_000),
      PAYMENT_GATEWAY: oneOf('PAYMENT_GATEWAY', ['simulated', 'none'], gateway),
      SIMULATED_PAYOUT_DELAY_MS: wholeNumber('SIMULATED_PAYOUT_DELAY_MS', 1000),
      SIMULATED_PAYOUT_FAIL_FIRST_ATTEMPTS: wholeNumber('SIMULATED_PAYOUT_FAIL_FIRST_ATTEMPTS', 0),
    })
    .transform((variables) => ({
      /** How often the response period of decided cases is checked; 0 turns the sweeper off. */
      deadlineSweepMs: variables.DEADLINE_SWEEP_MS,
      /** `simulated`: the built-in insurers confirm payouts from the bus; `none`: insurers answer by HTTP or Kafka. */
      paymentGateway: variables.PAYMENT_GATEWAY,
      simulatedPayoutDelayMs: variables.SIMULATED_PAYOUT_DELAY_MS,
      simulatedPayoutFailFirstAttempts: variables.SIMULATED_PAYOUT_FAIL_FIRST_ATTEMPTS,
    }));
}

/** The background processes: the response-period sweeper and the payment gateway the claims process talks to. */
export type ProcessesConfig = z.output<ReturnType<typeof schema>>;

/** `gateway`: the default payment gateway (the API simulates insurers outside production; the relay never by default). */
export function processesConfig(env: Environment, gateway: 'simulated' | 'none'): ProcessesConfig {
  return readPiece(schema(gateway), {
    DEADLINE_SWEEP_MS: env.DEADLINE_SWEEP_MS,
    PAYMENT_GATEWAY: env.PAYMENT_GATEWAY,
    SIMULATED_PAYOUT_DELAY_MS: env.SIMULATED_PAYOUT_DELAY_MS,
    SIMULATED_PAYOUT_FAIL_FIRST_ATTEMPTS: env.SIMULATED_PAYOUT_FAIL_FIRST_ATTEMPTS,
  });
}
