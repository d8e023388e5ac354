/**
 * Where answers are computed: outside the request that asked, one per turn of the event loop.
 *
 * A listener acknowledges Slack's request first and hands the answer to this queue. Each turn of the
 * event loop computes one queued answer (searching, checking, rendering: synchronous work), then lets
 * the loop read new requests and send their acknowledgements before the next answer starts. An
 * acknowledgement therefore waits for at most the one answer in progress, however many are queued,
 * and answers keep the order they were asked in.
 *
 * ```ts
 * await ack()
 * const reply = await deps.answers.run(() => runSubcommand(subcommand, { ...request, scope }))
 * ```
 */
export class AnswerQueue {
  private readonly jobs: Array<() => void> = [];
  private scheduled = false;

  /** Runs `work` in its turn; resolves (or rejects) with what it returns (or throws). */
  run<T>(work: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push(() => {
        try {
          resolve(work());
        } catch (error) {
          reject(error);
        }
      });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.jobs.length === 0) return;
    this.scheduled = true;
    // setImmediate runs after the loop has polled for I/O: requests that arrived meanwhile are read and
    // acknowledged before the next answer is computed.
    setImmediate(() => {
      this.scheduled = false;
      this.jobs.shift()?.();
      this.schedule();
    });
  }
}
