import { HASHICORP_KEY, OPENTOFU_KEY, type TrustedKey } from "./publisher-keys.js";
import { parseHashicorpIndex, parseOpentofuApi, type ReleaseListResult } from "./release-list.js";

export type ToolName = "terraform" | "tofu";

/**
 * Everything that differs between Terraform and OpenTofu releases. One entry per tool; the rest of
 * the installer never asks which tool it is handling.
 */
export interface ToolRelease {
  name: ToolName;
  displayName: string;
  /** Pin file in the working directory (tfenv / tofuenv). */
  versionFile: string;
  /** Tool name in `.tool-versions` (asdf, mise). */
  asdfName: string;
  /** Where releases live when no `download-url` mirror is given. */
  defaultBaseUrl: string;
  /** The publisher's release list, used without a mirror. */
  defaultReleaseListUrl: string;
  /** The release list's path below a mirror. */
  mirrorReleaseListPath: string;
  /** A version's folder below the base URL. */
  releaseDir: (version: string) => string;
  /** Suffix of the detached OpenPGP signature of SHA256SUMS. */
  signatureSuffix: string;
  publisherKey: TrustedKey;
  parseReleaseList: (json: unknown) => ReleaseListResult;
}

export const TOOLS: Readonly<Record<ToolName, ToolRelease>> = {
  terraform: {
    name: "terraform",
    displayName: "Terraform",
    versionFile: ".terraform-version",
    asdfName: "terraform",
    defaultBaseUrl: "https://releases.hashicorp.com",
    defaultReleaseListUrl: "https://releases.hashicorp.com/terraform/index.json",
    mirrorReleaseListPath: "terraform/index.json",
    releaseDir: (version) => `terraform/${version}`,
    signatureSuffix: ".sig",
    publisherKey: HASHICORP_KEY,
    parseReleaseList: parseHashicorpIndex,
  },
  tofu: {
    name: "tofu",
    displayName: "OpenTofu",
    versionFile: ".opentofu-version",
    asdfName: "opentofu",
    defaultBaseUrl: "https://github.com/opentofu/opentofu/releases/download",
    defaultReleaseListUrl: "https://get.opentofu.org/tofu/api.json",
    mirrorReleaseListPath: "api.json",
    releaseDir: (version) => `v${version}`,
    // `.sig` next to it is a cosign signature, not OpenPGP.
    signatureSuffix: ".gpgsig",
    publisherKey: OPENTOFU_KEY,
    parseReleaseList: parseOpentofuApi,
  },
};
