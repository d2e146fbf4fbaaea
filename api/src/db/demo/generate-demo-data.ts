/**
 * Deterministic, seeded generator of the dashboard's ILLUSTRATIVE demo data.
 *
 * Everything here is made up for demonstration, apart from the reference facts imported from
 * `@ldd/shared/reference-data` (authorities, principles, LOTI areas, launch partners, funders, confirmed
 * founders). Dates of signing, approvers, commitments, statuses and partnerships are fictional; fictional
 * organisations carry clearly fictional names and no canonical ids; every link points at example.org.
 *
 * The output depends only on `seed` and `today`: no Math.random, no clock. No effective date and no
 * recorded time is after `today` (the one exception is a commitment's target date, which is a plan and may
 * lie in the future, otherwise no in-progress commitment could be on track).
 */
import {
  AUTHORITIES,
  DECLARATION_LAUNCH_DATE,
  LOTI_AREAS,
  LOTI_CONFIRMED_FOUNDERS,
  LOTI_FUNDERS,
  LOTI_LAUNCH_DATE,
  LOTI_LAUNCH_PARTNERS,
  type PartnerReference,
} from "@ldd/shared/reference-data";
import type {
  CanonicalIdScheme,
  CommitmentStatus,
  DeliveryPhase,
  PartnerType,
  PrincipleNumber,
} from "@ldd/shared/vocabulary";

// ---------------------------------------------------------------------------------------------------------
// Output shape

export interface DemoPartner {
  key: string;
  name: string;
  type: PartnerType;
  canonicalIdScheme: CanonicalIdScheme | null;
  canonicalId: string | null;
}

export interface DemoMembership {
  gss: string;
  kind: "joined" | "left";
  /** YYYY-MM-DD */
  effectiveDate: string;
  /** ISO datetime */
  recordedAt: string;
}

export interface DemoSignature {
  gss: string;
  signedOn: string;
  approverName: string;
  approverRole: string;
  commitmentUrl: string;
  recordedAt: string;
}

export interface DemoTargetDate {
  targetDate: string;
  reason: string | null;
  effectiveDate: string;
  recordedAt: string;
}

export interface DemoStatusUpdate {
  status: CommitmentStatus;
  phase: DeliveryPhase | null;
  effectiveDate: string;
  note: string | null;
  evidenceUrls: string[];
  recordedAt: string;
}

export interface DemoCommitment {
  key: string;
  gss: string;
  title: string;
  partners: string;
  mission: string;
  impact: string;
  principles: number[];
  lotiArea: string | null;
  committedOn: string;
  recordedAt: string;
  /** First = original (reason null), later = re-baselines with a reason. */
  targetDates: DemoTargetDate[];
  /** In effective-date order. */
  statusUpdates: DemoStatusUpdate[];
}

export interface DemoPartnership {
  key: string;
  gss: string;
  partnerKey: string | null;
  partnerGss: string | null;
  startDate: string;
  endDate: string | null;
  purpose: string;
  commitmentKeys: string[];
  recordedAt: string;
}

export interface DemoDataset {
  partners: DemoPartner[];
  memberships: DemoMembership[];
  signatures: DemoSignature[];
  commitments: DemoCommitment[];
  partnerships: DemoPartnership[];
}

export interface DemoDataOptions {
  seed: number;
  /** YYYY-MM-DD: nothing that happened or was recorded is later than this. */
  today: string;
}

// ---------------------------------------------------------------------------------------------------------
// Seeded randomness

