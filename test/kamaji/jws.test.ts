import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signDetachedJws, verifyDetachedJws } from "../../src/kamaji/jws.js";

const token = { id: "abcdef", secret: "0123456789abcdef" };
const content = 'apiVersion: v1\nclusters:\n- cluster:\n    server: https://10.0.0.10:6443\n  name: ""\n';

describe("detached JWS of cluster-info", () => {
  it("has go-jose's protected header and no payload part", () => {
    const jws = signDetachedJws(content, token);
    const [header, payload] = jws.split(".");
    expect(payload).toBe("");
    expect(Buffer.from(header ?? "", "base64url").toString()).toBe('{"alg":"HS256","kid":"abcdef"}');
  });

  it("matches kubeadm's signature for a known input", () => {
    // HS256 over "<header>.<base64url(content)>" keyed with the secret zero-padded to 32 bytes
    // (cluster-bootstrap's ComputeDetachedSignature): HMAC pads short keys the same way.
    const padded = Buffer.alloc(32);
    Buffer.from(token.secret).copy(padded);
    const header = Buffer.from('{"alg":"HS256","kid":"abcdef"}').toString("base64url");
    const signature = createHmac("sha256", padded)
      .update(`${header}.${Buffer.from(content).toString("base64url")}`)
      .digest("base64url");
    expect(signDetachedJws(content, token)).toBe(`${header}..${signature}`);
  });

  it("verifies with the right token", () => {
    expect(verifyDetachedJws(signDetachedJws(content, token), content, token)).toEqual({ ok: true });
  });

  it("refuses a tampered signature, tampered content, another secret or another key id", () => {
    const jws = signDetachedJws(content, token);
    const last = jws.at(-1) === "A" ? "B" : "A";
    expect(verifyDetachedJws(`${jws.slice(0, -1)}${last}`, content, token)).toMatchObject({ ok: false });
    expect(verifyDetachedJws(jws, content.replace("10.0.0.10", "10.6.6.6"), token)).toMatchObject({
      ok: false,
    });
    expect(verifyDetachedJws(jws, content, { ...token, secret: "fedcba9876543210" })).toEqual({
      ok: false,
      problem: "the signature does not verify with the token secret",
    });
    expect(verifyDetachedJws(jws, content, { ...token, id: "zzzzzz" })).toEqual({
      ok: false,
      problem: "the JWS key id is abcdef, expected zzzzzz",
    });
  });

  it("refuses other algorithms and non-detached forms", () => {
    const none = `${Buffer.from('{"alg":"none","kid":"abcdef"}').toString("base64url")}..`;
    expect(verifyDetachedJws(none, content, token)).toEqual({
      ok: false,
      problem: "the JWS algorithm is none, expected HS256",
    });
    const attached = signDetachedJws(content, token).replace(
      "..",
      `.${Buffer.from(content).toString("base64url")}.`,
    );
    expect(verifyDetachedJws(attached, content, token)).toMatchObject({ ok: false });
    expect(verifyDetachedJws("garbage", content, token)).toMatchObject({ ok: false });
  });
});
