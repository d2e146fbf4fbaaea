import { type ReactNode, useEffect, useRef } from "react";
import { Link, useLocation } from "wouter";
import { DemoDataBanner } from "@/features/meta/components/demo-data-banner.tsx";
import { LicenceNotice } from "@/features/meta/components/licence-notice.tsx";
import { ViewBanner, ViewPicker } from "@/features/meta/components/view-banner.tsx";
import { useSession } from "@/features/session/api/get-session.ts";
import { HeaderAccount } from "@/features/session/components/header-account.tsx";
import { SITE_NAME } from "@/lib/use-document-title.ts";
import { useViewHref } from "@/lib/view.ts";

const NAVIGATION = [
  { href: "/", label: "Overview" },
  { href: "/authorities", label: "Authorities" },
  { href: "/commitments", label: "Commitments" },
  { href: "/changes", label: "Changes" },
  { href: "/about", label: "About the data" },
] as const;

/** For LOTI reviewers and administrators only. */
const LEADERSHIP = { href: "/leadership", label: "Leadership" } as const;

/**
 * Pages of published data, which can be shown as of a past date. Pages with dates of their own
 * (changes between two dates, the activity feed, a month's board report) are not among them.
 */
function isPublicPage(location: string): boolean {
  return ![
    "/manage",
    "/review",
    "/admin",
    "/sign-in",
    "/leadership",
    "/changes",
    "/activity",
    "/report",
    // Statements about the site, the same on any date.
    "/about/data",
    "/accessibility",
    "/methodology",
  ].some((prefix) => location === prefix || location.startsWith(`${prefix}/`));
}

function isCurrent(href: string, location: string): boolean {
  return href === "/" ? location === "/" : location === href || location.startsWith(`${href}/`);
}

/** Skip link, header, navigation, demo-data banner, main and footer around every page. */
export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const viewHref = useViewHref();
  const role = useSession().data?.account.role;
  const navigation = role === "reviewer" || role === "admin" ? [...NAVIGATION, LEADERSHIP] : NAVIGATION;
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page so screen readers start at its top.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!window.location.hash) mainRef.current?.focus();
  }, [location]);

  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-header app-header">
        <div className="govuk-header__container govuk-width-container app-header__container">
          <Link href="/" className="govuk-header__link app-header__home">
            <span className="app-header__title">{SITE_NAME}</span>
            <span className="app-header__subtitle">London Office of Technology and Innovation</span>
          </Link>
          <HeaderAccount />
        </div>
      </header>
      <section aria-label="Menu" className="govuk-service-navigation app-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <nav aria-label="Main" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                {navigation.map((item) => {
                  const current = isCurrent(item.href, location);
                  return (
                    <li
                      key={item.href}
                      className={`govuk-service-navigation__item${current ? " govuk-service-navigation__item--active" : ""}`}
                    >
                      <Link
                        className="govuk-service-navigation__link"
                        href={viewHref(item.href)}
                        aria-current={current ? "page" : undefined}
                      >
                        {current ? (
                          <strong className="govuk-service-navigation__active-fallback">{item.label}</strong>
                        ) : (
                          item.label
                        )}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          </div>
        </div>
      </section>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper app-main" id="main-content" tabIndex={-1} ref={mainRef}>
          <DemoDataBanner />
          {isPublicPage(location) ? <ViewBanner /> : null}
          {children}
          {isPublicPage(location) ? <ViewPicker /> : null}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">Support links</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" href="/about">
                    About the data
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" href="/accessibility">
                    Accessibility statement
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" href="/methodology">
                    Methodology
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" href="/about/data">
                    Open data and data dictionary
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href="/api/docs">
                    API reference
                  </a>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <a className="govuk-footer__link" href="/api/openapi.json">
                    OpenAPI document
                  </a>
                </li>
              </ul>
              <LicenceNotice />
            </div>
            <div className="govuk-footer__meta-item">
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                A transparency dashboard of the London Office of Technology and Innovation (LOTI).
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
