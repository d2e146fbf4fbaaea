import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { NotificationBanner } from "./notification-banner.tsx";

describe("NotificationBanner", () => {
  it("announces the success of the user's action at once", () => {
    render(<NotificationBanner title="Success" heading="The status was reported as a draft." success />);
    const banner = screen.getByRole("alert", { name: "Success" });
    expect(banner.textContent).toContain("The status was reported as a draft.");
    expect(banner.className).toContain("govuk-notification-banner--success");
  });

  it("shows a standing notice as a region named by its title, without interrupting", () => {
    render(<NotificationBanner title="Demo data" heading="This dashboard shows illustrative demo data." />);
    expect(screen.getByRole("region", { name: "Demo data" })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("takes focus when it appears, when asked, so keyboard users start there", () => {
    render(
      <NotificationBanner title="Important" heading="Someone else changed this record" alert focusOnShow />,
    );
    expect(document.activeElement).toBe(screen.getByRole("alert", { name: "Important" }));
  });
});
