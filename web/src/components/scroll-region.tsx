import type { ReactNode } from "react";

/**
 * A horizontally scrolling region for wide tables on small screens. It is focusable and labelled so
 * keyboard users can scroll it too (WCAG 2.1.1, axe "scrollable-region-focusable").
 */
export function ScrollRegion({
  label,
  children,
  tall = false,
}: {
  label: string;
  children: ReactNode;
  tall?: boolean;
}) {
  return (
    <section
      className={tall ? "app-scroll-region app-scroll-region--tall" : "app-scroll-region"}
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
    >
      {children}
    </section>
  );
}
