import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api-client.ts";

/** Retries a failed read twice, except a 4xx answer, which will not get better by asking again. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  return !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2;
}

export function createQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: retry ? shouldRetry : false,
      },
    },
  });
}
