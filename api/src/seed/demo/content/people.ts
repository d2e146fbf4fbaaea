/** Approvers of declaration signatures: invented people in plausible roles. */

export const FIRST_NAMES = [
  "Alex",
  "Sam",
  "Jordan",
  "Priya",
  "Morgan",
  "Chris",
  "Fatima",
  "Tomasz",
  "Grace",
  "Daniel",
  "Aisha",
  "Oliver",
  "Niamh",
  "Kwame",
  "Ruth",
  "Hassan",
  "Elena",
  "Marcus",
  "Leah",
  "Imran",
];
/** Invented surnames, so a demo approver is never mistaken for a real officer. */
export const SURNAMES = [
  "Exampleton",
  "Samplewood",
  "Demoford",
  "Mockridge",
  "Placeholme",
  "Testbury",
  "Fictionby",
  "Pretendle",
  "Dummyfield",
  "Illustrow",
];
export const APPROVER_ROLES: readonly (readonly [string, number])[] = [
  ["Chief Executive", 5],
  ["Director of Digital", 4],
  ["Chief Digital Officer", 3],
  ["Chief Information Officer", 2],
  ["Director of Resources", 2],
  ["Leader of the Council", 1],
  ["Cabinet Member for Digital", 1],
];
