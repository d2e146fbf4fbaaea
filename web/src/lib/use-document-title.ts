import { createContext, useContext, useEffect } from "react";

export const SITE_NAME = "Local Digital Declaration dashboard";

/** What a page rendered on the server says about its <head>: read once the render is done. */
export interface DocumentHead {
  title: string;
}

/** Given only by the server render (web/src/entry-server.tsx); the browser sets document.title. */
export const DocumentHeadContext = createContext<DocumentHead | null>(null);

/** Sets the page title as "Page – Local Digital Declaration dashboard" (WCAG 2.4.2). */
export function useDocumentTitle(title: string | null) {
  const fullTitle = title ? `${title} – ${SITE_NAME}` : SITE_NAME;
  const head = useContext(DocumentHeadContext);
  if (head) head.title = fullTitle;
  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);
}
