import { DemoAccounts } from "@/features/session/components/demo-accounts.tsx";
import { SignInForm } from "@/features/session/components/sign-in-form.tsx";

export function SignInRoute() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SignInForm />
        <DemoAccounts />
      </div>
    </div>
  );
}
