import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../testing/test-database.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** Counts turns of the event loop (each a chance to answer other requests) until stopped. */
function countTurns() {
  let turns = 0;
  let running = true;
  const turn = () => {
    turns += 1;
    if (running) setImmediate(turn);
  };
  setImmediate(turn);
  return () => {
    running = false;
    return turns;
  };
}

describe("the database seam", () => {
  it(`keeps the event loop turning while a queue of statements runs (${testDatabaseKind})`, async () => {
    // PGlite runs statements on this thread: a queue of them must not hold the event loop from
    // the first to the last, or requests that need no database (public reads from the snapshot,
    // /healthz, static files) wait for all of them.
    const stop = countTurns();
    await Promise.all(
      Array.from({ length: 40 }, () =>
        database.handle.db.execute(sql`select count(*) from generate_series(1, 100000)`),
      ),
    );
    const turns = stop();
    expect(turns).toBeGreaterThanOrEqual(10);
  });
});
