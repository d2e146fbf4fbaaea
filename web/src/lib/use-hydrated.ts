import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/**
 * False on the server and while the browser hydrates the server's HTML, true from the render after.
 * Whatever depends on the browser (its address, a chart's measured width) waits for true, so the
 * first browser render matches the server's HTML exactly and nothing shifts (docs/quality.md, P6).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** This site's origin in the browser; empty on the server and until hydration is done. */
export function useSiteOrigin(): string {
  return useHydrated() ? window.location.origin : "";
}
