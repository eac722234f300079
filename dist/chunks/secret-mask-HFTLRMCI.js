import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  MASK,
  MIN_SECRET_LENGTH,
  SECRET_ENV_NAME,
  SecretMask,
  encodedForms
} from "./chunk-M36EVPFV.js";
import "./chunk-LDKM7FQ4.js";
import "./chunk-ORUZ7EY6.js";
export {
  MASK,
  MIN_SECRET_LENGTH,
  SECRET_ENV_NAME,
  SecretMask,
  encodedForms
};
