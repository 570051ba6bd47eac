/** The capnp config that runs dist/worker.mjs in workerd; paths are relative to the config file. */
export function workerdConfig(options: { address: string; rateLimit?: number }): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "main", worker = .atlasWorker)],
  sockets = [(name = "http", address = "${options.address}", http = (), service = "main")],
);

const atlasWorker :Workerd.Worker = (
  modules = [
    (name = "worker.mjs", esModule = embed "worker.mjs"),
    (name = "scalar-standalone.js.txt", text = embed "scalar-standalone.js.txt"),
  ],
  compatibilityDate = "2026-11-01",
  bindings = [(name = "RATE_LIMIT", text = "${options.rateLimit ?? 600}")],
);
`;
}
