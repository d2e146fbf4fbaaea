import type { AuthoritySummary } from "@ldd/shared/authorities";
import { formatLongDate } from "@ldd/shared/dates";
import { Link } from "wouter";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { type PageView, useView, withView } from "@/lib/view.ts";
import { getAuthoritiesCsvHref, useAuthorities } from "../api/get-authorities.ts";

function Tile({ authority, view }: { authority: AuthoritySummary; view: PageView }) {
  const position = authority.tile;
  const signed = authority.signedOn !== null;
  return (
    <li
      className={[
        "app-tile",
        signed ? "app-tile--signed" : "app-tile--not-signed",
        position ? `app-tile--column-${position.column} app-tile--row-${position.row}` : "",
      ].join(" ")}
    >
      <Link href={withView(`/authorities/${authority.gss}`, view)} className="app-tile__link">
        <span className="app-tile__name">{authority.name}</span>
        <span className="app-tile__status">
          {signed ? "Signed" : "Not signed"}
          {authority.signedOn ? (
            <span className="govuk-visually-hidden"> on {formatLongDate(authority.signedOn)}</span>
          ) : null}
        </span>
      </Link>
    </li>
  );
}

/** The 33 authorities as a tile map: each tile says in words whether the authority has signed. */
export function AuthorityTileGrid() {
  const authorities = useAuthorities();
  const view = useView();
  return (
    <section className="app-chart-panel" aria-labelledby="tile-map-heading">
      <h2 className="govuk-heading-m" id="tile-map-heading">
        Who has signed
      </h2>
      <QueryBoundary query={authorities} loadingLabel="Loading authorities…">
        {({ authorities: list }) => (
          <>
            <p className="govuk-body">
              {list.filter((authority) => authority.signedOn !== null).length} of {list.length} authorities
              have signed the Local Digital Declaration. Tiles are placed roughly where each authority is in
              London; choose one to see its profile.
            </p>
            <ul className="app-tile-key" aria-label="Key">
              <li className="app-tile-key__item">
                <span className="app-tile-key__swatch app-tile--signed" aria-hidden="true" /> Signed (solid
                tile)
              </li>
              <li className="app-tile-key__item">
                <span className="app-tile-key__swatch app-tile--not-signed" aria-hidden="true" /> Not signed
                (striped tile, dashed border)
              </li>
            </ul>
            <ul className="app-tile-grid" aria-label="London authorities">
              {[...list]
                .sort((a, b) => a.name.localeCompare(b.name, "en-GB"))
                .map((authority) => (
                  <Tile key={authority.gss} authority={authority} view={view} />
                ))}
            </ul>
          </>
        )}
      </QueryBoundary>
      <p className="govuk-body">
        <a className="govuk-link" href={getAuthoritiesCsvHref(view)} download>
          Download the list of authorities (CSV)
        </a>
      </p>
    </section>
  );
}
