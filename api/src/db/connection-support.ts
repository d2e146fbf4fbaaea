import { fileURLToPath } from "node:url";

/*
 * What both database engines need at run time: the change channel, the migrations, the ping
 * timeout and the listeners a write's announcement reaches.
 */

export const DATA_CHANGED_CHANNEL = "ldd_data_changed";
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../drizzle", import.meta.url));
/** /healthz answers within this, on both engines. */
export const PING_TIMEOUT_MS = 2_000;

class DatabaseTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseTimeoutError";
    // The same code Node gives a timed-out connection: an outage, not a bug (see unavailable.ts).
    Object.assign(this, { code: "ETIMEDOUT" });
  }
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new DatabaseTimeoutError(`${what} did not answer within ${ms} ms`)),
          ms,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function createListeners() {
  const listeners = new Set<() => void | Promise<void>>();
  return {
    add: (listener: () => void | Promise<void>) => void listeners.add(listener),
    emit: async () => {
      await Promise.allSettled([...listeners].map((listener) => listener()));
    },
  };
}
