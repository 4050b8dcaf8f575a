/**
 * Polls until the check passes, then gives what it returned; past the deadline, the check's last
 * failure. For what happens asynchronously (the claims process, the payment gateway, the feed).
 */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 8000, pauseMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}
