import { useSearch } from "wouter";
import type { QueryParams } from "./api-client.ts";

/*
 * The time machine in the web app (docs/decisions/012-time-machine.md): any public page can show
 * the state at the end of a past date, as known now or as published then. The choice lives in
 * the address (`?asOf=2024-03-31&asPublished=true`) so a page can be cited and reopened, and every
 * public read of the page asks the API for the same view.
 */

/** The view a page asks for; `asOf` null is today's state as known now. */
export interface PageView {
  asOf: string | null;
  asPublished: boolean;
}

export const TODAY: PageView = { asOf: null, asPublished: false };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The view in a query string. A malformed date is passed on, so the API names the problem. */
export function readView(search: string): PageView {
  const params = new URLSearchParams(search);
  const asOf = params.get("asOf");
  return {
    asOf: asOf && asOf.trim() !== "" ? asOf.trim() : null,
    asPublished: asOf !== null && params.get("asPublished") === "true",
  };
}

export function useView(): PageView {
  return readView(useSearch());
}

export const isPastView = (view: PageView) => view.asOf !== null;
export const isWellFormedDate = (value: string) => ISO_DATE.test(value);

/** The API parameters of a view (nothing for today's). */
export function viewParams(view: PageView): QueryParams {
  return view.asOf === null ? {} : { asOf: view.asOf, asPublished: view.asPublished ? true : undefined };
}

/** A query-key part that tells views apart. */
export const viewKey = (view: PageView) => ({ asOf: view.asOf, asPublished: view.asPublished });

/** `href` with the view's parameters added, so links inside a past view stay in it. */
export function withView(href: string, view: PageView): string {
  if (view.asOf === null) return href;
  const [path = "", hash] = href.split("#");
  const [pathname = "", query] = path.split("?");
  const params = new URLSearchParams(query);
  params.set("asOf", view.asOf);
  if (view.asPublished) params.set("asPublished", "true");
  else params.delete("asPublished");
  return `${pathname}?${params.toString()}${hash === undefined ? "" : `#${hash}`}`;
}

/** A function that keeps the current view on internal links. */
export function useViewHref(): (href: string) => string {
  const view = useView();
  return (href) => withView(href, view);
}
