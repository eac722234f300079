import { describe, expect, it } from "vitest";
import { DurationError, parseDuration } from "../../src/kamaji/duration.js";
import { endpointOf, formatJoinCommand } from "../../src/kamaji/join-command.js";
import { redactSecrets } from "../../src/secrets/redact.js";

describe("join command", () => {
  it("is kubeadm's line: server without https://, token, one hash flag per CA", () => {
    expect(
      formatJoinCommand("https://10.0.0.10:6443", "abcdef.0123456789abcdef", ["sha256:aa", "sha256:bb"]),
    ).toBe(
      "kubeadm join 10.0.0.10:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:aa --discovery-token-ca-cert-hash sha256:bb",
    );
  });

  it("gives host:port for yaki's JOIN_URL", () => {
    expect(endpointOf("https://tcp-alpha.example.com:6443/")).toBe("tcp-alpha.example.com:6443");
    expect(endpointOf("10.0.0.10:6443")).toBe("10.0.0.10:6443");
  });
});

describe("durations", () => {
  it("read Go's form", () => {
    expect(parseDuration("2h")).toBe(7_200_000);
    expect(parseDuration("1h30m")).toBe(5_400_000);
    expect(parseDuration("90s")).toBe(90_000);
    expect(parseDuration("1.5h")).toBe(5_400_000);
  });

  it("refuse other forms, naming the input", () => {
    expect(() => parseDuration("2 hours", "token-ttl")).toThrow(DurationError);
    expect(() => parseDuration("0s", "token-ttl")).toThrow(
      'token-ttl: "0s" is not a duration; use Go\'s form such as 2h, 90m, 1h30m or 45s',
    );
  });
});

describe("redaction", () => {
  it("hides known secrets and anything shaped like a bootstrap token", () => {
    expect(redactSecrets("Bearer s3cr3t-value and abcdef.0123456789abcdef", ["s3cr3t-value"])).toBe(
      "Bearer *** and ***",
    );
  });
});
