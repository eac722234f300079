import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  mintJoinData
} from "./chunk-VZ4SQMIN.js";
import "./chunk-DDSXQYVN.js";
import "./chunk-6Y63MOSW.js";
import "./chunk-ORUZ7EY6.js";
export {
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  mintJoinData
};
