/**
 * Where each authority sits in the tile map: a square grid that keeps London's rough geography
 * (north at the top, the City in the middle). Column and row start at 1. Keyed by GSS code so
 * another region only needs another layout.
 */
export const LONDON_TILE_LAYOUT: Readonly<Record<string, { column: number; row: number }>> = {
  E09000010: { column: 5, row: 1 }, // Enfield
  E09000015: { column: 3, row: 2 }, // Harrow
  E09000003: { column: 4, row: 2 }, // Barnet
  E09000014: { column: 5, row: 2 }, // Haringey
  E09000031: { column: 6, row: 2 }, // Waltham Forest
  E09000017: { column: 1, row: 3 }, // Hillingdon
  E09000005: { column: 2, row: 3 }, // Brent
  E09000007: { column: 3, row: 3 }, // Camden
  E09000019: { column: 4, row: 3 }, // Islington
  E09000012: { column: 5, row: 3 }, // Hackney
  E09000026: { column: 6, row: 3 }, // Redbridge
  E09000016: { column: 7, row: 3 }, // Havering
  E09000009: { column: 1, row: 4 }, // Ealing
  E09000020: { column: 2, row: 4 }, // Kensington and Chelsea
  E09000033: { column: 3, row: 4 }, // Westminster
  E09000001: { column: 4, row: 4 }, // City of London
  E09000030: { column: 5, row: 4 }, // Tower Hamlets
  E09000025: { column: 6, row: 4 }, // Newham
  E09000002: { column: 7, row: 4 }, // Barking and Dagenham
  E09000018: { column: 1, row: 5 }, // Hounslow
  E09000013: { column: 2, row: 5 }, // Hammersmith and Fulham
  E09000032: { column: 3, row: 5 }, // Wandsworth
  E09000022: { column: 4, row: 5 }, // Lambeth
  E09000028: { column: 5, row: 5 }, // Southwark
  E09000023: { column: 6, row: 5 }, // Lewisham
  E09000011: { column: 7, row: 5 }, // Greenwich
  E09000004: { column: 8, row: 5 }, // Bexley
  E09000027: { column: 2, row: 6 }, // Richmond upon Thames
  E09000021: { column: 3, row: 6 }, // Kingston upon Thames
  E09000024: { column: 4, row: 6 }, // Merton
  E09000008: { column: 5, row: 6 }, // Croydon
  E09000006: { column: 6, row: 6 }, // Bromley
  E09000029: { column: 4, row: 7 }, // Sutton
};
