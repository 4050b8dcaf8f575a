import { ProgressBar } from './progress-bar';

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { output: { isTTY, write: (text: string) => written.push(text) }, written };
}

describe('the progress bar', () => {
  it('shows the share done, the rate and the time left', () => {
    let now = 0;
    const { output, written } = recorder(true);
    const bar = new ProgressBar({ label: 'rebuild', unit: 'events', output, now: () => now });
    now = 2000;
    bar.update(400_000, 1_000_000);
    expect(written[0]).toBe(
      '\rrebuild [########------------]  40% 400 000/1 000 000 events · 200 000 events/s · 3 s left\u001b[K',
    );
  });

  it('writes a line now and then, not a redraw, when the output is not a terminal', () => {
    let now = 0;
    const { output, written } = recorder(false);
    const bar = new ProgressBar({ label: 'audit', unit: 'events', output, now: () => now, lineEveryMs: 1000 });
    for (const [at, done] of [
      [100, 10],
      [500, 50],
      [1200, 120],
      [1500, 150],
    ] as const) {
      now = at;
      bar.update(done, 200);
    }
    bar.finish();
    expect(written).toHaveLength(3);
    expect(written.every((line) => line.endsWith('\n') && !line.startsWith('\r'))).toBe(true);
    expect(written[2]).toContain(' 75% 150/200 events');
  });

  it('says the time left is unknown before anything is done', () => {
    const bar = new ProgressBar({ label: 'x', unit: 'events', output: { write: () => undefined }, now: () => 0 });
    bar.update(0, 10);
    expect(bar.render(1000)).toContain('time left unknown');
  });
});
