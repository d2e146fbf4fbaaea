/**
 * Where people report an accessibility problem or ask for information in another format: the
 * accessibility statement and every page that links to it use this one address. A placeholder
 * until LOTI sets the mailbox it will answer.
 */
export const ACCESSIBILITY_CONTACT_EMAIL = "accessibility@example.org";
