import { useEffect } from "react";

export const SITE_NAME = "Local Digital Declaration dashboard";

/** Sets the page title as "Page – Local Digital Declaration dashboard" (WCAG 2.4.2). */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    document.title = title ? `${title} – ${SITE_NAME}` : SITE_NAME;
  }, [title]);
}
