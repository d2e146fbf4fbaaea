import {
  DATA_TABLES,
  type DataField,
  type DataTable,
  LIST_SEPARATOR,
  OPEN_DATA_DESCRIPTOR_FILE,
  OPEN_DATA_PACKAGE,
  OPEN_DATA_ZIP_FILE,
  openDataPath,
} from "@ldd/shared/data-dictionary";
import { formatLongDate } from "@ldd/shared/dates";
import { Fragment } from "react";
import { Link } from "wouter";
import { DataTable as Table } from "@/components/data-table.tsx";
import { useMeta } from "@/features/meta/api/get-meta.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";
import { useSiteOrigin } from "@/lib/use-hydrated.ts";

/*
 * `/about/data`: the open data package (docs/decisions/013-open-data-package.md) for people, drawn
 * from shared/src/data-dictionary.ts, the module the API writes the CSVs and Table Schemas from, so
 * this page and the package cannot disagree. It is not `/data`: that address holds the files.
 */

const TYPE_LABELS: Record<DataField["type"], string> = {
  string: "Text",
  integer: "Whole number",
  boolean: "true or false",
  date: "Date (YYYY-MM-DD)",
  datetime: "Date and time (ISO 8601, UTC)",
};

function typeLabel(field: DataField): string {
  return field.format === "uri" ? "Text (a web address)" : TYPE_LABELS[field.type];
}

function constraintsOf(field: DataField): string[] {
  const constraints = field.constraints ?? {};
  const found: string[] = [];
  if (constraints.required) found.push("Required");
  if (constraints.unique) found.push("Unique");
  if (constraints.enum) found.push(`One of: ${constraints.enum.join(", ")}`);
  if (constraints.pattern) found.push(`Matches ${constraints.pattern}`);
  if (constraints.minimum !== undefined) found.push(`At least ${constraints.minimum}`);
  return found;
}

function keysOf(table: DataTable, field: DataField): string[] {
  const keys: string[] = [];
  if (table.primaryKey.includes(field.name)) {
    keys.push(table.primaryKey.length === 1 ? "Primary key" : "Part of the primary key");
  }
  for (const foreignKey of table.foreignKeys) {
    const index = foreignKey.fields.indexOf(field.name);
    if (index >= 0) {
      keys.push(`Refers to ${foreignKey.reference.resource}.${foreignKey.reference.fields[index] ?? ""}`);
    }
  }
  return keys;
}

/** A snake_case name that may wrap after its underscores, never inside a word. */
function withBreaks(name: string) {
  return name.split("_").map((part, index, parts) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 ? (
        <>
          _<wbr />
        </>
      ) : null}
    </Fragment>
  ));
}

