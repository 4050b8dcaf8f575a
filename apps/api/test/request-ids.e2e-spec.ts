import { reportBody, serverForSuite } from './harness';
import { signIn, THE_DRIVERS } from './story';

describe('request ids', () => {
  const server = serverForSuite();

  it('are the correlation and causation of the events a request records, as its log lines carry them', async () => {
    const { driverA } = await signIn(server, THE_DRIVERS);
    const reported = await driverA.post<{ caseId: string }>('/cases', reportBody(), {
      'x-request-id': 'trace-report-1',
    });
    expect(reported.status).toBe(201);
    const audit = await driverA.get<{ events: { correlationId: string; causationId: string }[] }>(
      `/audit/cases/${reported.body.caseId}/events`,
    );
    expect(audit.body.events[0]).toMatchObject({ correlationId: 'trace-report-1', causationId: 'trace-report-1' });
  });
});
