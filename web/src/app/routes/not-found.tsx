import { NotFoundMessage } from "@/components/not-found-message.tsx";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

export function NotFoundRoute() {
  useDocumentTitle("Page not found");
  return <NotFoundMessage />;
}