function CellList({ items }: { items: readonly string[] }) {
  if (items.length === 0) return <span className="app-secondary-text">None</span>;
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function TableSection({ table }: { table: DataTable }) {
  const file = `${table.name}.csv`;
  return (
    <section className="app-dictionary-table" aria-labelledby={`table-${table.name}`}>
      <h3 className="govuk-heading-m" id={`table-${table.name}`}>
        {table.title} <code className="app-code">{file}</code>
      </h3>
      <p className="govuk-body">{table.description}</p>
      <dl className="govuk-summary-list govuk-summary-list--no-border app-dictionary-keys">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Primary key</dt>
          <dd className="govuk-summary-list__value">
            <code className="app-code">{table.primaryKey.join(", ")}</code>
            {table.primaryKey.length > 1 ? " (together)" : null}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Foreign keys</dt>
          <dd className="govuk-summary-list__value">
            {table.foreignKeys.length === 0
              ? "None"
              : table.foreignKeys.map((key) => (
                  <span className="app-dictionary-keys__key" key={key.fields.join()}>
                    <code className="app-code">{key.fields.join(", ")}</code> refers to{" "}
                    <a className="govuk-link" href={`#table-${key.reference.resource}`}>
                      {key.reference.resource}
                    </a>{" "}
                    <code className="app-code">{key.reference.fields.join(", ")}</code>
                  </span>
                ))}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Download</dt>
          <dd className="govuk-summary-list__value">
            <a className="govuk-link" href={openDataPath("latest", file)} download>
              {file}
              <span className="govuk-visually-hidden"> (latest, CSV)</span>
            </a>
          </dd>
        </div>
      </dl>
      <Table
        caption={`Columns of ${file}, in file order`}
        columns={[
          {
            key: "name",
            header: "Column",
            rowHeader: true,
            cell: (field: DataField) => <code className="app-code">{withBreaks(field.name)}</code>,
          },
          { key: "type", header: "Type", cell: (field: DataField) => typeLabel(field) },
          {
            key: "description",
            header: "Description",
            cell: (field: DataField) => (
              <>
                <strong>{field.title}.</strong> {field.description}
              </>
            ),
          },
          {
            key: "constraints",
            header: "Constraints",
            cell: (field: DataField) => <CellList items={constraintsOf(field)} />,
          },
          {
            key: "keys",
            header: "Keys",
            cell: (field: DataField) => <CellList items={keysOf(table, field)} />,
          },
        ]}
        rows={table.fields}
        rowKey={(field) => field.name}
        scroll="wide"
      />
    </section>
  );
}

export function DataDictionaryRoute() {
  useDocumentTitle("Open data and data dictionary");
  const meta = useMeta();
  const today = meta.data?.today ?? null;
  const exampleDate = today ?? "2026-11-30";
  const origin = useSiteOrigin();
  const tables: readonly DataTable[] = DATA_TABLES;

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-xl">Open data and data dictionary</h1>
          <p className="govuk-body-l">{OPEN_DATA_PACKAGE.description}</p>
          <p className="govuk-body">
            The whole dataset is one{" "}
            <a className="govuk-link" href="https://datapackage.org/">
              Frictionless Data Package
            </a>{" "}
            (version 2): a CSV file per table and a machine-readable description of every table and column (
            <code className="app-code">{OPEN_DATA_DESCRIPTOR_FILE}</code>), which spreadsheets, Python, R and
            data portals can load. It is published by {OPEN_DATA_PACKAGE.publisher.title} under the{" "}
            <a className="govuk-link" href={OPEN_DATA_PACKAGE.licence.path} rel="license">
              {OPEN_DATA_PACKAGE.licence.title}
            </a>
            . Only published records are included.
          </p>

          <h2 className="govuk-heading-l" id="download">
            Download the data
          </h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <a className="govuk-link" href={openDataPath("latest", OPEN_DATA_ZIP_FILE)} download>
                Every table in one zip file ({OPEN_DATA_ZIP_FILE})
              </a>
            </li>
            <li>
              <a className="govuk-link" href={openDataPath("latest", OPEN_DATA_DESCRIPTOR_FILE)}>
                The package description ({OPEN_DATA_DESCRIPTOR_FILE})
              </a>
              , with each table’s schema and each file’s size and SHA-256 hash
            </li>
            {tables.map((table) => (
              <li key={table.name}>
                <a className="govuk-link" href={openDataPath("latest", `${table.name}.csv`)} download>
                  {table.title} ({table.name}.csv)
                </a>
              </li>
            ))}
          </ul>
          <p className="govuk-body">
            The same figures are available one question at a time from the{" "}
            <a className="govuk-link" href="/api/docs">
              read API
            </a>
            , and every chart and table on this site has a CSV download of its own. How each figure is worked
            out is explained in the{" "}
            <Link className="govuk-link" href="/methodology">
              methodology
            </Link>
            .
          </p>

          <h2 className="govuk-heading-l" id="cite">
            Cite a dated edition
          </h2>
          <p className="govuk-body">
            The files under <code className="app-code">/data/latest/</code> always show today’s records, so
            they change whenever data is published or corrected. To quote a figure, cite a{" "}
            <strong>dated edition</strong> instead: <code className="app-code">/data/YYYY-MM-DD/</code> holds
            exactly what was published by the end of that day (London time). Corrections published later never
            change it, so anyone following your link sees the same files you did.
          </p>
          <p className="govuk-body">
            For example, the edition for{" "}
            {/^\d{4}-\d{2}-\d{2}$/.test(exampleDate) ? formatLongDate(exampleDate) : exampleDate}:
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <a
                className="govuk-link app-break-anywhere"
                href={openDataPath(exampleDate, OPEN_DATA_DESCRIPTOR_FILE)}
              >
                {origin}
                {openDataPath(exampleDate, OPEN_DATA_DESCRIPTOR_FILE)}
              </a>
            </li>
            <li>
              <a
                className="govuk-link app-break-anywhere"
                href={openDataPath(exampleDate, OPEN_DATA_ZIP_FILE)}
                download
              >
                {origin}
                {openDataPath(exampleDate, OPEN_DATA_ZIP_FILE)}
              </a>
            </li>
          </ul>
          <p className="govuk-body">A citation could read:</p>
          <div className="govuk-inset-text app-break-anywhere">
            {OPEN_DATA_PACKAGE.publisher.title} ({exampleDate.slice(0, 4)}).{" "}
            <em>{OPEN_DATA_PACKAGE.title}</em>, edition {exampleDate}. {OPEN_DATA_PACKAGE.licence.title}.{" "}
            {origin}
            {openDataPath(exampleDate, OPEN_DATA_DESCRIPTOR_FILE)}
          </div>
          <p className="govuk-body">
            A date in the future is refused. A date before any data was published gives the 33 authorities and
            otherwise empty tables.
          </p>

          <h2 className="govuk-heading-l" id="format">
            How the files are written
          </h2>
          <p className="govuk-body">
            The CSV files follow the{" "}
            <a
              className="govuk-link"
              href="https://www.gov.uk/government/publications/recommended-open-standards-for-government/tabular-data-standard"
            >
              GOV.UK tabular data standard
            </a>
            :
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>UTF-8 with a byte-order mark, so spreadsheet programs read the characters correctly</li>
            <li>
              commas between values, quotes where a value needs them, and one header row of column names
            </li>
            <li>dates as YYYY-MM-DD and times in UTC as ISO 8601 (for example 2024-03-31T09:30:00.000Z)</li>
            <li>
              <code className="app-code">true</code> or <code className="app-code">false</code> for yes or no
            </li>
            <li>an empty cell where there is no value</li>
            <li>
              several values in one cell separated by “
              <code className="app-code">{LIST_SEPARATOR.trim()}</code>” and a space
            </li>
            <li>
              text starting with = + - or @ written with an apostrophe in front, so a spreadsheet does not run
              it as a formula
            </li>
          </ul>

          <h2 className="govuk-heading-l" id="tables">
            Tables
          </h2>
          <p className="govuk-body">
            There are {tables.length} tables. Each one’s columns are listed below in the order they appear in
            the file.
          </p>
          <nav aria-label="Tables">
            <ul className="govuk-list">
              {tables.map((table) => (
                <li key={table.name}>
                  <a className="govuk-link" href={`#table-${table.name}`}>
                    {table.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
      {tables.map((table) => (
        <TableSection key={table.name} table={table} />
      ))}
    </>
  );
}
