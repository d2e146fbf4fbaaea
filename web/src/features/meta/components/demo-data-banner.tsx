import { NotificationBanner } from "@/components/notification-banner.tsx";
import { useMeta } from "../api/get-meta.ts";

/** Shown on every page while illustrative demo data is loaded. */
export function DemoDataBanner() {
  const meta = useMeta();
  if (!meta.data?.demoData) return null;
  return (
    <NotificationBanner
      className="app-demo-banner"
      title="Demo data"
      heading="This dashboard shows illustrative demo data, not real records."
    />
  );
}
