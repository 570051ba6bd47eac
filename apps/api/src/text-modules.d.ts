/** Text modules supplied by the workerd config (see scripts/workerd-config.mjs). */
declare module "*.txt" {
  const text: string;
  export default text;
}
