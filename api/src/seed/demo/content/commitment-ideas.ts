import type { PrincipleNumber } from "@ldd/shared/vocabulary";

/** What a commitment starts from; the generator varies the principles, LOTI area and mission a little. */
export interface CommitmentIdea {
  title: string;
  principles: PrincipleNumber[];
  area: string;
  mission: string;
  impact: string;
}

export const IDEAS: readonly CommitmentIdea[] = [
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

export const SECOND_SENTENCES = [
  "We will work in the open and publish what we learn.",
  "We will test every stage with the people who use the service.",
  "We will share the code and patterns for other councils to reuse.",
  "Progress will be reported at monthly show-and-tells.",
];
