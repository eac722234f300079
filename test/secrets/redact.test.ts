import { describe, expect, it } from "vitest";
import { redactUrl } from "../../src/secrets/redact.js";

describe("redactUrl", () => {
  it("removes credentials before a URL is shown", () => {
    expect(redactUrl("https://ci:s3cret@m.example/hc/x.zip")).toBe("https://***@m.example/hc/x.zip");
    expect(redactUrl("http://proxyuser:pr0xy-s3cret@10.0.0.1:3128")).toBe("http://***@10.0.0.1:3128/");
    expect(redactUrl("https://m.example/hc/x.zip")).toBe("https://m.example/hc/x.zip");
  });
});
