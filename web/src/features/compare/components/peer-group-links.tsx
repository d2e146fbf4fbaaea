import type { AuthoritySummary } from "@ldd/shared/authorities";
import { Link } from "wouter";
import { compareHref } from "../utils/compare-selection.ts";
import { findPeerGroups } from "../utils/peer-groups.ts";

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** One-click comparisons of an authority with its peers. */
export function PeerGroupLinks({
  first,
  all,
  viewHref,
}: {
  first: AuthoritySummary;
  all: readonly AuthoritySummary[];
  viewHref: (href: string) => string;
}) {
  const groups = findPeerGroups(first, all);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="peer-groups-heading" className="app-peer-groups">
      <h2 className="govuk-heading-m" id="peer-groups-heading">
        Compare {first.name} with its peers
      </h2>
      <p className="govuk-body">
        Each link compares {first.name} with up to 3 authorities from the group, those that signed the
        Declaration nearest in time to it.
      </p>
      <ul className="govuk-list govuk-list--spaced">
        {groups.map((group) => {
          const peers = group.authorities.slice(1).map((authority) => authority.name);
          return (
            <li key={group.id}>
              <Link
                className="govuk-link"
                href={viewHref(compareHref(group.authorities.map((authority) => authority.gss)))}
              >
                {group.label}
              </Link>
              <span className="app-table-secondary">
                {listInWords(peers)}
                {group.peersAvailable > peers.length ? ` (${peers.length} of ${group.peersAvailable})` : ""}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
