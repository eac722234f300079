import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  mintJoinData
} from "./chunk-LTQD77KH.js";
import "./chunk-A4PPVHQK.js";
import "./chunk-6Y63MOSW.js";
import "./chunk-ORUZ7EY6.js";
export {
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  mintJoinData
};
