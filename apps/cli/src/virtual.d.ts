declare module "virtual:cell-atlas-data" {
  /** packages/content/dist/dataset.json, as text. */
  export const datasetText: string;
  /** packages/content/dist/search-index.json, as text. */
  export const searchIndexText: string;
}
