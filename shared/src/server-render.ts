/*
 * The contract between the API and the web app's server build (web/src/entry-server.tsx): the API
 * loads the built module and asks it to render public pages to HTML, answering the page's own
 * data requests in the same process (docs/decisions/014-server-rendered-public-pages.md).
 */

/** A public page rendered on the server, ready to go into the web app's index.html. */
export interface RenderedPage {
  /** The markup of the app, for inside `<div id="root">`. */
  markup: string;
  /** The document title the page sets (WCAG 2.4.2). */
  title: string;
  /** What the browser needs to take the HTML over: the page's data (web/src/lib/server-state.ts). */
  state: unknown;
}

/** `Req` and `Res` are the platform's Request and Response (this package names no platform). */
export interface ServerRenderer<Req, Res> {
  /**
   * Renders the page at `url` (path and query). `send` answers the page's API requests. With
   * `notFound`, the page says the address has nothing, whatever page the address looks like.
   * Resolves to null when the page cannot be rendered faithfully (one of its reads failed): the
   * browser then renders it.
   */
  render(
    url: string,
    send: (request: Req) => Promise<Res>,
    options: { notFound: boolean },
  ): Promise<RenderedPage | null>;
}

/** The id of the `<script type="application/json">` that carries a server-rendered page's data. */
export const SERVER_STATE_ID = "server-state";
