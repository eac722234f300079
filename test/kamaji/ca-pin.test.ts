import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CaCertificateError, computeCaPin, computeCaPins, normalizeCaPin } from "../../src/kamaji/ca-pin.js";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");
const KUBEADM_CERT = fixture("kubeadm-pubkeypin-test.crt");
const OTHER_CERT = fixture("kubeadm-pubkeypin-test-2.crt");
/** kubeadm's expectedHash in pubkeypin_test.go. */
const KUBEADM_PIN = "sha256:345959acb2c3b2feb87d281961c893f62a314207ef02599f1cc4a5fb255480b3";

describe("CA pins", () => {
  it("hash the DER SubjectPublicKeyInfo as kubeadm does (its own test vector)", () => {
    expect(computeCaPin(KUBEADM_CERT)).toBe(KUBEADM_PIN);
  });

  it("differ for another key", () => {
    expect(computeCaPin(OTHER_CERT)).not.toBe(KUBEADM_PIN);
  });

  it("come one per certificate of a bundle, in order", () => {
    expect(computeCaPins(`${KUBEADM_CERT}\n${OTHER_CERT}`)).toEqual([KUBEADM_PIN, computeCaPin(OTHER_CERT)]);
  });

  it("refuse data without a readable certificate, naming where it came from", () => {
    expect(() => computeCaPins("not a certificate", "tenant kubeconfig")).toThrow(CaCertificateError);
    expect(() => computeCaPins("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "x")).toThrow(
      "x: no PEM certificate could be read",
    );
  });

  it("are compared in lowercase, as kubeadm accepts either case", () => {
    expect(normalizeCaPin(KUBEADM_PIN.toUpperCase().replace("SHA256", "sha256"))).toBe(KUBEADM_PIN);
    expect(normalizeCaPin("SHA256:345959")).toBeUndefined();
    expect(
      normalizeCaPin("345959acb2c3b2feb87d281961c893f62a314207ef02599f1cc4a5fb255480b3"),
    ).toBeUndefined();
  });
});
