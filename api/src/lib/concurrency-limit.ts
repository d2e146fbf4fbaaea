import { ApiError } from "./errors.ts";

/** Thrown by `run` when the limit's queue is full: the caller should answer "busy", not wait. */
export class QueueFullError extends Error {
  constructor() {
    super("The queue is full");
    this.name = "QueueFullError";
  }
}

export interface ConcurrencyLimit {
  /** Runs `task` when a slot is free; throws QueueFullError at once if too many are waiting. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * At most `concurrency` tasks at once, at most `maxWaiting` more waiting in order, the rest refused:
 * bounded work and bounded waits, so a flood is answered quickly instead of piling up.
 */
export function createConcurrencyLimit(options: {
  concurrency: number;
  maxWaiting: number;
}): ConcurrencyLimit {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running < options.concurrency) {
        running += 1;
      } else {
        if (waiting.length >= options.maxWaiting) throw new QueueFullError();
        // The finishing task hands its slot straight over, so `running` stays as it is.
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
      try {
        return await task();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running -= 1;
      }
    },
  };
}

/**
 * Runs `task` under `limit`; a full queue becomes 503 "busy" with Retry-After and the standard
 * error body, answered at once.
 */
export async function runOrBusy<T>(
  limit: ConcurrencyLimit,
  task: () => Promise<T>,
  busy: { message: string; retryAfterSeconds: number },
): Promise<T> {
  try {
    return await limit.run(task);
  } catch (error) {
    if (error instanceof QueueFullError) {
      throw new ApiError(503, "busy", busy.message, { retryAfterSeconds: busy.retryAfterSeconds });
    }
    throw error;
  }
}