// mulberry32: Tommy Ettinger's tiny 32-bit PRNG (public domain); fine for demo data, never for secrets.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, so each part of the dataset gets its own stream and changing one part leaves the others alone. */
function hashLabel(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

class Rng {
  private readonly next: () => number;

  constructor(seed: number, label: string) {
    this.next = mulberry32(hashLabel(`${seed}:${label}`));
  }

  float(): number {
    return this.next();
  }

  /** Whole number in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  weighted<T>(options: readonly (readonly [T, number])[]): T {
    const total = options.reduce((sum, [, weight]) => sum + weight, 0);
    let r = this.next() * total;
    for (const [value, weight] of options) {
      r -= weight;
      if (r < 0) return value;
    }
    const last = options[options.length - 1];
    if (last === undefined) throw new Error("weighted pick from an empty list");
    return last[0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy;
  }

  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Dates: internally a date is a whole number of days since 1970-01-01 (UTC).

const DAY_MS = 86_400_000;

function parseDay(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${date}"`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (formatDay(ms / DAY_MS) !== date) throw new RangeError(`"${date}" is not a real calendar date`);
  return ms / DAY_MS;
}

function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Same day of month `months` later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastOfMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(date.getUTCDate(), lastOfMonth)) / DAY_MS;
}

function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

function dayOf(y: number, month: number, d: number): number {
  return Date.UTC(y, month - 1, d) / DAY_MS;
}

const DECLARATION_LAUNCH = parseDay(DECLARATION_LAUNCH_DATE);
const LOTI_LAUNCH = parseDay(LOTI_LAUNCH_DATE);

// ---------------------------------------------------------------------------------------------------------
// Context shared by the builders

interface Context {
  seed: number;
  today: number;
  todayEndMs: number;
}

/**
 * When something that happened on `day` was recorded: usually within a few days, now and then weeks later,
 * during (UTC) working hours, never before `floorMs` and never after the end of today.
 */
function recordTime(ctx: Context, rng: Rng, day: number, floorMs = 0): number {
  const lag = rng.chance(0.08)
    ? rng.int(10, 60)
    : rng.weighted([
        [0, 3],
        [1, 4],
        [2, 3],
        [3, 2],
        [5, 1],
        [7, 1],
      ]);
  const recordedDay = Math.min(day + lag, ctx.today);
  const ms = recordedDay * DAY_MS + (rng.int(8, 18) * 3600 + rng.int(0, 59) * 60 + rng.int(0, 59)) * 1000;
  return Math.min(Math.max(ms, floorMs), ctx.todayEndMs);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

// ---------------------------------------------------------------------------------------------------------
// Partner organisations

interface FictionalPartner {
  name: string;
  type: PartnerType;
}

/** Clearly fictional organisations, so no reader mistakes demo data for a real relationship. */
const FICTIONAL_PARTNERS: readonly FictionalPartner[] = [
  { name: "Example Civic Tech Ltd", type: "govtech_supplier" },
  { name: "Sample Digital Services Ltd", type: "govtech_supplier" },
  { name: "Demo Data Works Ltd", type: "govtech_supplier" },
  { name: "Illustrative Platforms Ltd", type: "govtech_supplier" },
  { name: "Placeholder Cloud Ltd", type: "govtech_supplier" },
  { name: "University of Exampleton", type: "university" },
  { name: "Sample City University", type: "university" },
  { name: "Example Institute of Public Technology", type: "university" },
  { name: "Example Digital Inclusion Trust", type: "non_profit" },
  { name: "Sample Open Data Foundation", type: "non_profit" },
  { name: "Demo Tenants' Voice Network", type: "non_profit" },
  { name: "Example Code for Community", type: "non_profit" },
];

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function toPartner(reference: PartnerReference | FictionalPartner): DemoPartner {
  return {
    key: slug(reference.name),
    name: reference.name,
    type: reference.type,
    canonicalIdScheme: null,
    canonicalId: null,
  };
}

function buildPartners(): {
  all: DemoPartner[];
  launch: DemoPartner[];
  funders: DemoPartner[];
  fictional: DemoPartner[];
} {
  const launch = LOTI_LAUNCH_PARTNERS.map(toPartner);
  const funders = LOTI_FUNDERS.map(toPartner);
  const fictional = FICTIONAL_PARTNERS.map(toPartner);
  return { all: [...launch, ...funders, ...fictional], launch, funders, fictional };
}

// ---------------------------------------------------------------------------------------------------------
// Declaration signatures

const HACKNEY = "E09000012";
const KINGSTON = "E09000021";
const SUTTON = "E09000029";
/**
 * DOMAIN.md names Hackney, Kingston and Sutton (shared service), Southwark and Croydon among the early London
 * signatories, so the demo never contradicts that: they are always in the 2018 group.
 */
const KNOWN_EARLY_SIGNATORIES = [HACKNEY, KINGSTON, SUTTON, "E09000028", "E09000008"];
/** London's 2018 collective commitment was signed with 21 councils (DOMAIN.md). */
const SIGNED_IN_2018 = 21;

const FIRST_NAMES = [
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
const SURNAMES = [
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
const APPROVER_ROLES: readonly (readonly [string, number])[] = [
  ["Chief Executive", 5],
  ["Director of Digital", 4],
  ["Chief Digital Officer", 3],
  ["Chief Information Officer", 2],
  ["Director of Resources", 2],
  ["Leader of the Council", 1],
  ["Cabinet Member for Digital", 1],
];

interface SignatureDraft {
  gss: string;
  signedOn: number;
  approverName: string;
  approverRole: string;
  recordedMs: number;
  lateReport: boolean;
}

function buildSignatures(ctx: Context): Map<string, SignatureDraft> {
  const rng = new Rng(ctx.seed, "signatures");
  const all = AUTHORITIES.map((a) => a.gss);
  const others = rng.shuffle(all.filter((gss) => !KNOWN_EARLY_SIGNATORIES.includes(gss)));
  const earlyCount = SIGNED_IN_2018 - KNOWN_EARLY_SIGNATORIES.length;
  const early = [...KNOWN_EARLY_SIGNATORIES, ...others.slice(0, earlyCount)];
  const rest = others.slice(earlyCount);
  const neverCount = rng.int(2, 4);
  const later = rest.slice(neverCount);

  const drafts: SignatureDraft[] = [];
  const draw = (gss: string, from: number, to: number): SignatureDraft => ({
    gss,
    signedOn: rng.int(from, to),
    approverName: `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`,
    approverRole: rng.weighted(APPROVER_ROLES),
    recordedMs: 0,
    lateReport: false,
  });
  for (const gss of early) drafts.push(draw(gss, dayOf(2018, 8, 1), dayOf(2018, 12, 31)));
  for (const gss of later) drafts.push(draw(gss, dayOf(2019, 1, 1), dayOf(2024, 12, 31)));

  // Kingston and Sutton share a digital service: one signing, one approver, two signature records.
  const kingston = drafts.find((d) => d.gss === KINGSTON);
  const sutton = drafts.find((d) => d.gss === SUTTON);
  if (kingston && sutton) {
    sutton.signedOn = kingston.signedOn;
    sutton.approverName = kingston.approverName;
    kingston.approverRole = "Director of the shared digital service";
    sutton.approverRole = kingston.approverRole;
  }

  const signed = drafts.filter((d) => d.signedOn <= ctx.today);
  for (const d of signed) d.recordedMs = recordTime(ctx, rng, d.signedOn);

  // One or two "late reports": a signing recorded years after it happened.
  const lateCandidates = signed.filter(
    (d) => d.gss !== KINGSTON && d.gss !== SUTTON && addMonths(d.signedOn, 36) <= ctx.today,
  );
  for (const d of rng.sample(lateCandidates, rng.int(1, 2))) {
    const day = rng.int(addMonths(d.signedOn, 36), ctx.today);
    d.recordedMs = recordTime(ctx, rng, day);
    d.lateReport = true;
  }
  return new Map(signed.map((d) => [d.gss, d]));
}

// ---------------------------------------------------------------------------------------------------------
// LOTI membership: dated join/leave events

function buildMemberships(ctx: Context): DemoMembership[] {
  const rng = new Rng(ctx.seed, "loti-membership");
  const confirmed: readonly string[] = LOTI_CONFIRMED_FOUNDERS;
  const others = rng.shuffle(AUTHORITIES.map((a) => a.gss).filter((gss) => !confirmed.includes(gss)));
  const founders = [...confirmed, ...others.slice(0, 15 - confirmed.length)];
  const joiners = others.slice(15 - confirmed.length);

  const events: { gss: string; kind: "joined" | "left"; day: number }[] = [];
  for (const gss of founders) events.push({ gss, kind: "joined", day: LOTI_LAUNCH });
  // 16 by July 2020, 19 by September 2020, 27 by January 2024 (DOMAIN.md).
  const waves: readonly [number, number, number][] = [
    [1, dayOf(2019, 7, 15), dayOf(2020, 7, 31)],
    [3, dayOf(2020, 8, 1), dayOf(2020, 9, 30)],
    [8, dayOf(2020, 10, 1), dayOf(2024, 1, 31)],
  ];
  let next = 0;
  for (const [count, from, to] of waves) {
    for (const gss of joiners.slice(next, next + count))
      events.push({ gss, kind: "joined", day: rng.int(from, to) });
    next += count;
  }

  // One founder (never a confirmed one) leaves at the start of a financial year; perhaps it comes back.
  const leaver = rng.pick(founders.filter((gss) => !confirmed.includes(gss)));
  if (rng.chance(0.5)) {
    events.push({ gss: leaver, kind: "left", day: dayOf(rng.int(2021, 2022), 4, 1) });
    events.push({ gss: leaver, kind: "joined", day: dayOf(2023, 4, 1) });
  } else {
    events.push({ gss: leaver, kind: "left", day: dayOf(rng.int(2024, 2025), 4, 1) });
  }

  return events
    .filter((e) => e.day <= ctx.today)
    .sort((a, b) => a.day - b.day || a.gss.localeCompare(b.gss))
    .map((e) => ({
      gss: e.gss,
      kind: e.kind,
      effectiveDate: formatDay(e.day),
      recordedAt: iso(recordTime(ctx, rng, e.day)),
    }));
}

// ---------------------------------------------------------------------------------------------------------
// Commitments

interface CommitmentIdea {
  title: string;
  principles: PrincipleNumber[];
  area: string;
  mission: string;
  impact: string;
}

const IDEAS: readonly CommitmentIdea[] = [
  {
    title: "Redesign the housing repairs service",
    principles: [1],
    area: "peer-sharing",
    mission:
      "Rebuild online repairs reporting around what tenants told us in research, replacing the old contact form.",
    impact: "Tenants can report a repair and follow its progress without phoning the contact centre.",
  },
  {
    title: "Open API for waste collection",
    principles: [2, 5],
    area: "peer-sharing",
    mission: "Publish bin collection days through an open, documented API built on a common data model.",
    impact: "Residents and third-party apps get accurate collection days, and missed-bin calls fall.",
  },
  {
    title: "Move parking permits to a common platform",
    principles: [2],
    area: "procurement",
    mission: "Replace the bespoke permits system with a modular platform shared with neighbouring councils.",
    impact: "Residents apply and renew in minutes, and the council stops paying for a closed system.",
  },
  {
    title: "Digital front door for adult social care",
    principles: [1, 3],
    area: "partnerships",
    mission: "Design a single online route into adult social care with residents, carers and practitioners.",
    impact: "People find the right support sooner and tell their story once.",
  },
  {
    title: "Shared data platform for children's services",
    principles: [3],
    area: "evidence",
    mission: "Bring case data from three systems together under a clear data-sharing agreement.",
    impact: "Social workers see the full picture of a family's contact with the council.",
  },
  {
    title: "Online council tax account",
    principles: [1, 2],
    area: "peer-sharing",
    mission: "Launch a self-service account for council tax built from reusable components.",
    impact: "Residents can move home, set up direct debits and see bills online at any time.",
  },
  {
    title: "Replace the planning application back office",
    principles: [2],
    area: "procurement",
    mission: "Procure a modular back office that uses open planning data standards.",
    impact: "Applicants get faster decisions and the public can follow applications online.",
  },
  {
    title: "Reusable booking component for libraries and leisure",
    principles: [2, 5],
    area: "peer-sharing",
    mission: "Build one booking component, publish its code openly and reuse it across services.",
    impact: "Residents book rooms, courses and classes the same way everywhere.",
  },
  {
    title: "Digital skills programme for senior leaders",
    principles: [4],
    area: "leadership-skills",
    mission: "Run a year-long programme on service design and data for directors and cabinet members.",
    impact: "Leaders commission and challenge digital work with confidence.",
  },
  {
    title: "Publish our digital roadmap in the open",
    principles: [5, 4],
    area: "declaration-adoption",
    mission: "Publish the digital roadmap, weeknotes and show-and-tells on an open blog.",
    impact: "Residents, partners and other councils can see and reuse what we are working on.",
  },
  {
    title: "Data-sharing agreement for early help",
    principles: [3],
    area: "evidence",
    mission: "Agree and publish a data-sharing framework with health and schools partners.",
    impact: "Families who need early help are identified sooner and asked fewer repeat questions.",
  },
  {
    title: "Single view of debt for residents in hardship",
    principles: [3, 1],
    area: "evidence",
    mission: "Combine council tax, rent and benefits data safely to spot residents falling into debt.",
    impact: "Residents in hardship are offered help before enforcement starts.",
  },
  {
    title: "Highways defect reporting redesign",
    principles: [1, 2],
    area: "peer-sharing",
    mission: "Redesign pothole and street defect reporting and connect it to the contractor's system.",
    impact: "Residents report a defect in under two minutes and are told when it is fixed.",
  },
  {
    title: "Accessible council website rebuild",
    principles: [1, 5],
    area: "peer-sharing",
    mission: "Rebuild the website on an open-source platform, meeting accessibility standards.",
    impact: "Disabled residents and people on older phones can use every page.",
  },
  {
    title: "Digital apprenticeships scheme",
    principles: [4],
    area: "leadership-skills",
    mission: "Recruit and train a cohort of digital apprentices in the in-house team.",
    impact: "Local people gain skills and jobs, and the council builds lasting capability.",
  },
  {
    title: "Move legacy line-of-business systems to the cloud",
    principles: [2],
    area: "procurement",
    mission: "Migrate the most fragile on-premises systems to cloud hosting with open interfaces.",
    impact: "Services stay up, and data can be shared safely with new tools.",
  },
  {
    title: "Resident sign-in and single account",
    principles: [2, 3],
    area: "peer-sharing",
    mission: "Introduce one sign-in for council services using a common identity component.",
    impact: "Residents manage all their council business from one account.",
  },
  {
    title: "Temporary accommodation booking and tracking",
    principles: [1, 3],
    area: "partnerships",
    mission: "Replace spreadsheets with a simple service for booking and tracking temporary accommodation.",
    impact: "Homeless households are placed faster and officers spend less time on admin.",
  },
  {
    title: "Blue Badge application redesign",
    principles: [1],
    area: "peer-sharing",
    mission: "Redesign the Blue Badge application with disabled residents and reuse the national pattern.",
    impact: "Applicants get a decision sooner with fewer documents to send.",
  },
  {
    title: "Joint procurement of a case management system",
    principles: [2, 4],
    area: "procurement",
    mission:
      "Write shared requirements with other boroughs and buy a modular case management system together.",
    impact: "Councils pay less and avoid being locked into one supplier.",
  },
  {
    title: "Open air quality sensor data",
    principles: [3, 5],
    area: "evidence",
    mission: "Publish live readings from the council's air quality sensors as open data.",
    impact: "Schools, residents and researchers can see and act on local air quality.",
  },
  {
    title: "Free school meals auto-enrolment",
    principles: [3, 1],
    area: "evidence",
    mission:
      "Use benefits data, with safeguards, to enrol eligible children in free school meals automatically.",
    impact: "More eligible children get free meals without their families having to apply.",
  },
  {
    title: "Noise complaint reporting redesign",
    principles: [1],
    area: "peer-sharing",
    mission: "Redesign noise reporting so residents can log incidents as they happen.",
    impact: "Officers get better evidence and residents see their complaint move forward.",
  },
  {
    title: "Digital inclusion hubs in libraries",
    principles: [1, 4],
    area: "partnerships",
    mission: "Open drop-in digital help in libraries with volunteers and community partners.",
    impact: "Residents without skills or devices get help to get online.",
  },
  {
    title: "Common components for council forms",
    principles: [2, 5],
    area: "peer-sharing",
    mission: "Build a shared library of form components and publish it for other councils to reuse.",
    impact: "New online forms take days rather than months, and every one is accessible.",
  },
  {
    title: "Housing register and allocations redesign",
    principles: [1, 3],
    area: "partnerships",
    mission: "Redesign joining the housing register with applicants and caseworkers.",
    impact: "Applicants understand where they stand and what happens next.",
  },
  {
    title: "Licensing applications online",
    principles: [1, 2],
    area: "peer-sharing",
    mission: "Move premises and street trading licences online using reusable payment and form components.",
    impact: "Businesses apply and pay in one sitting.",
  },
  {
    title: "Data ethics framework for predictive tools",
    principles: [3, 4],
    area: "evidence",
    mission: "Adopt a data ethics framework and review every predictive tool against it.",
    impact: "Residents can trust how the council uses their data.",
  },
  {
    title: "Damp and mould reporting and triage",
    principles: [1, 3],
    area: "partnerships",
    mission: "Give tenants a simple way to report damp and mould and triage cases by risk.",
    impact: "The most serious cases are seen first.",
  },
  {
    title: "Electric vehicle charge point map",
    principles: [3, 5],
    area: "evidence",
    mission: "Publish charge point locations and availability as open data with a simple map.",
    impact: "Drivers find a working charger nearby.",
  },
  {
    title: "Weeknotes and show-and-tells across the digital team",
    principles: [5],
    area: "declaration-adoption",
    mission: "Make working in the open the default for every digital project.",
    impact: "Colleagues and other councils learn from our work and reuse it.",
  },
  {
    title: "Assisted digital support in the contact centre",
    principles: [1],
    area: "leadership-skills",
    mission: "Train contact centre staff to help residents complete online services.",
    impact: "Residents who struggle online are supported rather than left behind.",
  },
];

const SECOND_SENTENCES = [
  "We will work in the open and publish what we learn.",
  "We will test every stage with the people who use the service.",
  "We will share the code and patterns for other councils to reuse.",
  "Progress will be reported at monthly show-and-tells.",
];

const INTERNAL_COLLABORATORS = [
  "our in-house digital team",
  "the customer services team",
  "our residents' user research panel",
  "the housing service",
  "the adult social care team",
  "the data and insight team",
];

type Outcome = "no_updates" | "not_applicable" | "dropped" | "stalled" | "complete";

const OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ["no_updates", 12],
  ["not_applicable", 5],
  ["dropped", 8],
  ["stalled", 9],
  ["complete", 66],
];

interface Step {
  status: CommitmentStatus;
  phase: DeliveryPhase | null;
  /** Days after the previous step (before scaling by the commitment's pace). */
  gap: readonly [number, number];
}

const PHASED_STEPS: readonly Step[] = [
  { status: "planned", phase: null, gap: [0, 21] },
  { status: "in_progress", phase: "discovery", gap: [20, 90] },
  { status: "in_progress", phase: "alpha", gap: [45, 120] },
  { status: "in_progress", phase: "beta", gap: [45, 150] },
  { status: "in_progress", phase: "live", gap: [45, 150] },
  { status: "done", phase: "live", gap: [30, 120] },
];

const UNPHASED_STEPS: readonly Step[] = [
  { status: "planned", phase: null, gap: [0, 21] },
  { status: "in_progress", phase: null, gap: [30, 120] },
  { status: "done", phase: null, gap: [150, 400] },
];

const STEP_NOTES: Record<string, readonly string[]> = {
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

const DROPPED_NOTES = [
  "Dropped: superseded by a national platform.",
  "Dropped: funding withdrawn in the budget round.",
  "Dropped: merged into a shared programme with a neighbouring council.",
  "Dropped: research showed a policy change would help residents more than a new service.",
];

const NOT_APPLICABLE_NOTES = [
  "Not applicable: the service moved to a shared service run by another council.",
  "Not applicable: replaced by a commitment covering the whole service.",
  "Not applicable: the service is now delivered nationally.",
];

const EVIDENCE_PAGES = [
  "weeknotes",
  "show-and-tell",
  "service-assessment",
  "user-research-summary",
  "case-study",
];

function rebaselineReasons(day: number): string[] {
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

interface CommitmentDraft extends Omit<DemoCommitment, "committedOn" | "recordedAt" | "partners"> {
  committedDay: number;
  recordedMs: number;
  /** Names of collaborators to write into the "partners" field. */
  collaborators: string[];
}

function buildCommitments(
  ctx: Context,
  signatures: Map<string, SignatureDraft>,
): Map<string, CommitmentDraft[]> {
  const result = new Map<string, CommitmentDraft[]>();
  for (const { gss } of AUTHORITIES) {
    const signature = signatures.get(gss);
    if (!signature) continue;
    const rng = new Rng(ctx.seed, `commitments:${gss}`);
    const count = rng.int(2, 6);
    const days = [signature.signedOn];
    const earliestFollowUp = signature.signedOn + 30;
    for (let i = 1; i < count; i++) {
      // About a third land in July, "Digital Declaration Month".
      const july = rng.chance(0.3);
      const year = rng.int(
        yearOf(signature.signedOn) + 1,
        Math.max(yearOf(signature.signedOn) + 1, yearOf(ctx.today)),
      );
      const day = july
        ? dayOf(year, 7, rng.int(1, 31))
        : rng.int(earliestFollowUp, Math.max(earliestFollowUp, ctx.today));
      if (day >= earliestFollowUp && day <= ctx.today) days.push(day);
    }
    days.sort((a, b) => a - b);
    const ideas = rng.sample(IDEAS, days.length);
    // A late reporter backfilled its history on the day it recorded its signature.
    const floorMs = signature.lateReport ? signature.recordedMs : 0;
    const drafts = days.map((day, index) => {
      const idea = ideas[index] as CommitmentIdea;
      const key = `c-${gss}-${index + 1}`;
      const recordedMs = index === 0 ? signature.recordedMs : recordTime(ctx, rng, day, floorMs);
      return buildCommitment(ctx, new Rng(ctx.seed, `commitment:${key}`), {
        gss,
        key,
        idea,
        day,
        recordedMs,
      });
    });
    result.set(gss, drafts);
  }
  return result;
}

function buildCommitment(
  ctx: Context,
  rng: Rng,
  input: { gss: string; key: string; idea: CommitmentIdea; day: number; recordedMs: number },
): CommitmentDraft {
  const { gss, key, idea, day: committedDay, recordedMs } = input;

  const principles = new Set<number>(idea.principles);
  if (principles.size < 3 && rng.chance(0.25)) principles.add(rng.int(1, 5));
  const lotiArea = rng.chance(0.25) ? null : rng.chance(0.85) ? idea.area : rng.pick(LOTI_AREAS).id;
  const mission = rng.chance(0.5) ? `${idea.mission} ${rng.pick(SECOND_SENTENCES)}` : idea.mission;

  // Status history.
  const outcome = rng.weighted(OUTCOMES);
  const updates: {
    status: CommitmentStatus;
    phase: DeliveryPhase | null;
    day: number;
    note: string | null;
    evidence: string[];
  }[] = [];
  const evidenceFor = (day: number): string[] =>
    rng.chance(0.4)
      ? rng
          .sample(EVIDENCE_PAGES, rng.int(1, 2))
          .map((page) => `https://example.org/demo/${gss}/${key}/${page}-${formatDay(day)}`)
      : [];
  if (outcome === "not_applicable") {
    const day = committedDay + rng.int(14, 180);
    if (day <= ctx.today) {
      updates.push({
        status: "not_applicable",
        phase: null,
        day,
        note: rng.pick(NOT_APPLICABLE_NOTES),
        evidence: [],
      });
    }
  } else if (outcome !== "no_updates") {
    let steps = rng.chance(0.1) ? [...UNPHASED_STEPS] : [...PHASED_STEPS];
    if (steps.length > 3 && rng.chance(0.15)) steps = steps.filter((s) => s.phase !== "discovery");
    if (rng.chance(0.2)) steps = steps.slice(1); // starts straight in progress
    const inProgressIndexes = steps.flatMap((s, i) => (s.status === "in_progress" ? [i] : []));
    if (outcome === "stalled") {
      // Stalls anywhere from "planned" (never started) to the last in-progress phase.
      const stopAt = rng.int(0, Math.max(...inProgressIndexes));
      steps = steps.slice(0, stopAt + 1);
    } else if (outcome === "dropped") {
      const stopAt = rng.int(0, steps.length - 2);
      steps = steps.slice(0, stopAt + 1);
    }
    const pace = 0.7 + rng.float() * 0.8;
    let day = committedDay;
    for (const step of steps) {
      day += Math.max(updates.length === 0 ? 0 : 1, Math.round(rng.int(step.gap[0], step.gap[1]) * pace));
      if (day > ctx.today) break;
      const notes = STEP_NOTES[`${step.status}:${step.phase ?? ""}`] ?? [];
      const wantsNote = step.status === "done" ? rng.chance(0.8) : rng.chance(0.55);
      const withEvidence = step.phase === "alpha" || step.phase === "beta" || step.phase === "live";
      updates.push({
        status: step.status,
        phase: step.phase,
        day,
        note: wantsNote && notes.length > 0 ? rng.pick(notes) : null,
        evidence: withEvidence ? evidenceFor(day) : [],
      });
    }
    const last = updates[updates.length - 1];
    if (outcome === "dropped" && last) {
      const dropDay = last.day + rng.int(20, 150);
      if (dropDay <= ctx.today) {
        updates.push({
          status: "dropped",
          phase: last.phase,
          day: dropDay,
          note: rng.pick(DROPPED_NOTES),
          evidence: [],
        });
      }
    }
  }

  let previousMs = recordedMs;
  const statusUpdates: DemoStatusUpdate[] = updates.map((u) => {
    previousMs = Math.max(recordTime(ctx, rng, u.day, previousMs), previousMs);
    return {
      status: u.status,
      phase: u.phase,
      effectiveDate: formatDay(u.day),
      note: u.note,
      evidenceUrls: u.evidence,
      recordedAt: iso(previousMs),
    };
  });

  // Target dates: about twelve months out; about a third of the late-running ones re-baselined once or twice.
  const originalTarget = addMonths(committedDay, 12) + rng.int(-10, 20);
  const targetDates: DemoTargetDate[] = [
    {
      targetDate: formatDay(originalTarget),
      reason: null,
      effectiveDate: formatDay(committedDay),
      recordedAt: iso(recordedMs),
    },
  ];
  const last = updates[updates.length - 1];
  const closed =
    last && (last.status === "done" || last.status === "dropped" || last.status === "not_applicable");
  const resolvedDay = closed ? last.day : ctx.today;
  const canSlip = last !== undefined && last.status !== "not_applicable";
  if (canSlip && resolvedDay > originalTarget - 45 && rng.chance(0.55)) {
    let target = originalTarget;
    let earliest = Math.max(committedDay + 60, originalTarget - 90);
    let targetMs = recordedMs;
    for (let round = 0; round < 2; round++) {
      if (round === 1 && !rng.chance(0.35)) break;
      const latest = Math.min(target + 45, resolvedDay - 1, ctx.today);
      if (earliest > latest) break;
      const effective = rng.int(earliest, latest);
      target = addMonths(Math.max(target, effective), rng.int(3, 9));
      targetMs = Math.max(recordTime(ctx, rng, effective, targetMs), targetMs);
      targetDates.push({
        targetDate: formatDay(target),
        reason: rng.pick(rebaselineReasons(effective)),
        effectiveDate: formatDay(effective),
        recordedAt: iso(targetMs),
      });
      earliest = effective + 60;
    }
  }

  return {
    key,
    gss,
    title: idea.title,
    collaborators: [],
    mission,
    impact: idea.impact,
    principles: [...principles].sort((a, b) => a - b),
    lotiArea,
    committedDay,
    recordedMs,
    targetDates,
    statusUpdates,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Partnerships

const ORG_PURPOSES: Record<PartnerType, readonly string[]> = {
  govtech_supplier: [
    "Hosting and support for the resident portal",
    "Agile delivery partner for service redesign",
    "Data platform licence and support",
    "Accessibility testing and audit",
  ],
  university: [
    "Research partnership on what works in digital services",
    "Student data science placements",
    "Independent evaluation of digital inclusion work",
  ],
  non_profit: [
    "Digital inclusion outreach with community groups",
    "Recruiting residents for user research",
    "Open data training for staff and community groups",
  ],
  public_body: [
    "Sharing data to plan services across London",
    "Joint work on a common data standard",
    "Exchanging patterns and lessons learned",
  ],
  other_council: ["Shared delivery and peer support"],
};

const LINKED_PURPOSE_PREFIX: Record<PartnerType, string> = {
  govtech_supplier: "Delivery partner for",
  university: "Research and evaluation support for",
  non_profit: "Community engagement and user research for",
  public_body: "Data and service collaboration on",
  other_council: "Shared delivery of",
};

const COUNCIL_PURPOSES = [
  "Joint discovery into shared housing needs",
  "Shared procurement of a case management system",
  "Pooled user research team",
  "Shared data analyst team",
  "Joint cyber security operations",
];

interface PartnershipDraft {
  gss: string;
  partnerKey: string | null;
  partnerGss: string | null;
  start: number;
  end: number | null;
  purpose: string;
  linked: CommitmentDraft[];
}

function maybeEnd(
  ctx: Context,
  rng: Rng,
  start: number,
  mustOutlast: number,
  probability: number,
): number | null {
  if (!rng.chance(probability)) return null;
  const end = start + rng.int(180, 1200);
  return end <= ctx.today && end > mustOutlast ? end : null;
}

/** "the Metropolitan Police", but "Transport for London" and "Example Civic Tech Ltd". */
function withArticle(partner: DemoPartner): string {
  const bare = ["Transport for London", "London Councils", "London & Partners"];
  return partner.type === "public_body" && !bare.includes(partner.name)
    ? `the ${partner.name}`
    : partner.name;
}

function quoteTitles(linked: readonly CommitmentDraft[]): string {
  return linked.map((c) => `"${c.title}"`).join(" and ");
}

function buildPartnerships(
  ctx: Context,
  partners: ReturnType<typeof buildPartners>,
  signatures: Map<string, SignatureDraft>,
  commitments: Map<string, CommitmentDraft[]>,
): DemoPartnership[] {
  const drafts: PartnershipDraft[] = [];
  const nameOf = new Map(AUTHORITIES.map((a) => [a.gss, a.name]));

  // Authority ↔ partner organisation.
  for (const { gss } of AUTHORITIES) {
    const rng = new Rng(ctx.seed, `partnerships:${gss}`);
    const own = commitments.get(gss) ?? [];
    const count = signatures.has(gss)
      ? rng.weighted([
          [1, 2],
          [2, 4],
          [3, 3],
          [4, 1],
        ])
      : rng.int(0, 1);
    const used = new Set<string>();
    for (let i = 0; i < count; i++) {
      let partner: DemoPartner | undefined;
      for (let attempt = 0; attempt < 10 && !partner; attempt++) {
        const pool = rng.weighted([
          [partners.fictional, 6],
          [partners.launch, 3],
          [partners.funders, 1],
        ] as const);
        const candidate = rng.pick(pool);
        if (!used.has(candidate.key)) partner = candidate;
      }
      if (!partner) continue;
      used.add(partner.key);
      const linked = own.length > 0 && rng.chance(0.5) ? [rng.pick(own)] : [];
      // Now and then a partner serves two commitments made within two years of each other.
      const anchor = linked[0];
      const nearby = own.filter(
        (c) => anchor && c !== anchor && Math.abs(c.committedDay - anchor.committedDay) <= 730,
      );
      if (anchor && nearby.length > 0 && rng.chance(0.2)) linked.push(rng.pick(nearby));
      linked.sort((a, b) => a.committedDay - b.committedDay);
      const firstCommitted = Math.min(...linked.map((c) => c.committedDay));
      const lastCommitted = Math.max(DECLARATION_LAUNCH, ...linked.map((c) => c.committedDay));
      const start =
        linked.length > 0
          ? Math.max(DECLARATION_LAUNCH, firstCommitted - rng.int(0, 120))
          : rng.int(DECLARATION_LAUNCH, ctx.today);
      const purpose =
        linked.length > 0
          ? `${LINKED_PURPOSE_PREFIX[partner.type]} ${quoteTitles(linked)}`
          : rng.pick(ORG_PURPOSES[partner.type]);
      const end = maybeEnd(ctx, rng, start, lastCommitted, 0.28);
      drafts.push({ gss, partnerKey: partner.key, partnerGss: null, start, end, purpose, linked });
      for (const c of linked) c.collaborators.push(withArticle(partner));
    }
  }

  // Authority ↔ authority: Kingston and Sutton's shared digital service, plus a few illustrative pairs.
  const rng = new Rng(ctx.seed, "partnerships:councils");
  const kingstonSigned = signatures.get(KINGSTON)?.signedOn ?? dayOf(2018, 12, 31);
  const sharedStart = Math.min(rng.int(DECLARATION_LAUNCH, kingstonSigned), ctx.today);
  const kingstonCommitments = (commitments.get(KINGSTON) ?? []).filter((c) => c.committedDay >= sharedStart);
  const sharedLinked = rng.sample(kingstonCommitments, 2).sort((a, b) => a.committedDay - b.committedDay);
  drafts.push({
    gss: KINGSTON,
    partnerKey: null,
    partnerGss: SUTTON,
    start: sharedStart,
    end: null,
    purpose: "Shared digital service for Kingston upon Thames and Sutton",
    linked: sharedLinked,
  });
  for (const c of commitments.get(KINGSTON) ?? [])
    c.collaborators.push("our shared digital service with Sutton");
  for (const c of commitments.get(SUTTON) ?? []) {
    c.collaborators.push("our shared digital service with Kingston upon Thames");
  }

  const pairKeys = new Set([`${KINGSTON}|${SUTTON}`, `${SUTTON}|${KINGSTON}`]);
  const pairCount = rng.int(3, 5);
  for (let attempt = 0; attempt < 50 && pairKeys.size < 2 + pairCount * 2; attempt++) {
    const [a, b] = rng.sample(AUTHORITIES, 2);
    if (!a || !b || pairKeys.has(`${a.gss}|${b.gss}`)) continue;
    pairKeys.add(`${a.gss}|${b.gss}`).add(`${b.gss}|${a.gss}`);
    const own = commitments.get(a.gss) ?? [];
    const linked = own.length > 0 && rng.chance(0.35) ? [rng.pick(own)] : [];
    const firstLinked = linked[0];
    const start = firstLinked
      ? Math.max(DECLARATION_LAUNCH, firstLinked.committedDay - rng.int(0, 120))
      : rng.int(DECLARATION_LAUNCH, ctx.today);
    const purpose = firstLinked
      ? `${LINKED_PURPOSE_PREFIX.other_council} ${quoteTitles(linked)} with ${b.name}`
      : rng.pick(COUNCIL_PURPOSES);
    const end = maybeEnd(ctx, rng, start, firstLinked?.committedDay ?? start, 0.3);
    drafts.push({ gss: a.gss, partnerKey: null, partnerGss: b.gss, start, end, purpose, linked });
    if (firstLinked) firstLinked.collaborators.push(`the digital team at ${nameOf.get(b.gss) ?? b.gss}`);
  }

  // Stable keys: numbered per authority in order of start date.
  const sorted = drafts
    .filter((d) => d.start <= ctx.today)
    .sort(
      (x, y) =>
        x.gss.localeCompare(y.gss) ||
        x.start - y.start ||
        (x.partnerKey ?? x.partnerGss ?? "").localeCompare(y.partnerKey ?? y.partnerGss ?? ""),
    );
  const counters = new Map<string, number>();
  return sorted.map((d) => {
    const n = (counters.get(d.gss) ?? 0) + 1;
    counters.set(d.gss, n);
    const key = `p-${d.gss}-${n}`;
    const recRng = new Rng(ctx.seed, `partnership-recorded:${key}`);
    // The record as it stands: recorded after it started, after it ended, and after the commitments it serves.
    const floorMs = Math.max(0, ...d.linked.map((c) => c.recordedMs));
    let recordedMs = recordTime(ctx, recRng, d.start, floorMs);
    if (d.end !== null) recordedMs = Math.max(recordedMs, recordTime(ctx, recRng, d.end));
    return {
      key,
      gss: d.gss,
      partnerKey: d.partnerKey,
      partnerGss: d.partnerGss,
      startDate: formatDay(d.start),
      endDate: d.end === null ? null : formatDay(d.end),
      purpose: d.purpose,
      commitmentKeys: d.linked.map((c) => c.key),
      recordedAt: iso(recordedMs),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// The "partners" field of a commitment, in prose

function listInProse(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function partnersProse(ctx: Context, commitment: CommitmentDraft): string {
  const rng = new Rng(ctx.seed, `partners-prose:${commitment.key}`);
  const internal = rng.pick(INTERNAL_COLLABORATORS);
  const names = [...new Set(commitment.collaborators)];
  if (names.length === 0) {
    return rng.chance(0.5)
      ? `Delivered by ${internal}.`
      : `Led by ${internal}, with residents involved in research and testing.`;
  }
  return `Working with ${listInProse(names)}, alongside ${internal}.`;
}

// ---------------------------------------------------------------------------------------------------------
// Entry point

/**
 * Build the illustrative demo dataset. Same `seed` and `today`, same output, byte for byte.
 * Throws a RangeError if `today` is not a real YYYY-MM-DD date or `seed` is not a finite number.
 */
export function generateDemoData(options: DemoDataOptions): DemoDataset {
  const { seed } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`Expected a finite number as the seed, got ${seed}`);
  const today = parseDay(options.today);
  const ctx: Context = { seed, today, todayEndMs: (today + 1) * DAY_MS - 1 };

  const partners = buildPartners();
  const signatures = buildSignatures(ctx);
  const memberships = buildMemberships(ctx);
  const commitments = buildCommitments(ctx, signatures);
  const partnerships =
    today < DECLARATION_LAUNCH ? [] : buildPartnerships(ctx, partners, signatures, commitments);

  return {
    partners: partners.all,
    memberships,
    signatures: [...signatures.values()]
      .sort((a, b) => a.signedOn - b.signedOn || a.gss.localeCompare(b.gss))
      .map((s) => ({
        gss: s.gss,
        signedOn: formatDay(s.signedOn),
        approverName: s.approverName,
        approverRole: s.approverRole,
        commitmentUrl: `https://example.org/declaration/${s.gss}`,
        recordedAt: iso(s.recordedMs),
      })),
    commitments: AUTHORITIES.flatMap(({ gss }) =>
      (commitments.get(gss) ?? []).map((c) => ({
        key: c.key,
        gss: c.gss,
        title: c.title,
        partners: partnersProse(ctx, c),
        mission: c.mission,
        impact: c.impact,
        principles: c.principles,
        lotiArea: c.lotiArea,
        committedOn: formatDay(c.committedDay),
        recordedAt: iso(c.recordedMs),
        targetDates: c.targetDates,
        statusUpdates: c.statusUpdates,
      })),
    ),
    partnerships,
  };
}
