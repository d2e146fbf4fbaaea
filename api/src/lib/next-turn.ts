/**
 * Resolves on a later turn of the event loop, after pending I/O: a long task awaits it between
 * bounded steps so requests, static files and cached reads are answered meanwhile (docs/quality.md, R12).
 * On PGlite every statement runs on the main thread, so this matters between statements too.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
