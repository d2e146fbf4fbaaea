import { joinDateParts, splitDateValue } from "@ldd/shared/date-parts";
import { type ReactNode, useEffect, useState } from "react";
import { DATE_HINT, DateInputGroup } from "./date-input.tsx";

/** The id of a field's input (the first input of a group) from its path: "partner.name" → "partner-name". */
export function fieldId(path: string): string {
  return path.replaceAll(".", "-");
}

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p className="govuk-error-message" id={`${id}-error`}>
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  if (!hint) return null;
  return (
    <div className="govuk-hint" id={`${id}-hint`}>
      {hint}
    </div>
  );
}

const groupClass = (error?: string) => `govuk-form-group${error ? " govuk-form-group--error" : ""}`;

/** A control's GOV.UK class, with its error variant when the field has an error. */
const controlClass = (base: string, error?: string) => `${base}${error ? ` ${base}--error` : ""}`;

interface GroupProps {
  /** The id of the (first) control, which the label and the error summary point at. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

/** A field of one control: its label, hint and error above it; the control is described by both. */
function LabelledGroup({
  id,
  label,
  hint,
  error,
  children,
}: GroupProps & { children: (describedBy: string | undefined) => ReactNode }) {
  return (
    <div className={groupClass(error)}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      {children(describedBy(id, hint, error))}
    </div>
  );
}

/** A field of several controls: a fieldset whose legend is the label, described by its hint and error. */
function FieldsetGroup({ id, label, hint, error, children }: GroupProps & { children: ReactNode }) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <Hint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

interface BaseFieldProps {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

export function TextField({
  path,
  label,
  hint,
  error,
  value,
  onChange,
  type = "text",
  width,
  autoComplete,
  spellCheck,
}: BaseFieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "password" | "url";
  width?: "10" | "20" | "30";
  autoComplete?: string;
  spellCheck?: boolean;
}) {
  const id = fieldId(path);
  const widthClass = width ? ` govuk-input--width-${width}` : "";
  return (
    <LabelledGroup id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          className={`${controlClass("govuk-input", error)}${widthClass}`}
          id={id}
          name={path}
          type={type}
          value={value}
          autoComplete={autoComplete}
          spellCheck={spellCheck}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </LabelledGroup>
  );
}

/**
 * A date as the GOV.UK date input: day, month and year boxes, not a browser date picker.
 * The value is "YYYY-MM-DD", with a box left empty left empty ("2026--12"), so the contract's
 * check names the missing box ("Target date must include a month"). The day box carries the
 * field's id; an error about the month or year links to that box (see useFormSubmission).
 */
export function DateField({
  path,
  label,
  hint,
  error,
  value,
  onChange,
}: BaseFieldProps & { value: string; onChange: (value: string) => void }) {
  const id = fieldId(path);
  const [parts, setParts] = useState(() => splitDateValue(value));
  // Follow the value when it changes from outside (a reset, "use my changes" after a conflict).
  useEffect(() => {
    if (joinDateParts(parts) !== value) setParts(splitDateValue(value));
  }, [value, parts]);
  return (
    <DateInputGroup
      id={id}
      name={path}
      label={label}
      hint={hint ?? DATE_HINT}
      error={error}
      parts={parts}
      onChange={(part, next) => {
        const updated = { ...parts, [part]: next };
        setParts(updated);
        onChange(joinDateParts(updated));
      }}
    />
  );
}

export function TextareaField({
  id: givenId,
  path,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 5,
}: BaseFieldProps & { id?: string; value: string; onChange: (value: string) => void; rows?: number }) {
  const id = givenId ?? fieldId(path);
  return (
    <LabelledGroup id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          className={controlClass("govuk-textarea", error)}
          id={id}
          name={path}
          rows={rows}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </LabelledGroup>
  );
}

export interface Option {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** The id of one option of a group: the first option carries the group's id, so errors can link to it. */
function optionId(id: string, index: number, value: string): string {
  return index === 0 ? id : `${id}-${value.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

type ChoiceProps =
  | { type: "radio"; value: string; onChange: (value: string) => void }
  | { type: "checkbox"; values: readonly string[]; onChange: (values: string[]) => void };

/**
 * GOV.UK radios (one choice) or checkboxes (any number) in a fieldset whose legend is the label.
 * The first option carries the field's id, so the error summary can link to the group.
 */
export function CheckableField(
  props: BaseFieldProps & ChoiceProps & { options: readonly Option[]; small?: boolean },
) {
  const { path, label, hint, error, options, small } = props;
  const id = fieldId(path);
  const kind = props.type === "radio" ? "radios" : "checkboxes";
  const isChecked = (value: string) =>
    props.type === "radio" ? props.value === value : props.values.includes(value);
  const choose = (value: string) => {
    if (props.type === "radio") props.onChange(value);
    else
      props.onChange(
        isChecked(value) ? props.values.filter((item) => item !== value) : [...props.values, value],
      );
  };
  return (
    <FieldsetGroup id={id} label={label} hint={hint} error={error}>
      <div className={`govuk-${kind}${small ? ` govuk-${kind}--small` : ""}`}>
        {options.map((option, index) => {
          const inputId = optionId(id, index, option.value);
          return (
            <div className={`govuk-${kind}__item`} key={option.value}>
              <input
                className={`govuk-${kind}__input`}
                id={inputId}
                name={path}
                type={props.type}
                value={option.value}
                checked={isChecked(option.value)}
                aria-describedby={option.hint ? `${inputId}-item-hint` : undefined}
                onChange={() => choose(option.value)}
              />
              <label className={`govuk-label govuk-${kind}__label`} htmlFor={inputId}>
                {option.label}
              </label>
              {option.hint ? (
                <div className={`govuk-hint govuk-${kind}__hint`} id={`${inputId}-item-hint`}>
                  {option.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}

export function SelectField({
  path,
  label,
  hint,
  error,
  options,
  value,
  onChange,
}: BaseFieldProps & { options: readonly Option[]; value: string; onChange: (value: string) => void }) {
  const id = fieldId(path);
  return (
    <LabelledGroup id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          className={controlClass("govuk-select", error)}
          id={id}
          name={path}
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {typeof option.label === "string" ? option.label : option.value}
            </option>
          ))}
        </select>
      )}
    </LabelledGroup>
  );
}
