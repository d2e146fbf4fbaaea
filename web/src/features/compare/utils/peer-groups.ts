import type { AuthoritySummary } from "@ldd/shared/authorities";
import { daysBetween } from "@ldd/shared/dates";
import { MAX_COMPARED } from "./compare-selection.ts";

export interface PeerGroup {
  id: string;
  /** "Inner London (ONS definition)". */
  label: string;
  /** The first authority and up to three peers from the group. */
  authorities: AuthoritySummary[];
  /** How many peers the group offers in all (the first authority not counted). */
  peersAvailable: number;
}

/**
 * Up to three peers of `first` from a group: those that signed nearest in time to it (the ones
 * that have not signed after them), then by name. So each link compares like with like.
 */
function nearest(first: AuthoritySummary, group: readonly AuthoritySummary[]): AuthoritySummary[] {
  const distance = (authority: AuthoritySummary) => {
    if (!first.signedOn) return authority.signedOn ? 1 : 0;
    return authority.signedOn
      ? Math.abs(daysBetween(first.signedOn, authority.signedOn))
      : Number.MAX_SAFE_INTEGER;
  };
  return group
    .filter((authority) => authority.gss !== first.gss)
    .sort((a, b) => distance(a) - distance(b) || a.name.localeCompare(b.name, "en-GB"))
    .slice(0, MAX_COMPARED - 1);
}

/** One-click comparisons of `first` with its peers: same part of London (ONS), LOTI or not, signed the same year. */
export function findPeerGroups(first: AuthoritySummary, all: readonly AuthoritySummary[]): PeerGroup[] {
  const groups: Array<{ id: string; label: string; members: AuthoritySummary[] }> = [
    {
      id: "area",
      label: `${first.innerOuterOns === "inner" ? "Inner" : "Outer"} London authorities (ONS definition)`,
      members: all.filter((authority) => authority.innerOuterOns === first.innerOuterOns),
    },
    {
      id: "members",
      label: first.lotiMember ? "Other LOTI members" : "LOTI members",
      members: all.filter((authority) => authority.lotiMember),
    },
    {
      id: "non-members",
      label: first.lotiMember ? "Authorities that are not LOTI members" : "Others that are not LOTI members",
      members: all.filter((authority) => !authority.lotiMember),
    },
    first.signedOn
      ? {
          id: "signed-year",
          label: `Authorities that also signed in ${first.signedOn.slice(0, 4)}`,
          members: all.filter((authority) => authority.signedOn?.slice(0, 4) === first.signedOn?.slice(0, 4)),
        }
      : {
          id: "signed-year",
          label: "Authorities that have not signed either",
          members: all.filter((authority) => authority.signedOn === null),
        },
  ];
  return groups
    .map((group) => ({
      id: group.id,
      label: group.label,
      authorities: [first, ...nearest(first, group.members)],
      peersAvailable: group.members.filter((authority) => authority.gss !== first.gss).length,
    }))
    .filter((group) => group.authorities.length >= 2);
}
