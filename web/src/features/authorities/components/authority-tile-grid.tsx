import type { AuthoritySummary } from "@ldd/shared/authorities";
import { Link } from "wouter";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { useView, useViewHref } from "@/lib/view.ts";
import { getAuthoritiesCsvHref, useAuthorities } from "../api/get-authorities.ts";
import {
  TILE_MEASURE_DEFINITIONS,
  type TileMeasureId,
  type TileValue,
  tileBandClass,
} from "../utils/tile-measures.ts";

function Tile({ authority, value }: { authority: AuthoritySummary; value: TileValue }) {
  const viewHref = useViewHref();
  const position = authority.tile;
  return (
    <li
      className={[
        "app-tile",
        tileBandClass(value.band),
        position ? `app-tile--column-${position.column} app-tile--row-${position.row}` : "",
      ].join(" ")}
    >
      <Link href={viewHref(`/authorities/${authority.gss}`)} className="app-tile__link">
        <span className="app-tile__name">{authority.name}</span>
        <span className="app-tile__status">
          {value.text}
          {value.detail ? <span className="govuk-visually-hidden">{value.detail}</span> : null}
        </span>
      </Link>
    </li>
  );
}

/**
 * The authorities as a tile map, by one measure: each tile says its value in words or numbers and
 * is drawn in its band's pattern; the key lists the bands in words with how many are in each.
 */
export function AuthorityTileMap({
  authorities,
  measure,
  viewDate,
  label = "London authorities",
}: {
  authorities: readonly AuthoritySummary[];
  measure: TileMeasureId;
  /** The date the data describes (YYYY-MM-DD), for measures counted up to it. */
  viewDate: string;
  label?: string;
}) {
  const definition = TILE_MEASURE_DEFINITIONS[measure];
  const tiles = [...authorities]
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"))
    .map((authority) => ({ authority, value: definition.value(authority, viewDate) }));
  return (
    <>
      <ul className="app-tile-key" aria-label={`Key: ${definition.label.toLowerCase()}`}>
        {definition.bands.map(({ band, label: bandLabel }) => {
          const count = tiles.filter((tile) => tile.value.band === band).length;
          return (
            <li key={String(band)} className="app-tile-key__item">
              <span className={`app-tile-key__swatch ${tileBandClass(band)}`} aria-hidden="true" />
              {bandLabel}: {count}
            </li>
          );
        })}
      </ul>
      <ul className="app-tile-grid" aria-label={label}>
        {tiles.map(({ authority, value }) => (
          <Tile key={authority.gss} authority={authority} value={value} />
        ))}
      </ul>
    </>
  );
}

/** The overview's tile map: who has signed, with a way to the other measures on the authorities page. */
export function AuthorityTileGrid() {
  const authorities = useAuthorities();
  const view = useView();
  const viewHref = useViewHref();
  return (
    <section className="app-chart-panel" aria-labelledby="tile-map-heading">
      <h2 className="govuk-heading-m" id="tile-map-heading">
        Who has signed
      </h2>
      <QueryBoundary query={authorities} loadingLabel="Loading authorities…">
        {({ authorities: list, view: dataView }) => (
          <>
            <p className="govuk-body">
              {list.filter((authority) => authority.signedOn !== null).length} of {list.length} authorities
              have signed the Local Digital Declaration. Tiles are placed roughly where each authority is in
              London; choose one to see its profile.
            </p>
            <AuthorityTileMap authorities={list} measure="signed" viewDate={dataView.asOf} />
          </>
        )}
      </QueryBoundary>
      <p className="govuk-body">
        <Link className="govuk-link" href={viewHref("/authorities?measure=share_done#map")}>
          See the map by other measures, such as overdue commitments
        </Link>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={getAuthoritiesCsvHref(view)} download>
          Download the list of authorities (CSV)
        </a>
      </p>
    </section>
  );
}
