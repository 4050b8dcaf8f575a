/**
 * A suite that needs a real server runs only when the environment names one; otherwise jest
 * reports one skipped test that says what it would have checked: skipped (not run), never passed.
 */
export function whenServer(variable: string, title: string, checks: string, suite: (address: string) => void): void {
  const address = process.env[variable];
  if (address) {
    suite(address);
    return;
  }
  describe.skip(`${title} (needs ${variable}; not run)`, () => {
    it(checks, () => {
      expect(address).toBeDefined();
    });
  });
}

/** A factory of stores for a suite, every store it made closed once the file's tests are done. */
export function closedAfterAll<Store extends { close(): Promise<void> }>(
  open: () => Promise<Store>,
): () => Promise<Store> {
  const opened: Store[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()));
  });
  return async () => {
    const store = await open();
    opened.push(store);
    return store;
  };
}
