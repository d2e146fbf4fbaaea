import { describe, expect, it } from "vitest";
import { createConcurrencyLimit, QueueFullError } from "./concurrency-limit.ts";

/** A task that runs until `finish()` is called. */
function controlledTask() {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  let started = false;
  return {
    run: async () => {
      started = true;
      await done;
    },
    finish: () => finish(),
    get started() {
      return started;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("a concurrency limit", () => {
  it("runs at most `concurrency` tasks at once and starts waiting ones in order as others finish", async () => {
    const limit = createConcurrencyLimit({ concurrency: 2, maxWaiting: 5 });
    const tasks = Array.from({ length: 4 }, controlledTask);
    const results = tasks.map((task) => limit.run(task.run));
    await settle();
    expect(tasks.map((task) => task.started)).toEqual([true, true, false, false]);
    tasks[1]?.finish();
    await settle();
    expect(tasks.map((task) => task.started)).toEqual([true, true, true, false]);
    for (const task of tasks) task.finish();
    await Promise.all(results);
    expect(tasks.every((task) => task.started)).toBe(true);
  });

  it("refuses at once, without waiting, when its queue is full", async () => {
    const limit = createConcurrencyLimit({ concurrency: 1, maxWaiting: 1 });
    const running = controlledTask();
    const waiting = controlledTask();
    const first = limit.run(running.run);
    const second = limit.run(waiting.run);
    await expect(limit.run(async () => "never")).rejects.toBeInstanceOf(QueueFullError);
    running.finish();
    waiting.finish();
    await Promise.all([first, second]);
    // Room again once the queue has drained.
    await expect(limit.run(async () => "ran")).resolves.toBe("ran");
  });

  it("frees the slot of a task that fails", async () => {
    const limit = createConcurrencyLimit({ concurrency: 1, maxWaiting: 0 });
    await expect(limit.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limit.run(async () => "ran")).resolves.toBe("ran");
  });
});
