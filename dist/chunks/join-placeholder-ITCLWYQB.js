import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import "./chunk-ORUZ7EY6.js";

// src/plan/join-placeholder.ts
var PLACEHOLDER_JOIN = {
  url: "join.invalid:6443",
  token: "000000.0000000000000000",
  caCertHash: `sha256:${"0".repeat(64)}`
};
function joinEnvironment(join) {
  const env = {
    TF_VAR_join_url: join.url,
    TF_VAR_join_token: join.token,
    TF_VAR_join_ca_cert_hash: join.caCertHash
  };
  if (join.kubernetesVersion) env.TF_VAR_kubernetes_version = join.kubernetesVersion;
  return env;
}
export {
  PLACEHOLDER_JOIN,
  joinEnvironment
};
