import {
  DATA_TABLES,
  OPEN_DATA_DESCRIPTOR_FILE,
  OPEN_DATA_PACKAGE,
  OPEN_DATA_ZIP_FILE,
  openDataPath,
} from "@ldd/shared/data-dictionary";
import { DECLARATION_LAUNCH_DATE } from "@ldd/shared/reference-data";
import { useEffect } from "react";

/*
 * The open data package described for search engines and dataset catalogues (schema.org `Dataset`,
 * as Google Dataset Search reads it), from the same module as the package itself
 * (shared/src/data-dictionary.ts), so the two name the same files.
 */

export interface DataDownload {
  "@type": "DataDownload";
  name: string;
  encodingFormat: string;
  contentUrl: string;
}

export function buildDatasetJsonLd({
  origin,
  dataVersion,
}: {
  /** The site's origin, e.g. https://ldd.example: every address in it is absolute. */
  origin: string;
  /** `/api/meta`'s dataVersion: when the newest published record was recorded. */
  dataVersion: string | null;
}) {
  const url = (path: string) => new URL(path, origin).toString();
  const publisher = {
    "@type": "Organization",
    name: OPEN_DATA_PACKAGE.publisher.title,
    url: OPEN_DATA_PACKAGE.publisher.path,
  };
  const distribution: DataDownload[] = [
    {
      "@type": "DataDownload",
      name: `Every table in one zip file (${OPEN_DATA_ZIP_FILE})`,
      encodingFormat: "application/zip",
      contentUrl: url(openDataPath("latest", OPEN_DATA_ZIP_FILE)),
    },
    {
      "@type": "DataDownload",
      name: `Frictionless Data Package descriptor (${OPEN_DATA_DESCRIPTOR_FILE})`,
      encodingFormat: "application/json",
      contentUrl: url(openDataPath("latest", OPEN_DATA_DESCRIPTOR_FILE)),
    },
    ...DATA_TABLES.map(
      (table): DataDownload => ({
        "@type": "DataDownload",
        name: `${table.title} (${table.name}.csv)`,
        encodingFormat: "text/csv",
        contentUrl: url(openDataPath("latest", `${table.name}.csv`)),
      }),
    ),
  ];
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: OPEN_DATA_PACKAGE.title,
    description: OPEN_DATA_PACKAGE.description,
    url: url("/about/data"),
    keywords: [...OPEN_DATA_PACKAGE.keywords],
    license: OPEN_DATA_PACKAGE.licence.path,
    isAccessibleForFree: true,
    creator: publisher,
    publisher,
    temporalCoverage: `${DECLARATION_LAUNCH_DATE}/..`,
    spatialCoverage: { "@type": "Place", name: "London, United Kingdom" },
    ...(dataVersion ? { dateModified: dataVersion } : {}),
    distribution,
  };
}

/** Adds a JSON-LD script to the head while the page is shown; nothing while `data` is null. */
export function useJsonLd(id: string, data: unknown) {
  const json = data === null ? null : JSON.stringify(data);
  useEffect(() => {
    if (json === null) return;
    const script = document.createElement("script");
    script.type = "application/ld+json";
    script.id = id;
    script.textContent = json;
    document.head.append(script);
    return () => script.remove();
  }, [id, json]);
}
