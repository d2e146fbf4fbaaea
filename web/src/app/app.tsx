import type { QueryClient } from "@tanstack/react-query";
import type { BaseLocationHook, BaseSearchHook } from "wouter";
import { Router } from "wouter";
import { AppProvider } from "./provider.tsx";
import { AppRoutes } from "./router.tsx";

/** The whole dashboard. Tests pass a memory location; the browser uses its address bar. */
export function App({
  location,
  queryClient,
}: {
  location?: { hook: BaseLocationHook; searchHook?: BaseSearchHook };
  queryClient?: QueryClient;
}) {
  return (
    <AppProvider queryClient={queryClient}>
      {location ? (
        <Router hook={location.hook} searchHook={location.searchHook}>
          <AppRoutes />
        </Router>
      ) : (
        <AppRoutes />
      )}
    </AppProvider>
  );
}
