import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as openpgp from "openpgp";
import { describe, expect, it } from "vitest";
import { InstallError } from "../../../src/terraform/install/install-error.js";
import { HASHICORP_KEY, OPENTOFU_KEY } from "../../../src/terraform/install/publisher-keys.js";
import { parseSha256Sums } from "../../../src/terraform/install/sha256sums.js";
import { TOOLS } from "../../../src/terraform/install/tools.js";
import { readTrustedKey, verifyDetachedSignature } from "../../../src/terraform/install/verify-signature.js";

// Real release files (test/fixtures/install/README.md says where they come from).
const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, "../../fixtures/install", name)));
const TERRAFORM_SUMS = fixture("terraform_1.9.8_SHA256SUMS");
const TERRAFORM_SIG = fixture("terraform_1.9.8_SHA256SUMS.sig");
const TOFU_SUMS = fixture("tofu_1.8.5_SHA256SUMS");
const TOFU_SIG = fixture("tofu_1.8.5_SHA256SUMS.gpgsig");

async function failure(promise: Promise<unknown>): Promise<InstallError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof InstallError)) throw new Error(`expected an InstallError, got ${String(error)}`);
  return error;
}

describe("pinned publisher keys", () => {
  it("embeds keys whose fingerprints are the pinned ones", async () => {
    for (const trusted of [HASHICORP_KEY, OPENTOFU_KEY]) {
      const key = await openpgp.readKey({ armoredKey: trusted.armored });
      expect(key.getFingerprint().toUpperCase()).toBe(trusted.fingerprint);
    }
    expect(HASHICORP_KEY.fingerprint).toBe("C874011F0AB405110D02105534365D9472D7468F");
    expect(OPENTOFU_KEY.fingerprint).toBe("E3E6E43D84CB852EADB0051D0C0AF313E5FD9F80");
    expect(TOOLS.terraform.publisherKey).toBe(HASHICORP_KEY);
    expect(TOOLS.tofu.publisherKey).toBe(OPENTOFU_KEY);
  });

  it("fails closed when an embedded key is not the pinned one", async () => {
    const swapped = { ...OPENTOFU_KEY, fingerprint: HASHICORP_KEY.fingerprint };
    const error = await failure(readTrustedKey(swapped));
    expect(error.reason).toBe("bad-signature");
    expect(error.message).toBe(
      `the OpenTofu key has fingerprint ${OPENTOFU_KEY.fingerprint}, not the pinned ${HASHICORP_KEY.fingerprint}`,
    );
    expect((await failure(readTrustedKey({ ...HASHICORP_KEY, armored: "garbage" }))).reason).toBe(
      "bad-signature",
    );
  });

  it("has fixtures that are byte for byte the published files", () => {
    const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
    expect(sha(TERRAFORM_SUMS)).toBe("d13d3d14a74864332d85aa4690602b67008890d8c78166387477cbc24ec5b67d");
    expect(sha(TOFU_SUMS)).toBe("4791d5c16300f1934aed0422042f7a37266a1087de81eb458a0081d9ca11ce10");
  });
});

describe("verifyDetachedSignature on real releases", () => {
  it("verifies Terraform 1.9.8's SHA256SUMS with HashiCorp's key (signing subkey)", async () => {
    expect(await verifyDetachedSignature(TERRAFORM_SUMS, TERRAFORM_SIG, [HASHICORP_KEY], "sig")).toEqual({
      publisher: "HashiCorp",
      fingerprint: "C874011F0AB405110D02105534365D9472D7468F",
      keyId: "C820C6D5CD27AB87",
    });
  });

  it("verifies OpenTofu 1.8.5's SHA256SUMS with OpenTofu's key", async () => {
    expect(await verifyDetachedSignature(TOFU_SUMS, TOFU_SIG, [OPENTOFU_KEY], "gpgsig")).toMatchObject({
      publisher: "OpenTofu",
      keyId: "0C0AF313E5FD9F80",
    });
  });

  it("refuses one changed hash digit, one appended byte, and the other publisher's key", async () => {
    const tampered = new TextEncoder().encode(
      new TextDecoder().decode(TERRAFORM_SUMS).replace("be591e8c", "ce591e8c"),
    );
    const appended = new Uint8Array([...TERRAFORM_SUMS, 0x0a]);
    for (const document of [tampered, appended]) {
      expect(
        (await failure(verifyDetachedSignature(document, TERRAFORM_SIG, [HASHICORP_KEY], "sig"))).reason,
      ).toBe("bad-signature");
    }
    const wrongKey = await failure(
      verifyDetachedSignature(TERRAFORM_SUMS, TERRAFORM_SIG, [OPENTOFU_KEY], "x.sig"),
    );
    expect(wrongKey.message).toBe(
      "the signature at x.sig does not verify with OpenTofu E3E6E43D84CB852EADB0051D0C0AF313E5FD9F80 " +
        "(key C820C6D5CD27AB87: Could not find signing key with key ID c820c6d5cd27ab87)",
    );
    expect((await failure(verifyDetachedSignature(TOFU_SUMS, TOFU_SIG, [], "none"))).reason).toBe(
      "bad-signature",
    );
  });

  it("refuses an empty signature as unsigned and garbage as bad", async () => {
    expect(
      (await failure(verifyDetachedSignature(TOFU_SUMS, new Uint8Array(), [OPENTOFU_KEY], "s"))).reason,
    ).toBe("unsigned");
    const garbage = new TextEncoder().encode("<html>404</html>");
    expect((await failure(verifyDetachedSignature(TOFU_SUMS, garbage, [OPENTOFU_KEY], "s"))).reason).toBe(
      "bad-signature",
    );
  });
});

describe("parseSha256Sums", () => {
  it("reads every line of a real SHA256SUMS", () => {
    const sums = parseSha256Sums(new TextDecoder().decode(TERRAFORM_SUMS));
    expect(sums.size).toBe(14);
    expect(sums.get("terraform_1.9.8_linux_amd64.zip")).toBe(
      "186e0145f5e5f2eb97cbd785bc78f21bae4ef15119349f6ad4fa535b83b10df8",
    );
    expect(parseSha256Sums(new TextDecoder().decode(TOFU_SUMS)).get("tofu_1.8.5_linux_amd64.zip")).toBe(
      "e2951ba6be8ae9427aabbd5c6f243855e8b526cb2ae6bc33a05dae22d7e82632",
    );
  });

  it("accepts binary-mode markers and CRLF, skips other lines", () => {
    const text = `${"A".repeat(64)} *a.zip\r\nnot a line\n${"b".repeat(63)}  short.zip\n`;
    expect([...parseSha256Sums(text)]).toEqual([["a.zip", "a".repeat(64)]]);
  });
});
