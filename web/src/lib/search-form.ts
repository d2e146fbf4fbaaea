import type { FormEvent } from "react";
import { useSearchParams } from "wouter";

/**
 * A GET form whose fields live in the address: it works without JavaScript (the browser submits
 * it), and with JavaScript it replaces only its own fields in the query string, keeping the
 * others (the view, other forms' choices) and dropping the empty ones.
 */
export function useSearchForm(): (event: FormEvent<HTMLFormElement>) => void {
  const [, setSearchParams] = useSearchParams();
  return (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const names = new Set(
      [...form.elements].flatMap((element) =>
        "name" in element && typeof element.name === "string" && element.name !== "" ? [element.name] : [],
      ),
    );
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const name of names) next.delete(name);
      for (const [name, value] of data) {
        if (typeof value === "string" && value.trim() !== "") next.set(name, value.trim());
      }
      return next;
    });
  };
}
