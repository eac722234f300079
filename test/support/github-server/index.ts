export * from "./failures.js";
export { type JsonObject, loadOpenApiSpec, OpenApiSpec } from "./openapi.js";
export * from "./server.js";
export * from "./state.js";
