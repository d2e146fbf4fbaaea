import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { server } from "./server.ts";

// recharts measures its container, and jsdom has no layout engine: report a fixed size once observed.
class ResizeObserverStub implements ResizeObserver {
  readonly #callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback;
  }
  observe(target: Element) {
    const contentRect = { width: 640, height: 300, top: 0, left: 0, bottom: 300, right: 640, x: 0, y: 0 };
    const entry = { target, contentRect } as unknown as ResizeObserverEntry;
    queueMicrotask(() => this.#callback([entry], this));
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub;

// Lazy pages load their code on first render; on a busy two-core machine that can take longer than
// Testing Library's default second. Waiting longer only slows a failing test, never a passing one.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => {
  server.close();
  // Files share this jsdom (vitest.config.ts, isolate: false): the next starts where a fresh one would.
  if (typeof window === "undefined") return;
  window.history.replaceState(null, "", "/");
  localStorage.clear();
  sessionStorage.clear();
  document.title = "";
});
