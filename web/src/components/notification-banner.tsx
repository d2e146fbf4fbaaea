import { type ReactNode, useEffect, useId, useRef } from "react";

/**
 * The GOV.UK notification banner. The success of what the user just did is green and announced at
 * once (role alert), as is anything else they must read now; standing notices are regions named
 * by their title.
 */
export function NotificationBanner({
  title,
  heading,
  success = false,
  alert = success,
  focusOnShow = false,
  titleLevel = 2,
  className,
  children,
}: {
  /** The banner's small title bar, e.g. "Success" or "Important". */
  title: string;
  heading: ReactNode;
  /** The user's own action succeeded: green, and announced unless `alert` says otherwise. */
  success?: boolean;
  /** Announced at once by screen readers (role alert). */
  alert?: boolean;
  /** Moves focus to the banner when it appears, so keyboard and screen reader users start there. */
  focusOnShow?: boolean;
  /** Inside a section whose heading is already an h3, the title is an h4. */
  titleLevel?: 2 | 3 | 4;
  className?: string;
  children?: ReactNode;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnShow) ref.current?.focus();
  }, [focusOnShow]);

  const Title = `h${titleLevel}` as const;
  const classes = [
    "govuk-notification-banner",
    success ? "govuk-notification-banner--success" : "",
    className ?? "",
  ]
    .filter(Boolean)
    .join(" ");
  const content = (
    <>
      <div className="govuk-notification-banner__header">
        <Title className="govuk-notification-banner__title" id={titleId}>
          {title}
        </Title>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </>
  );

  return alert ? (
    <div
      className={classes}
      role="alert"
      aria-labelledby={titleId}
      ref={ref}
      tabIndex={focusOnShow ? -1 : undefined}
    >
      {content}
    </div>
  ) : (
    <section className={classes} aria-labelledby={titleId}>
      {content}
    </section>
  );
}
