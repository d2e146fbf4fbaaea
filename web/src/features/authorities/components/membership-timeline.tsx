import type { MembershipEvent } from "@ldd/shared/authorities";
import { formatLongDate } from "@ldd/shared/dates";

const EVENT_WORDS: Record<MembershipEvent["kind"], string> = {
  founding: "Joined LOTI at its launch: a founding member",
  joined: "Joined LOTI",
  left: "Left LOTI",
};

/** Where the authority stands now, in one sentence. */
export function describeMembership(
  name: string,
  membership: readonly MembershipEvent[],
  member: boolean,
  founding: boolean,
): string {
  if (membership.length === 0) return `${name} has never been a member of LOTI.`;
  const now = member ? `${name} is a member of LOTI now` : `${name} is not a member of LOTI now`;
  return `${now}${founding ? ", and was a founding member" : ""}.`;
}

/**
 * An authority's LOTI membership as a timeline, oldest first: each join (at launch or later) and
 * leave with its date and the reason recorded with it.
 */
export function MembershipTimeline({
  name,
  membership,
  member,
  founding,
}: {
  name: string;
  membership: readonly MembershipEvent[];
  member: boolean;
  founding: boolean;
}) {
  const events = [...membership].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  return (
    <>
      <p className="govuk-body">{describeMembership(name, membership, member, founding)}</p>
      {events.length > 0 ? (
        <ol className="app-timeline" aria-label={`LOTI membership of ${name}, oldest first`}>
          {events.map((event, index) => (
            <li key={`${event.kind}-${event.effectiveDate}-${index}`} className="app-timeline__item">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <strong>{formatLongDate(event.effectiveDate)}</strong>: {EVENT_WORDS[event.kind]}
              </p>
              {event.reason ? <p className="govuk-body-s govuk-!-margin-bottom-0">{event.reason}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
