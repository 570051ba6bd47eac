import { z } from "zod";
import { claimsField, namesField, PartialDate, PublishedClaim, recordBase, Source } from "./common.ts";
import { ApprovalKind, Area, CellSource, Modality, OrganizationRole, Stage, Status } from "./enums.ts";
import { withEvidence } from "./evidence.ts";

export const Indication = z.strictObject({
  condition: z.string().min(1).describe("The disease or condition, e.g. amyotrophic lateral sclerosis (ALS)."),
  area: Area.describe("The therapeutic area of this condition."),
  stage: Stage.describe("Furthest stage reached for this indication."),
  status: Status.describe("Where work on this indication stands."),
  note: z.string().min(1).optional().describe("A dated, neutral fact about this indication."),
  sources: z
    .array(Source)
    .optional()
    .describe("Sources for this indication's stage and status, when they differ from the record's own."),
});

export const Approval = z.strictObject({
  regulator: z.string().describe("Organization id of the regulator."),
  country: z.string().describe("Country id where the approval applies."),
  date: PartialDate.describe("Date of the approval: YYYY, YYYY-MM or YYYY-MM-DD."),
  kind: ApprovalKind.describe("The kind of authorisation."),
  indication: z.string().min(1).describe("What it was approved for."),
  note: z.string().min(1).optional().describe("A dated, neutral fact about this approval."),
  sources: z
    .array(Source)
    .min(1, "cite the regulator's notice, the gazette or a journal that records the approval")
    .describe("Where the approval is recorded; at least one must be a regulator, official, registry or journal page."),
});

export const TherapyOrganization = z.strictObject({
  id: z.string().describe("Organization id."),
  role: OrganizationRole.describe("The part the organization plays."),
});

/** What a contributor writes in data/therapies/<id>.yaml. */
export const TherapyFile = z
  .strictObject({
    ...recordBase,
    name: z.string().min(1).describe("Name of the programme or product."),
    aliases: z.array(z.string().min(1)).default([]).describe("Brand names, INN, code names."),
    names: namesField,
    modality: Modality.describe("The kind of cell used."),
    cellSource: CellSource.describe("Whose cells: autologous (the patient's own) or allogeneic (a donor's)."),
    tissueOrigin: z
      .string()
      .min(1)
      .optional()
      .describe("Where the cells come from: bone marrow, cord, placenta, adipose, blood, …"),
    targets: z.array(z.string().min(1)).default([]).describe("Antigens targeted, for CAR-T and TCR-T (e.g. CD19)."),
    organizations: z
      .array(TherapyOrganization)
      .min(1, "name at least one organization and its role")
      .describe("Who develops, makes, sponsors or gives it."),
    countries: z
      .array(z.string())
      .min(1, "name at least one country")
      .describe("Country ids where it is developed or given."),
    indications: z
      .array(Indication)
      .min(1, "name at least one indication")
      .describe("What it is for, and how far it got."),
    approvals: z.array(Approval).default([]).describe("Regulatory approvals shown by a confirmed source."),
    claims: claimsField,
    trials: z.array(z.string()).default([]).describe("Trial ids (registry ids, lower case)."),
    summary: z.string().min(1).describe("Short Markdown summary, neutral, in our own words."),
    notes: z
      .array(z.string().min(1))
      .default([])
      .describe("Fact-check notes, e.g. where popular coverage got something wrong."),
  })
  .describe("A cell therapy programme or product.");

/** A therapy as published: each indication's stage, approval and claim carries its evidence level. */
export const Therapy = TherapyFile.extend({
  indications: z.array(Indication.extend(withEvidence)),
  approvals: z.array(Approval.extend(withEvidence)),
  claims: z.array(PublishedClaim),
});

export type Therapy = z.infer<typeof Therapy>;
export type Indication = Therapy["indications"][number];
export type Approval = Therapy["approvals"][number];
