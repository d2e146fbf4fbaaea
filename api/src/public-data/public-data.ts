import type { View } from "@ldd/shared/as-of";
import { buildPublicModel, type PublicModel } from "./build-public-model.ts";
import { byEffectiveNewestFirst, type DerivedChange, deriveChanges } from "./model/changes.ts";
import type { PublishedHistory } from "./published-data.repository.ts";
import { selectPublished } from "./select-published.ts";

/** How many past views (an "as of" date, as known or as published) are kept built at once. */
const VIEWS_KEPT = 64;

/**
 * The public data of one snapshot: today's model, built at once, and any past view built on first
 * use from the same published history, then kept (the least recently used past views beyond
 * VIEWS_KEPT are dropped). A rebuild replaces the whole object, so nothing here is ever stale
 * (docs/decisions/012-time-machine.md).
 */
export interface PublicData {
  readonly today: string;
  /** Today's state as known now: what every read without `asOf` shows. */
  readonly current: PublicModel;
  at(view: View): PublicModel;
  /** Every published change, as known now, newest first (built on first use). */
  changes(): readonly DerivedChange[];
  /** The published changes as they stood when the public saw them at the end of `date`. */
  changesPublishedBy(date: string): readonly DerivedChange[];
  /** How many published changes a view leaves out (0 for today's). */
  changesSince(view: View): number;
}

export function createPublicData(history: PublishedHistory, today: string): PublicData {
  const known = selectPublished(history, null);
  const current = buildPublicModel(known, today);
  const views = new Map<string, PublicModel>();
  let allChanges: DerivedChange[] | undefined;
  const changes = () => {
    allChanges ??= deriveChanges(known).sort(byEffectiveNewestFirst);
    return allChanges;
  };
  return {
    today,
    current,
    at(view) {
      if (view.asOf === today && !view.asPublished) return current;
      const key = `${view.asOf}|${view.asPublished}`;
      let model = views.get(key);
      if (model) {
        views.delete(key); // re-inserted below: most recently used last
      } else {
        model = buildPublicModel(view.asPublished ? selectPublished(history, view.asOf) : known, view.asOf);
      }
      views.set(key, model);
      if (views.size > VIEWS_KEPT) {
        const oldest = views.keys().next().value;
        if (oldest !== undefined) views.delete(oldest);
      }
      return model;
    },
    changes,
    changesPublishedBy: (date) => deriveChanges(selectPublished(history, date)).sort(byEffectiveNewestFirst),
    changesSince(view) {
      if (view.asOf === today && !view.asPublished) return 0;
      return view.asPublished
        ? changes().filter((change) => change.publishedOn > view.asOf).length
        : changes().filter((change) => change.effectiveDate > view.asOf).length;
    },
  };
}
