import { XMLParser } from "fast-xml-parser";
import type { RegistryRecord } from "./record.ts";
import { registryOfId } from "./record.ts";

// The WHO ICTRP XML format (<trials><trial><main>…), which IRCT's "XML" export and other
// registries' ICTRP feeds use: trial_id, primary_sponsor, public_title, scientific_title,
// date_enrolment (dd/mm/yyyy), target_size, recruitment_status, study_type, phase, hc_freetext,
// url; countries/country2; secondary_ids/secondary_id/sec_id; results_actual_enrolment and
// results_date_completed when results are posted.
type Text = string | number | undefined;
interface Trial {
  main?: Record<string, Text>;
  countries?: { country2?: Text | Text[] };
  secondary_ids?: { secondary_id?: { sec_id?: Text } | { sec_id?: Text }[] };
}

const text = (v: Text) => (v === undefined || v === null ? "" : String(v).trim());
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** dd/mm/yyyy (or yyyy-mm-dd) → YYYY-MM-DD; undefined when it is neither. */
function isoDate(v: string): string | undefined {
  const dmy = v.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (dmy) return `${dmy[3]}-${dmy[2]?.padStart(2, "0")}-${dmy[1]?.padStart(2, "0")}`;
  return /^\d{4}-\d{2}(-\d{2})?$/.test(v) ? v : undefined;
}

function phaseOf(v: string): RegistryRecord["phase"] | undefined {
  const s = v.toLowerCase().replace(/phase/g, "").replace(/\s+/g, "");
  if (!s) return undefined;
  if (/^(n\/?a|notapplicable|none)$/.test(s)) return "not-applicable";
  if (/^(0|early1|earlyi)$/.test(s)) return "early-phase-1";
  const roman = s.replace(/iii/g, "3").replace(/ii/g, "2").replace(/iv/g, "4").replace(/i/g, "1");
  if (/^1$/.test(roman)) return "phase-1";
  if (/^1[-/]2$/.test(roman)) return "phase-1-2";
  if (/^2$/.test(roman)) return "phase-2";
  if (/^2[-/]3$/.test(roman)) return "phase-2-3";
  if (/^3$/.test(roman)) return "phase-3";
  if (/^4$/.test(roman)) return "phase-4";
  return undefined;
}

function statusOf(v: string): RegistryRecord["status"] | undefined {
  const s = v.toLowerCase().trim();
  if (/^pending|^not yet recruiting/.test(s)) return "not-yet-recruiting";
  if (/^recruiting/.test(s)) return "recruiting";
  if (/^not recruiting|^active, not recruiting/.test(s)) return "active-not-recruiting";
  if (/^complete/.test(s)) return "completed";
  if (/^suspended/.test(s)) return "suspended";
  if (/^terminated|^stopped/.test(s)) return "terminated";
  if (/^withdrawn/.test(s)) return "withdrawn";
  return undefined;
}

/** Every trial in a WHO ICTRP XML document, or throws an Error that says what is wrong. */
export function parseIctrpXml(xml: string): RegistryRecord[] {
  let doc: { trials?: { trial?: Trial | Trial[] } };
  try {
    doc = new XMLParser({ parseTagValue: false, trimValues: true }).parse(xml, true);
  } catch (error) {
    throw new Error(`not well-formed XML: ${(error as Error).message.split("\n")[0]}`);
  }
  const trials = list(doc.trials?.trial);
  if (trials.length === 0) throw new Error("not a WHO ICTRP XML document: no <trials><trial> element");
  return trials.map((t) => {
    const m = t.main ?? {};
    const registryId = text(m.trial_id);
    if (!registryId) throw new Error("a <trial> has no <main><trial_id>");
    const unmapped: string[] = [];
    const registry = registryOfId(registryId) ?? "other";
    const phaseText = text(m.phase);
    const phase = phaseOf(phaseText);
    if (phaseText && !phase) unmapped.push(`phase: ${phaseText}`);
    const statusText = text(m.recruitment_status);
    const status = statusOf(statusText);
    if (statusText && !status) unmapped.push(`recruitment_status: ${statusText}`);
    const typeText = text(m.study_type).toLowerCase();
    const studyType = typeText.startsWith("interventional")
      ? "interventional"
      : typeText.startsWith("observational")
        ? "observational"
        : undefined;
    if (typeText && !studyType) unmapped.push(`study_type: ${text(m.study_type)}`);
    const startText = text(m.date_enrolment);
    const startDate = isoDate(startText);
    if (startText && !startDate) unmapped.push(`date_enrolment: ${startText}`);
    const completedText = text(m.results_date_completed);
    const completionDate = isoDate(completedText);
    const enrollment = Number(text(m.results_actual_enrolment) || text(m.target_size));
    const secondaryIds: RegistryRecord["secondaryIds"] = [];
    for (const s of list(t.secondary_ids?.secondary_id)) {
      const id = text(s.sec_id);
      const other = id ? registryOfId(id) : undefined;
      if (other && id) secondaryIds.push({ registry: other, id });
      else if (id) unmapped.push(`secondary_id: ${id}`);
    }
    const scientific = text(m.scientific_title);
    const publicTitle = text(m.public_title);
    const title = scientific || publicTitle;
    return {
      registry,
      registryId,
      title,
      ...(publicTitle && publicTitle !== title ? { briefTitle: publicTitle } : {}),
      ...(studyType ? { studyType } : {}),
      ...(phase ? { phase } : {}),
      ...(status ? { status } : {}),
      ...(text(m.primary_sponsor) ? { sponsorName: text(m.primary_sponsor) } : {}),
      countryNames: [...new Set(list(t.countries?.country2).map(text).filter(Boolean))],
      conditions: text(m.hc_freetext)
        .split(/\r?\n/)
        .map((c) => c.trim())
        .filter(Boolean),
      ...(Number.isInteger(enrollment) && enrollment > 0 ? { enrollment } : {}),
      ...(startDate ? { startDate } : {}),
      ...(completionDate ? { completionDate } : {}),
      secondaryIds,
      url: text(m.url) || `https://trialsearch.who.int/Trial2.aspx?TrialID=${encodeURIComponent(registryId)}`,
      unmapped,
    };
  });
}
