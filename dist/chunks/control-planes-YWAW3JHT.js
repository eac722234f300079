import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  mintJoinData
} from "./chunk-GDQ4S37K.js";
import "./chunk-THZWTVCK.js";
import "./chunk-LDKM7FQ4.js";
import "./chunk-ORUZ7EY6.js";
export {
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  mintJoinData
};
