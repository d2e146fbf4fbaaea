import type { ChangeCounts as ChangeCountsData } from "@ldd/shared/leadership";
import { DataTable } from "@/components/data-table.tsx";
import { COUNT_HEADINGS, COUNT_KEYS } from "../utils/change-filters.ts";

/** The counts of a period's changes by kind, as a table. */
export function ChangeCounts({ counts, caption }: { counts: ChangeCountsData; caption: string }) {
  return (
    <div className="app-narrow">
      <DataTable
        caption={caption}
        columns={[
          { key: "kind", header: "Kind of change", rowHeader: true, cell: (key) => COUNT_HEADINGS[key] },
          { key: "count", header: "Number", numeric: true, cell: (key) => counts[key] },
        ]}
        rows={COUNT_KEYS}
        rowKey={(key) => key}
      />
    </div>
  );
}
