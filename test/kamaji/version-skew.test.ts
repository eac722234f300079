import { describe, expect, it } from "vitest";
import {
  allowedKubeletSkew,
  parseKubernetesVersion,
  resolvePoolVersion,
} from "../../src/kamaji/version-skew.js";

const where = "kamaji-tenant/tcp-alpha/workers";

describe("pool Kubernetes version", () => {
  it("is the control plane's when the pool names none", () => {
    expect(resolvePoolVersion(undefined, "v1.33.2", where)).toEqual({
      ok: true,
      version: "v1.33.2",
      source: "control-plane",
      warnings: [],
    });
  });

  it("may lag up to three minors behind since 1.28, two before", () => {
    expect(resolvePoolVersion("v1.30.0", "v1.33.2", where)).toMatchObject({ ok: true, version: "v1.30.0" });
    expect(resolvePoolVersion("v1.25.9", "v1.27.1", where)).toMatchObject({ ok: true });
    expect(resolvePoolVersion("v1.24.9", "v1.27.1", where)).toMatchObject({ ok: false });
    expect(allowedKubeletSkew({ major: 1, minor: 28, patch: 0 })).toBe(3);
    expect(allowedKubeletSkew({ major: 1, minor: 27, patch: 9 })).toBe(2);
  });

  it("is rejected when newer than the control plane, with a message naming the pool and what to use", () => {
    expect(resolvePoolVersion("v1.34.0", "v1.33.2", where)).toEqual({
      ok: false,
      message:
        "kamaji-tenant/tcp-alpha/workers: kubernetes.version v1.34.0 is newer than the control plane (v1.33.2); a kubelet must never be newer than its API server. Use v1.30 to v1.33, or leave it out to use v1.33.2",
    });
  });

  it("is rejected when more than the allowed skew older", () => {
    expect(resolvePoolVersion("v1.29.5", "v1.33.2", where)).toEqual({
      ok: false,
      message:
        "kamaji-tenant/tcp-alpha/workers: kubernetes.version v1.29.5 is 4 minor versions older than the control plane (v1.33.2); a kubelet may be at most 3 older. Use v1.30 to v1.33, or leave it out to use v1.33.2",
    });
  });

  it("warns about a newer patch of the same minor, which kubeadm accepts", () => {
    const result = resolvePoolVersion("v1.33.4", "v1.33.2", where);
    expect(result).toMatchObject({ ok: true, version: "v1.33.4" });
    expect(result.ok && result.warnings[0]).toContain("newer patch release");
  });

  it("rejects other majors and malformed versions", () => {
    expect(resolvePoolVersion("v2.0.0", "v1.33.2", where)).toMatchObject({ ok: false });
    expect(resolvePoolVersion("1.33", "v1.33.2", where)).toMatchObject({ ok: false });
    expect(resolvePoolVersion(undefined, "latest", where)).toMatchObject({ ok: false });
  });

  it("reads versions as the API server reports them", () => {
    expect(parseKubernetesVersion("v1.36.3")).toEqual({ major: 1, minor: 36, patch: 3 });
    expect(parseKubernetesVersion("v1.36.3-rc.1+abc")).toEqual({ major: 1, minor: 36, patch: 3 });
    expect(parseKubernetesVersion("1.36")).toBeUndefined();
  });
});
