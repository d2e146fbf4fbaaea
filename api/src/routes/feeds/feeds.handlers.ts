import { CHANGE_KIND_LABELS, type Change, type FeedQuery } from "@ldd/shared/leadership";
import { Feed } from "feed";
import type { Context } from "hono";
import type { AppBindings, AppRouteHandler } from "../../lib/types.ts";
import { selectActivity, toChange } from "../../public-data/change-feed.ts";
import type { PublicData } from "../../public-data/public-data.ts";
import { sendSnapshotDocument, snapshotKey } from "../../public-data/public-response.ts";
import type { getChangesAtom, getChangesJsonFeed } from "./feeds.routes.ts";

/** How many changes a feed carries: enough for a reader polling daily, small enough to poll often. */
const ENTRIES = 100;
const TITLE = "Local Digital Declaration: published changes";

/** The site's own address as the request reached it, for the absolute links a feed needs. */
function siteOf(c: Context<AppBindings>): { origin: string; host: string } {
  const url = new URL(c.req.url);
  const host = c.req.header("Host") ?? url.host;
  return { origin: `${url.protocol}//${host}`, host: host.replace(/:\d+$/, "") };
}

function recordLink(origin: string, change: Change): string {
  const profile = `${origin}/authorities/${change.authorityGss}`;
  if (change.recordType === "commitment" && change.recordId)
    return `${profile}#commitment-${change.recordId}`;
  if (change.recordType === "partnership") return `${profile}#partnerships`;
  return profile;
}

function entries(data: PublicData, query: FeedQuery): Change[] {
  return selectActivity(data.changes(), query).slice(0, ENTRIES).map(toChange);
}

function filterWords(query: FeedQuery): string {
  const parts = [
    ...(query.authority ? [`authority ${query.authority}`] : []),
    ...(query.kind ? [CHANGE_KIND_LABELS[query.kind].toLowerCase()] : []),
  ];
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

function feedQueryString(query: FeedQuery): string {
  const params = new URLSearchParams();
  if (query.authority) params.set("authority", query.authority);
  if (query.kind) params.set("kind", query.kind);
  const text = params.toString();
  return text ? `?${text}` : "";
}

const detail = (change: Change) =>
  [
    change.summary,
    change.from !== null || change.to !== null ? `From: ${change.from ?? "—"}. To: ${change.to ?? "—"}.` : "",
    change.reason ? `Why: ${change.reason}` : "",
    `Effective ${change.effectiveDate}.`,
  ]
    .filter(Boolean)
    .join(" ");

/** When the newest entry was recorded: the feed's `updated` and Last-Modified. */
const newest = (changes: readonly Change[]) => changes[0]?.recordedAt ?? "2018-07-04T00:00:00.000Z";

/** Last-Modified: when the newest entry was recorded, so a poller can also ask If-Modified-Since. */
const lastModified = (data: PublicData, query: FeedQuery) => ({
  "last-modified": new Date(newest(entries(data, query))).toUTCString(),
});

export const getChangesAtomHandler: AppRouteHandler<typeof getChangesAtom> = (c) => {
  const query = c.req.valid("query");
  const { origin, host } = siteOf(c);
  return sendSnapshotDocument(c, snapshotKey(`feeds/changes.atom|${origin}`, query), {
    contentType: "application/atom+xml; charset=utf-8",
    headers: (data) => lastModified(data, query),
    render: (data) => {
      const changes = entries(data, query);
      const feed = new Feed({
        id: `tag:${host},2018:changes${feedQueryString(query)}`,
        title: `${TITLE}${filterWords(query)}`,
        description:
          "Signatures, commitments, status changes, target dates, partnerships and membership, as published.",
        link: `${origin}/changes`,
        language: "en-GB",
        updated: new Date(newest(changes)),
        generator: false,
        feedLinks: { atom: `${origin}/feeds/changes.atom${feedQueryString(query)}` },
        copyright: "Open Government Licence v3.0",
      });
      for (const change of changes) {
        feed.addItem({
          id: `tag:${host},2018:change/${change.id}`,
          title: `${change.authorityName}: ${change.summary}`,
          link: recordLink(origin, change),
          date: new Date(change.recordedAt),
          description: detail(change),
          category: [{ term: change.kind, name: CHANGE_KIND_LABELS[change.kind] }],
        });
      }
      return feed.atom1();
    },
  });
};

export const getChangesJsonFeedHandler: AppRouteHandler<typeof getChangesJsonFeed> = (c) => {
  const query = c.req.valid("query");
  const { origin, host } = siteOf(c);
  return sendSnapshotDocument(c, snapshotKey(`feeds/changes.json|${origin}`, query), {
    contentType: "application/feed+json; charset=utf-8",
    headers: (data) => lastModified(data, query),
    render: (data) => {
      const changes = entries(data, query);
      // JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): plain JSON, no library needed.
      return JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: `${TITLE}${filterWords(query)}`,
        home_page_url: `${origin}/changes`,
        feed_url: `${origin}/feeds/changes.json${feedQueryString(query)}`,
        language: "en-GB",
        items: changes.map((change) => ({
          id: `tag:${host},2018:change/${change.id}`,
          url: recordLink(origin, change),
          title: `${change.authorityName}: ${change.summary}`,
          content_text: detail(change),
          date_published: change.recordedAt,
          tags: [change.kind],
          _ldd: change,
        })),
      });
    },
  });
};
