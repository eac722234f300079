import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  mintJoinData
} from "./chunk-XJP7HQXC.js";
import "./chunk-MCEYHNOV.js";
import "./chunk-6Y63MOSW.js";
import "./chunk-ORUZ7EY6.js";
export {
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  mintJoinData
};
