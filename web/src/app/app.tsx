import type { QueryClient } from "@tanstack/react-query";
import type { BaseLocationHook, BaseSearchHook } from "wouter";
import { Router } from "wouter";
import { AppProvider } from "./provider.tsx";
import { AppRoutes } from "./router.tsx";

/**
 * The whole dashboard. Tests pass a memory location; the browser uses its address bar.
 * `notFoundPath`: the address the server answered 404 for, shown as "not found" whatever it looks like.
 */
export function App({
  location,
  queryClient,
  notFoundPath = null,
}: {
  location?: { hook: BaseLocationHook; searchHook?: BaseSearchHook };
  queryClient?: QueryClient;
  notFoundPath?: string | null;
}) {
  return (
    <AppProvider queryClient={queryClient}>
      {location ? (
        <Router hook={location.hook} searchHook={location.searchHook}>
          <AppRoutes notFoundPath={notFoundPath} />
        </Router>
      ) : (
        <AppRoutes notFoundPath={notFoundPath} />
      )}
    </AppProvider>
  );
}
