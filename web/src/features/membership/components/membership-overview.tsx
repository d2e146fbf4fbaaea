import { Link } from "wouter";
import { DataTable } from "@/components/data-table.tsx";

export interface MembershipOverviewRow {
  gss: string;
  name: string;
  lotiMember: boolean;
  foundingMember: boolean;
}

/** Every authority's membership at a glance, each a link to record a change. */
export function MembershipOverview({ authorities }: { authorities: readonly MembershipOverviewRow[] }) {
  const rows = [...authorities].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  const members = rows.filter((row) => row.lotiMember).length;
  return (
    <>
      <h1 className="govuk-heading-l">LOTI membership</h1>
      <p className="govuk-body">
        {members} of {rows.length} authorities are members of LOTI today. Choose an authority to record that
        it joined or left, or to withdraw an event recorded in error.
      </p>
      <DataTable
        caption="Authorities and their LOTI membership today"
        columns={[
          {
            key: "name",
            header: "Authority",
            rowHeader: true,
            cell: (row) => (
              <Link className="govuk-link" href={`/admin/membership/${row.gss}`}>
                {row.name}
              </Link>
            ),
          },
          { key: "member", header: "Member today", cell: (row) => (row.lotiMember ? "Yes" : "No") },
          { key: "founding", header: "Founding member", cell: (row) => (row.foundingMember ? "Yes" : "No") },
        ]}
        rows={rows}
        rowKey={(row) => row.gss}
      />
    </>
  );
}
