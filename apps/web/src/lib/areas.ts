import type { Area } from "@cell-atlas/content";

export interface AreaInfo {
  id: Area;
  title: string;
  /** One or two sentences, our own words, shown on the home page and the area page. */
  intro: string;
  main: boolean;
}

/** The seed article's three sections lead; the other areas follow. */
export const AREAS: AreaInfo[] = [
  {
    id: "cancer",
    title: "Cancer",
    intro:
      "Cell therapies against cancer, led by CAR-T: a patient's T cells are given a chimeric antigen receptor in the laboratory and infused back to attack tumour cells. Also NK, TIL, dendritic-cell and TCR-T programmes.",
    main: true,
  },
  {
    id: "autoimmune",
    title: "Autoimmune diseases",
    intro:
      "Stem-cell and immune-cell therapies for diseases in which the immune system attacks the body, such as multiple sclerosis, lupus, type 1 diabetes and Crohn's disease.",
    main: true,
  },
  {
    id: "regenerative",
    title: "Regenerative medicine",
    intro:
      "Cells used to repair or replace damaged tissue: skin, cartilage, cornea, heart, bone and more, from mesenchymal stromal cells to cultured keratinocytes and limbal cells.",
    main: true,
  },
  {
    id: "blood-disorders",
    title: "Blood disorders",
    intro: "Cell therapies for thalassaemia, sickle-cell disease, aplastic anaemia and other disorders of the blood.",
    main: false,
  },
  {
    id: "neurological",
    title: "Neurological",
    intro: "Cell therapies for ALS, spinal cord injury, Parkinson's disease, stroke and other neurological conditions.",
    main: false,
  },
  {
    id: "other",
    title: "Other areas",
    intro: "Programmes whose indications fall outside the areas above.",
    main: false,
  },
];

export function areaInfo(id: string): AreaInfo | undefined {
  return AREAS.find((a) => a.id === id);
}
