import { QueryClientProvider, useQuery } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api-client.ts";
import { createQueryClient } from "@/lib/query-client.ts";
import { QueryBoundary } from "./query-boundary.tsx";

/** A list whose answers the test decides, one per fetch. */
function renderList(
  answers: (() => Promise<string[]>)[],
  props: Partial<Parameters<typeof QueryBoundary<string[]>>[0]> = {},
) {
  let fetches = 0;
  function List() {
    const query = useQuery({
      queryKey: ["names"],
      queryFn: () => {
        const answer = answers[Math.min(fetches, answers.length - 1)];
        fetches += 1;
        return answer ? answer() : Promise.resolve([]);
      },
    });
    return (
      <QueryBoundary
        query={query}
        loadingLabel="Loading names…"
        isEmpty={(names) => names.length === 0}
        {...props}
      >
        {(names): ReactNode => <p>Names: {names.join(", ")}</p>}
      </QueryBoundary>
    );
  }
  render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <List />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

const unavailable = () =>
  Promise.reject(new ApiError(503, "unavailable", "The data service is starting up."));

describe("QueryBoundary", () => {
  it("gives the reference of a fault on the server, for the reader to quote", async () => {
    const fault = () =>
      Promise.reject(
        new ApiError(500, "internal_error", "Something went wrong on our side.", [], undefined, "ref-42"),
      );
    renderList([fault]);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("tell us this reference: ref-42");
  });

  it("gives no reference for a refusal the reader can act on", async () => {
    const notFound = () =>
      Promise.reject(new ApiError(404, "not_found", "No such authority.", [], undefined, "ref-43"));
    renderList([notFound]);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("No such authority.");
    expect(alert.textContent).not.toContain("ref-43");
  });

  it("announces that it is loading, then shows the content", async () => {
    renderList([() => Promise.resolve(["Hackney", "Camden"])]);
    expect(screen.getByRole("status").textContent).toBe("Loading names…");
    expect(await screen.findByText("Names: Hackney, Camden")).toBeTruthy();
  });

  it("says what failed and loads again when asked to try again", async () => {
    const user = renderList([unavailable, () => Promise.resolve(["Hackney"])], {
      errorTitle: "Sorry, the names could not be loaded",
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Sorry, the names could not be loaded");
    expect(alert.textContent).toContain("The data service is starting up.");
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Names: Hackney")).toBeTruthy();
  });

  it("says there is nothing to show instead of empty content", async () => {
    renderList([() => Promise.resolve([])], { emptyMessage: "No names yet." });
    expect(await screen.findByText("No names yet.")).toBeTruthy();
    expect(screen.queryByText(/^Names:/)).toBeNull();
  });

  it("lets a page say in its own words why it cannot be shown", async () => {
    renderList([unavailable], {
      renderError: (error) => <h1>Not now: {error.message}</h1>,
    });
    expect(
      await screen.findByRole("heading", { name: "Not now: The data service is starting up." }),
    ).toBeTruthy();
  });

  it("shows a placeholder of the content's shape while loading, when given one", () => {
    renderList([() => new Promise<string[]>(() => undefined)], {
      placeholder: <ul aria-label="Loading names" aria-busy="true" />,
    });
    expect(screen.getByRole("list", { name: "Loading names" })).toBeTruthy();
  });
});
