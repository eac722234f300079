import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import "./chunk-ORUZ7EY6.js";

// src/plan/plan-file.ts
var KIND = "NodePoolPlan";
var VERSION = 1;
var HASH = /^sha256:[0-9a-f]{64}$/;
var LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var POOL_KEY = new RegExp(`^${LABEL}/${LABEL}/${LABEL}$`);
function planFileText(plan) {
  return `${JSON.stringify({ kind: KIND, version: VERSION, ...plan }, null, 2)}
`;
}
function parsePlanFile(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: "not JSON; make it with nodepool plan --out FILE" };
  }
  if (typeof data !== "object" || data === null || data.kind !== KIND)
    return { ok: false, problem: `not a ${KIND} file; make it with nodepool plan --out FILE` };
  const { version, base, hashes } = data;
  if (version !== VERSION)
    return {
      ok: false,
      problem: `version ${String(version)} is not known here (this nodepool reads ${VERSION})`
    };
  if (base !== void 0 && (typeof base !== "string" || base === "" || base.startsWith("-")))
    return { ok: false, problem: "base must be a git ref" };
  if (typeof hashes !== "object" || hashes === null || Array.isArray(hashes))
    return { ok: false, problem: "hashes must map pools to plan hashes" };
  for (const [pool, hash] of Object.entries(hashes)) {
    if (!POOL_KEY.test(pool))
      return { ok: false, problem: `${JSON.stringify(pool)} is not a tenant/controlPlane/pool key` };
    if (typeof hash !== "string" || !HASH.test(hash))
      return { ok: false, problem: `the hash of ${pool} is not sha256:<64 hex digits>` };
  }
  return {
    ok: true,
    value: { ...base !== void 0 ? { base } : {}, hashes: { ...hashes } }
  };
}
export {
  parsePlanFile,
  planFileText
};
