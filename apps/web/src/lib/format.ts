const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2023", "2023-09" or "2023-09-27" → "2023", "September 2023", "27 September 2023" (precision kept). */
export function formatDate(date: string | undefined): string {
  if (!date) return "";
  const [y, m, d] = date.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

const LABELS: Record<string, string> = {
  cancer: "Cancer",
  autoimmune: "Autoimmune diseases",
  regenerative: "Regenerative medicine",
  "blood-disorders": "Blood disorders",
  neurological: "Neurological",
  other: "Other",
  "car-t": "CAR-T",
  "tcr-t": "TCR-T",
  nk: "NK cells",
  til: "TIL",
  dendritic: "Dendritic cells",
  msc: "Mesenchymal stromal cells (MSC)",
  hsc: "Haematopoietic stem cells (HSC)",
  "ipsc-derived": "iPSC-derived",
  "phase-1": "Phase 1",
  "phase-1-2": "Phase 1/2",
  "phase-2": "Phase 2",
  "phase-2-3": "Phase 2/3",
  "phase-3": "Phase 3",
  "phase-4": "Phase 4",
  "early-phase-1": "Early phase 1",
  "not-applicable": "Not applicable",
  "in-clinical-use": "In clinical use",
  "early-use": "Early use (outside trials)",
  "hospital-exemption": "Hospital exemption",
  "clinicaltrials.gov": "ClinicalTrials.gov",
  irct: "IRCT (Iran)",
  ctri: "CTRI (India)",
  anzctr: "ANZCTR",
  isrctn: "ISRCTN",
  euctr: "EU CTR",
  chictr: "ChiCTR (China)",
  pactr: "PACTR (Africa)",
  sctr: "SCTR (Saudi Arabia)",
  lbctr: "LBCTR (Lebanon)",
  drks: "DRKS (Germany)",
  jrct: "jRCT (Japan)",
  "press-release": "Press release",
  "own-site": "Organization's own site",
  official: "Official record",
  "first-in-country": "First in country",
  "trial-start": "Trial start",
  "trial-result": "Trial result",
  "research-institute": "Research institute",
  "clinical-site": "Clinical site",
  "active-not-recruiting": "Active, not recruiting",
  "not-yet-recruiting": "Not yet recruiting",
  "enrolling-by-invitation": "Enrolling by invitation",
  "middle-east": "Middle East",
  "north-africa": "North Africa",
  "sub-saharan-africa": "Sub-Saharan Africa",
  "central-asia": "Central Asia",
  "south-asia": "South Asia",
  "southeast-asia": "Southeast Asia",
  "south-america": "South America",
  "north-america": "North America",
  "east-asia": "East Asia",
};

/** Human label for an enum value: a known label, or the value with its first letter capitalised. */
export function label(value: string): string {
  const known = LABELS[value];
  if (known) return known;
  const spaced = value.replace(/-/g, " ");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
