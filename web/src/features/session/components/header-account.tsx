import { Link, useLocation } from "wouter";
import { homePathFor, useSession } from "../api/get-session.ts";
import { useSignOut } from "../api/sign-out.ts";

/** The header's account area: "Sign in" when signed out; name, work link and "Sign out" when signed in. */
export function HeaderAccount() {
  const session = useSession();
  const signOut = useSignOut();
  const [, navigate] = useLocation();

  // Nothing until we know, so the header does not flash "Sign in" for a signed-in person; the
  // space "Sign in" takes is kept, so nothing moves when it appears (docs/quality.md, P6).
  if (session.isPending) return <div className="app-header__account app-header__account--pending" />;

  const account = session.data?.account;
  if (!account) {
    return (
      <nav aria-label="Account" className="app-header__account">
        <Link href="/sign-in" className="govuk-header__link">
          Sign in
        </Link>
      </nav>
    );
  }

  const workLabel =
    account.role === "editor" ? "Your authority" : account.role === "admin" ? "Accounts" : "Review";
  return (
    <nav aria-label="Account" className="app-header__account">
      <ul className="app-header__account-list">
        <li>
          <span className="govuk-visually-hidden">Signed in as </span>
          <span className="app-header__account-name">{account.displayName}</span>
        </li>
        <li>
          <Link href={homePathFor(account)} className="govuk-header__link">
            {workLabel}
          </Link>
        </li>
        {account.role === "admin" ? (
          <li>
            <Link href="/review" className="govuk-header__link">
              Review
            </Link>
          </li>
        ) : null}
        {account.role === "admin" ? (
          <li>
            <Link href="/admin/membership" className="govuk-header__link">
              LOTI membership
            </Link>
          </li>
        ) : null}
        <li>
          <button
            type="button"
            className="app-header__sign-out"
            disabled={signOut.isPending}
            onClick={() => signOut.mutate(undefined, { onSuccess: () => navigate("/") })}
          >
            Sign out
          </button>
        </li>
      </ul>
    </nav>
  );
}
