import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { memoryLocation } from "wouter/memory-location";
import { App } from "@/app/app.tsx";
import { createQueryClient } from "@/lib/query-client.ts";

/** Renders the whole dashboard at a path, with msw answering for the API and no retries. */
export function renderApp(path: string) {
  const [pathname = "/", search = ""] = path.split("?");
  const location = memoryLocation({ path: pathname, searchPath: search, record: true });
  const user = userEvent.setup();
  const view = render(<App location={location} queryClient={createQueryClient({ retry: false })} />);
  return { ...view, user, location };
}
