/** What the CPU probe (cpu-probe.ts, inside a server) and the benchmarks that read it agree on. */
export interface CpuReading {
  /** process.cpuUsage() of the whole server process, in microseconds. */
  userMicros: number;
  systemMicros: number;
  /** process.hrtime() in microseconds: the clock of V8's CPU profile timestamps. */
  monotonicMicros: number;
}

export const probeAnnouncement = (port: number) => `cpu probe on http://127.0.0.1:${port}`;

export const PROBE_ANNOUNCEMENT = /cpu probe on (http:\/\/127\.0\.0\.1:\d+)/;
