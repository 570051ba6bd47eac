export { countryIdOf } from "./countries.ts";
export { ctgovStudies, parseCtgovStudy } from "./ctgov.ts";
export { type DraftContext, draftYaml, type TrialDraft, toTrialDraft } from "./draft.ts";
export { type Drift, driftOf, trialFor } from "./drift.ts";
export { parseIctrpXml } from "./ictrp.ts";
export { type RegistryRecord, registryOfId, trialIdOf } from "./record.ts";
export { applyDrift } from "./update-yaml.ts";
