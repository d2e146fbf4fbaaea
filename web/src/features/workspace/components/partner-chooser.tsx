import {
  CANONICAL_ID_SCHEME_LABELS,
  IDENTIFIER_FORMATS,
  partnerNameKey,
} from "@ldd/shared/partner-identifiers";
import type { PartnerOrganisation } from "@ldd/shared/partnerships";
import { CANONICAL_ID_SCHEMES, PARTNER_TYPE_LABELS, PARTNER_TYPES } from "@ldd/shared/vocabulary";
import { useId, useState } from "react";
import { CheckableField, SelectField, TextField } from "@/components/forms/fields.tsx";

export interface PartnerChoiceValues {
  kind: string;
  organisationId: string;
  name: string;
  type: string;
  canonicalIdScheme: string;
  canonicalId: string;
}

/** The choice as the contract takes it; undefined until the editor says which kind. */
export function toPartnerChoice(values: PartnerChoiceValues) {
  if (values.kind === "organisation") return { kind: "organisation", organisationId: values.organisationId };
  if (values.kind !== "new") return undefined;
  const scheme = values.canonicalIdScheme === "" ? null : values.canonicalIdScheme;
  return {
    kind: "new",
    name: values.name,
    type: values.type === "" ? undefined : values.type,
    canonicalIdScheme: scheme,
    canonicalId: scheme ? values.canonicalId : null,
  };
}

const describeOrganisation = (organisation: PartnerOrganisation) =>
  `${organisation.name} (${PARTNER_TYPE_LABELS[organisation.type]}${organisation.canonicalId ? `, ${organisation.canonicalId}` : ""})`;

/**
 * Chooses a partnership's partner from the shared list — a search box narrows the list, so a
 * keyboard or screen reader user never scrolls through every organisation, and says how many
 * match — or proposes one not listed, with its identifier where it has one. A proposal whose name
 * is already on the list says so at once, with a button to choose that entry instead (the API
 * refuses it anyway).
 */
export function PartnerChooser({
  organisations,
  values,
  onChange,
  errors,
}: {
  organisations: readonly PartnerOrganisation[];
  values: PartnerChoiceValues;
  onChange: (values: PartnerChoiceValues) => void;
  errors: Record<string, string | undefined>;
}) {
  const [search, setSearch] = useState("");
  const statusId = useId();
  const set = (changes: Partial<PartnerChoiceValues>) => onChange({ ...values, ...changes });
  const searchKey = partnerNameKey(search);
  const matching = organisations.filter(
    (organisation) =>
      organisation.id === values.organisationId ||
      searchKey === "" ||
      partnerNameKey(organisation.name).includes(searchKey) ||
      (organisation.canonicalId ?? "").toLowerCase().includes(search.trim().toLowerCase()),
  );
  const nameKey = partnerNameKey(values.name);
  const alreadyListed =
    values.kind === "new" && nameKey !== ""
      ? organisations.find((organisation) => partnerNameKey(organisation.name) === nameKey)
      : undefined;
  const scheme = values.canonicalIdScheme as keyof typeof IDENTIFIER_FORMATS | "";

  return (
    <>
      <CheckableField
        type="radio"
        path="partner"
        label="Partner"
        error={errors.partner}
        value={values.kind}
        onChange={(kind) => set({ kind })}
        options={[
          { value: "organisation", label: "An organisation or authority already listed" },
          { value: "new", label: "An organisation not listed yet" },
        ]}
      />
      {values.kind === "organisation" ? (
        <div className="app-partner-search">
          <TextField
            path="partner-search"
            label="Search the list"
            hint="Part of the name, or an identifier such as a Companies House number"
            value={search}
            onChange={setSearch}
            autoComplete="off"
            spellCheck={false}
          />
          <p className="govuk-body-s" id={statusId} role="status" aria-live="polite">
            {matching.length === organisations.length
              ? `${organisations.length} partners on the list`
              : `${matching.length} of ${organisations.length} partners match “${search.trim()}”`}
          </p>
          <SelectField
            path="partner.organisationId"
            label="Choose the partner"
            error={errors["partner.organisationId"]}
            value={values.organisationId}
            onChange={(organisationId) => set({ organisationId })}
            options={[
              {
                value: "",
                label: matching.length === 0 ? "No partner matches: clear the search" : "Choose a partner",
              },
              ...matching.map((organisation) => ({
                value: organisation.id,
                label: describeOrganisation(organisation),
              })),
            ]}
          />
        </div>
      ) : null}
      {values.kind === "new" ? (
        <>
          <TextField
            path="partner.name"
            label="Partner’s name"
            hint="As the organisation writes it, for example “Example Digital Ltd”"
            error={errors["partner.name"]}
            value={values.name}
            onChange={(name) => set({ name })}
          />
          {alreadyListed ? (
            <div className="govuk-inset-text" role="status">
              <p className="govuk-body">{describeOrganisation(alreadyListed)} is already on the list.</p>
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => set({ kind: "organisation", organisationId: alreadyListed.id })}
              >
                Choose {alreadyListed.name} instead
              </button>
            </div>
          ) : null}
          <CheckableField
            type="radio"
            path="partner.type"
            label="Type of partner"
            error={errors["partner.type"]}
            value={values.type}
            onChange={(type) => set({ type })}
            small
            options={PARTNER_TYPES.map((value) => ({ value, label: PARTNER_TYPE_LABELS[value] }))}
          />
          <CheckableField
            type="radio"
            path="partner.canonicalIdScheme"
            label="Its identifier in a public register"
            hint="So the same organisation is never listed twice"
            error={errors["partner.canonicalIdScheme"]}
            value={values.canonicalIdScheme}
            onChange={(canonicalIdScheme) => set({ canonicalIdScheme })}
            small
            options={[
              { value: "", label: "No identifier, or not known" },
              ...CANONICAL_ID_SCHEMES.map((value) => ({ value, label: CANONICAL_ID_SCHEME_LABELS[value] })),
            ]}
          />
          {scheme !== "" ? (
            <TextField
              path="partner.canonicalId"
              label={`The partner’s ${CANONICAL_ID_SCHEME_LABELS[scheme]}`}
              hint={`${IDENTIFIER_FORMATS[scheme].example.charAt(0).toUpperCase()}${IDENTIFIER_FORMATS[scheme].example.slice(1)}`}
              error={errors["partner.canonicalId"]}
              value={values.canonicalId}
              onChange={(canonicalId) => set({ canonicalId })}
              width="10"
              spellCheck={false}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
