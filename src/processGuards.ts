import type pino from 'pino';

/** More uncaught exceptions than this within {@link BURST_WINDOW_MS}: the process is broken, not unlucky. */
const BURST_LIMIT = 10;
const BURST_WINDOW_MS = 60_000;

export interface ProcessGuardOptions {
  /** Called when the process should end after all (a burst of uncaught exceptions); default `process.exit`. */
  exit?: (code: number) => void;
  now?: () => number;
  /** Where the events come from (the process; tests pass an emitter of their own). */
  target?: NodeJS.EventEmitter;
}

/**
 * Keeps the app serving when something escapes every handler, and says so in the log:
 *
 * - a promise rejection nobody handled is logged (error level, with its stack) and the app goes on;
 * - an uncaught exception is logged (fatal level) and the app goes on, since every request and answer
 *   holds its own state; but more than {@link BURST_LIMIT} of them within a minute means something is
 *   systematically broken, and the process exits 1 so that its supervisor starts a fresh one.
 *
 * Returns a function that removes the guards (tests).
 */
export function installProcessGuards(logger: pino.Logger, options: ProcessGuardOptions = {}): () => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const now = options.now ?? Date.now;
  let recent: number[] = [];
  const onRejection = (reason: unknown) => {
    logger.error({ err: reason }, 'unhandled promise rejection: logged, the app keeps serving');
  };
  const onException = (error: Error) => {
    const at = now();
    recent = [...recent.filter((t) => at - t < BURST_WINDOW_MS), at];
    if (recent.length > BURST_LIMIT) {
      logger.fatal({ err: error }, `uncaught exception, ${recent.length} within a minute: exiting so that a fresh process takes over`);
      exit(1);
      return;
    }
    logger.fatal({ err: error }, 'uncaught exception: logged, the app keeps serving');
  };
  const target = options.target ?? process;
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}
