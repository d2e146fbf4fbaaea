/** What is written as a commitment progresses: status notes, evidence pages and re-baselining reasons. */
import { dayOf } from "../calendar.ts";

export const STEP_NOTES: Record<string, readonly string[]> = {
  "planned:": ["Team and budget agreed.", "Scheduled to start after the current financial year's planning."],
  "in_progress:": ["Work under way with the service team.", "Delivery team in place."],
  "in_progress:discovery": [
    "Discovery started: user research with residents and front-line staff.",
    "Mapping the current service and its pain points.",
  ],
  "in_progress:alpha": [
    "Testing prototypes with residents.",
    "Alpha under way: trying three design options.",
  ],
  "in_progress:beta": ["Private beta open to a small group of residents.", "Public beta launched."],
  "in_progress:live": [
    "Service live; iterating on feedback.",
    "Passed the live assessment; old route being switched off.",
  ],
  "done:live": ["Delivered and handed over to the service team.", "Complete: old system decommissioned."],
  "done:": ["Delivered.", "Complete and in business as usual."],
};

export const DROPPED_NOTES = [
  "Dropped: superseded by a national platform.",
  "Dropped: funding withdrawn in the budget round.",
  "Dropped: merged into a shared programme with a neighbouring council.",
  "Dropped: research showed a policy change would help residents more than a new service.",
];

export const NOT_APPLICABLE_NOTES = [
  "Not applicable: the service moved to a shared service run by another council.",
  "Not applicable: replaced by a commitment covering the whole service.",
  "Not applicable: the service is now delivered nationally.",
];

export const EVIDENCE_PAGES = [
  "weeknotes",
  "show-and-tell",
  "service-assessment",
  "user-research-summary",
  "case-study",
];

export function rebaselineReasons(day: number): string[] {
  const reasons = [
    "Supplier contract signed later than planned.",
    "Discovery found a larger problem than expected.",
    "Budget reprofiled to the next financial year.",
    "User research widened the scope.",
    "Waiting for a common data standard to be agreed.",
    "Key staff left and the team was rebuilt.",
  ];
  if (day >= dayOf(2020, 3, 1) && day <= dayOf(2021, 12, 31))
    reasons.push("Team redeployed to the COVID-19 response.");
  return reasons;
}
