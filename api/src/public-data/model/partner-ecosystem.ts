import type { PartnerSummary, Partnership } from "@ldd/shared/partnerships";
import { compareNames, groupBy } from "./facts.ts";

const byName = (a: { name: string }, b: { name: string }) => compareNames(a.name, b.name);

/**
 * Every partner organisation named in a published partnership, with the authorities working with
 * it: the most connected first (authorities with an active partnership, then all-time).
 */
export function buildPartnerEcosystem(partnerships: readonly Partnership[]): PartnerSummary[] {
  return [...groupBy(partnerships, (p) => p.partner.id).values()]
    .flatMap((list) => {
      const first = list[0];
      if (!first) return [];
      const authoritiesOf = (items: readonly Partnership[]) =>
        [
          ...new Map(
            items.map((p) => [p.authorityGss, { gss: p.authorityGss, name: p.authorityName }]),
          ).values(),
        ].sort(byName);
      const active = list.filter((p) => p.active);
      return [
        {
          ...first.partner,
          activeAuthorities: authoritiesOf(active),
          allAuthorities: authoritiesOf(list),
          activePartnerships: active.length,
          totalPartnerships: list.length,
        },
      ];
    })
    .sort(
      (a, b) =>
        b.activeAuthorities.length - a.activeAuthorities.length ||
        b.allAuthorities.length - a.allAuthorities.length ||
        byName(a, b),
    );
}
