import type { ErrorObject, ValidateFunction } from "ajv";
import * as filled from "./generated/fill-defaults.js";
import { NodePool, NodePoolDefaults, NodePoolSettings } from "./generated/validate-documents.js";
import schema from "./nodepool.schema.json" with { type: "json" };

export { schema };

export type SchemaError = ErrorObject;
type DocumentKind = "NodePool" | "NodePoolDefaults" | "NodePoolSettings";

/** The schema's validators, generated from it at build time (scripts/schema-validators.mjs). */
export interface SchemaValidators {
  validate(kind: DocumentKind, value: unknown): SchemaError[];
  /** Validates and fills in the schema's `default` values, in place. */
  validateWithDefaults(kind: "CompletePoolSpec" | "NodePoolSettings", value: unknown): SchemaError[];
}

const asWritten = { NodePool, NodePoolDefaults, NodePoolSettings };
// Defaults are filled in from the schema so that they are written in one place only.
const withDefaults = { CompletePoolSpec: filled.CompletePoolSpec, NodePoolSettings: filled.NodePoolSettings };

const run = (fn: ValidateFunction, value: unknown) => (fn(value) ? [] : [...(fn.errors ?? [])]);

export const validators: SchemaValidators = {
  validate: (kind, value) => run(asWritten[kind], value),
  validateWithDefaults: (kind, value) => run(withDefaults[kind], value),
};
