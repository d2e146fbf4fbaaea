import type { Role } from "@ldd/shared/accounts";

/**
 * Accounts created with the illustrative demo data, one per role, and listed on the sign-in page
 * while demo data is loaded. Never created otherwise.
 */
export const DEMO_ACCOUNTS: readonly {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  authorityGss: string | null;
  authorityName: string | null;
}[] = [
  {
    email: "editor.hackney@example.org",
    password: "demo-editor-hackney",
    displayName: "Demo editor (Hackney)",
    role: "editor",
    authorityGss: "E09000012",
    authorityName: "Hackney",
  },
  {
    email: "editor.camden@example.org",
    password: "demo-editor-camden",
    displayName: "Demo editor (Camden)",
    role: "editor",
    authorityGss: "E09000007",
    authorityName: "Camden",
  },
  {
    email: "reviewer@example.org",
    password: "demo-reviewer-loti",
    displayName: "Demo LOTI reviewer",
    role: "reviewer",
    authorityGss: null,
    authorityName: null,
  },
  {
    email: "admin@example.org",
    password: "demo-administrator",
    displayName: "Demo administrator",
    role: "admin",
    authorityGss: null,
    authorityName: null,
  },
];
