import { ReviewQueue } from "@/features/review/components/review-queue.tsx";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

export function ReviewRoute() {
  useDocumentTitle("Review submissions");
  return <ReviewQueue />;
}
