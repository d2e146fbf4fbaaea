import type { AuthorityProfile, AuthoritySummary } from "@ldd/shared/authorities";
import { formatInstantAsLongDate, formatLongDate } from "@ldd/shared/dates";
import type { Matrix } from "@ldd/shared/leadership";
import { PRINCIPLES } from "@ldd/shared/reference-data";
import { COMMITMENT_STATUS_LABELS, type CommitmentStatus, isJoinEvent } from "@ldd/shared/vocabulary";
import type { ReactNode } from "react";
import { Link } from "wouter";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";

const STATUS_ORDER: readonly CommitmentStatus[] = [
  "done",
  "in_progress",
  "planned",
  "not_yet_reported",
  "not_applicable",
  "dropped",
];

interface Fact {
  id: string;
  label: string;
  /** One cell per authority, in the order compared. */
  cells: ReactNode[];
}

function FactTable({
  caption,
  authorities,
  facts,
  viewHref,
}: {
  caption: string;
  authorities: readonly AuthoritySummary[];
  facts: Fact[];
  viewHref: (href: string) => string;
}) {
  const columns: DataTableColumn<Fact>[] = [
    {
      key: "fact",
      header: <span className="govuk-visually-hidden">Measure</span>,
      rowHeader: true,
      cell: (fact) => fact.label,
    },
    ...authorities.map((authority, index) => ({
      key: authority.gss,
      header: (
        <Link className="govuk-link" href={viewHref(`/authorities/${authority.gss}`)}>
          {authority.name}
        </Link>
      ),
      cell: (fact: Fact) => fact.cells[index],
    })),
  ];
  return (
    <DataTable
      caption={caption}
      captionSize="m"
      columns={columns}
      rows={facts}
      rowKey={(fact) => fact.id}
      scroll="wide"
    />
  );
}

function membershipText(authority: AuthoritySummary, profile: AuthorityProfile | undefined): string {
  const events = [...(profile?.membership ?? [])].sort((a, b) =>
    a.effectiveDate.localeCompare(b.effectiveDate),
  );
  // A founding join is a join too.
  const lastJoined = events.filter((event) => isJoinEvent(event.kind)).at(-1);
  const lastLeft = events.filter((event) => event.kind === "left").at(-1);
  if (authority.lotiMember) {
    const kind = authority.foundingMember ? "Founding member" : "Member";
    return lastJoined ? `${kind}, joined ${formatLongDate(lastJoined.effectiveDate)}` : kind;
  }
  if (lastLeft) return `Not a member (left ${formatLongDate(lastLeft.effectiveDate)})`;
  return "Not a member";
}

function approverText(profile: AuthorityProfile | undefined, loading: boolean): string {
  if (!profile) return loading ? "Loading…" : "Not available";
  if (!profile.signature) return "Not signed";
  return (
    [profile.signature.approverName, profile.signature.approverRole].filter(Boolean).join(", ") ||
    "Not recorded"
  );
}

/**
 * The authorities side by side: the Declaration and membership, commitments by status and by
 * principle, partnerships. Each table has the authorities as columns and a fact per row.
 */
export function ComparisonTables({
  authorities,
  profiles,
  profilesLoading,
  matrix,
  matrixLoading,
  viewHref,
}: {
  authorities: readonly AuthoritySummary[];
  /** Each authority's profile, in the same order, once loaded (for the signature's approver). */
  profiles: readonly (AuthorityProfile | undefined)[];
  profilesLoading: boolean;
  matrix: Matrix | undefined;
  matrixLoading: boolean;
  viewHref: (href: string) => string;
}) {
  const cells = (value: (authority: AuthoritySummary, index: number) => ReactNode) => authorities.map(value);
  const part = (authority: AuthoritySummary) =>
    authority.innerOuter1963 === authority.innerOuterOns
      ? `${authority.innerOuterOns === "inner" ? "Inner" : "Outer"} London`
      : `${authority.innerOuterOns === "inner" ? "Inner" : "Outer"} (ONS definition), ${authority.innerOuter1963} (1963 definition)`;

  const declaration: Fact[] = [
    { id: "part", label: "Part of London", cells: cells(part) },
    {
      id: "signed",
      label: "Signed the Declaration",
      cells: cells((authority) => (authority.signedOn ? formatLongDate(authority.signedOn) : "Not signed")),
    },
    {
      id: "approver",
      label: "Senior approver",
      cells: cells((_authority, index) => approverText(profiles[index], profilesLoading)),
    },
    {
      id: "membership",
      label: "LOTI membership",
      cells: cells((authority, index) => membershipText(authority, profiles[index])),
    },
    {
      id: "partnerships",
      label: "Active partnerships",
      cells: cells((authority) => authority.activePartnershipCount),
    },
    {
      id: "updated",
      label: "Last updated",
      cells: cells((authority) =>
        authority.lastUpdatedAt ? formatInstantAsLongDate(authority.lastUpdatedAt) : "Never",
      ),
    },
  ];

  const byStatus: Fact[] = [
    { id: "total", label: "All commitments", cells: cells((authority) => authority.commitmentCount) },
    ...STATUS_ORDER.map((status) => ({
      id: status,
      label: COMMITMENT_STATUS_LABELS[status],
      cells: cells((authority) => authority.commitmentsByStatus[status] ?? 0),
    })),
    { id: "overdue", label: "Overdue", cells: cells((authority) => authority.overdueCommitments) },
  ];

  const matrixRows = new Map((matrix?.rows ?? []).map((row) => [row.gss, row]));
  const byPrinciple: Fact[] = PRINCIPLES.map((principle) => ({
    id: `principle-${principle.number}`,
    label: `${principle.number}. ${principle.title}`,
    cells: cells((authority) => {
      const cell = matrixRows.get(authority.gss)?.cells.find((one) => one.principle === principle.number);
      if (!cell) return matrixLoading ? "Loading…" : "Not available";
      if (cell.total === 0) return "None";
      return `${cell.total} (${cell.byStatus.done ?? 0} done${cell.overdue > 0 ? `, ${cell.overdue} overdue` : ""})`;
    }),
  }));

  return (
    <>
      <FactTable
        caption="The Declaration and LOTI membership"
        authorities={authorities}
        facts={declaration}
        viewHref={viewHref}
      />
      <FactTable
        caption="Commitments by status"
        authorities={authorities}
        facts={byStatus}
        viewHref={viewHref}
      />
      <FactTable
        caption="Commitments by the principle they serve (a commitment can serve several)"
        authorities={authorities}
        facts={byPrinciple}
        viewHref={viewHref}
      />
    </>
  );
}
