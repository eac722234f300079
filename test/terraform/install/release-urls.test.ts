import { describe, expect, it } from "vitest";
import { parseHashicorpIndex, parseOpentofuApi } from "../../../src/terraform/install/release-list.js";
import {
  buildReleaseFiles,
  checkDownloadUrl,
  executableName,
  mirrorBase,
  releaseListUrl,
  releasePlatform,
} from "../../../src/terraform/install/release-urls.js";

const LINUX = { os: "linux", arch: "amd64" };

describe("buildReleaseFiles", () => {
  it("uses releases.hashicorp.com's layout for terraform", () => {
    expect(buildReleaseFiles("terraform", "1.8.5", LINUX)).toEqual({
      archive: {
        name: "terraform_1.8.5_linux_amd64.zip",
        url: "https://releases.hashicorp.com/terraform/1.8.5/terraform_1.8.5_linux_amd64.zip",
      },
      sums: {
        name: "terraform_1.8.5_SHA256SUMS",
        url: "https://releases.hashicorp.com/terraform/1.8.5/terraform_1.8.5_SHA256SUMS",
      },
      signature: {
        name: "terraform_1.8.5_SHA256SUMS.sig",
        url: "https://releases.hashicorp.com/terraform/1.8.5/terraform_1.8.5_SHA256SUMS.sig",
      },
    });
  });

  it("uses OpenTofu's GitHub release assets, with the OpenPGP (.gpgsig) signature", () => {
    const files = buildReleaseFiles("tofu", "1.6.3", { os: "darwin", arch: "arm64" });
    const base = "https://github.com/opentofu/opentofu/releases/download/v1.6.3";
    expect(files.archive.url).toBe(`${base}/tofu_1.6.3_darwin_arm64.zip`);
    expect(files.sums.url).toBe(`${base}/tofu_1.6.3_SHA256SUMS`);
    expect(files.signature.url).toBe(`${base}/tofu_1.6.3_SHA256SUMS.gpgsig`);
  });

  it("replaces only the base with a mirror, keeping paths and names", () => {
    const mirror = "https://artifacts.example.com/hashicorp";
    expect(buildReleaseFiles("terraform", "1.8.5", LINUX, mirror).signature.url).toBe(
      `${mirror}/terraform/1.8.5/terraform_1.8.5_SHA256SUMS.sig`,
    );
    expect(buildReleaseFiles("tofu", "1.6.3", LINUX, "https://m.example/tofu").archive.url).toBe(
      "https://m.example/tofu/v1.6.3/tofu_1.6.3_linux_amd64.zip",
    );
  });
});

describe("releaseListUrl", () => {
  it("is the publisher's list, or the same file below a mirror", () => {
    expect(releaseListUrl("terraform")).toBe("https://releases.hashicorp.com/terraform/index.json");
    expect(releaseListUrl("tofu")).toBe("https://get.opentofu.org/tofu/api.json");
    expect(releaseListUrl("terraform", "https://m.example/hc")).toBe(
      "https://m.example/hc/terraform/index.json",
    );
    expect(releaseListUrl("tofu", "https://m.example/tofu")).toBe("https://m.example/tofu/api.json");
  });
});

describe("platforms and mirror URLs", () => {
  it("maps Node's platform and arch to release names", () => {
    expect(releasePlatform("linux", "x64")).toEqual({ os: "linux", arch: "amd64" });
    expect(releasePlatform("win32", "arm64")).toEqual({ os: "windows", arch: "arm64" });
    expect(releasePlatform("sunos", "x64")).toEqual({ os: "solaris", arch: "amd64" });
    expect(releasePlatform("aix", "ppc64")).toBeUndefined();
    expect(executableName("tofu", { os: "windows", arch: "amd64" })).toBe("tofu.exe");
  });

  it("accepts http(s) mirrors without query, trimming trailing slashes", () => {
    expect(checkDownloadUrl(" https://m.example/hc/ ")).toEqual({ ok: true, value: "https://m.example/hc" });
    expect(checkDownloadUrl("ftp://m.example")).toEqual({
      ok: false,
      issue: "download-url must be http:// or https://, got ftp:",
    });
    expect(checkDownloadUrl("https://m.example/?token=x")).toMatchObject({ ok: false });
    expect(checkDownloadUrl("mirror")).toMatchObject({
      ok: false,
      issue: expect.stringContaining("is not a URL"),
    });
  });

  it("treats an empty download-url as none, and throws on a bad one", () => {
    expect(mirrorBase(undefined)).toBeUndefined();
    expect(mirrorBase(" ")).toBeUndefined();
    expect(mirrorBase("https://m.example/hc/")).toBe("https://m.example/hc");
    expect(() => mirrorBase("ftp://m.example")).toThrow(
      expect.objectContaining({ name: "InstallError", reason: "bad-download-url" }),
    );
  });
});

describe("release lists", () => {
  it("reads the versions of HashiCorp's index.json", () => {
    const index = {
      name: "terraform",
      versions: {
        "1.8.5": { name: "terraform", version: "1.8.5", shasums: "terraform_1.8.5_SHA256SUMS", builds: [] },
        "1.9.0-alpha20240516": { name: "terraform", version: "1.9.0-alpha20240516", builds: [] },
        "0.1.0": { name: "terraform", version: "0.1.0", builds: [] },
      },
    };
    expect(parseHashicorpIndex(index)).toEqual({
      ok: true,
      value: ["1.8.5", "1.9.0-alpha20240516", "0.1.0"],
    });
    expect(parseHashicorpIndex({ versions: [] })).toMatchObject({ ok: false });
  });

  it("reads the versions of OpenTofu's api.json", () => {
    const api = {
      versions: [
        { id: "1.8.5", files: ["tofu_1.8.5_linux_amd64.zip"] },
        { id: "1.9.0-rc1", files: [] },
      ],
    };
    expect(parseOpentofuApi(api)).toEqual({ ok: true, value: ["1.8.5", "1.9.0-rc1"] });
    expect(parseOpentofuApi({ versions: {} })).toEqual({
      ok: false,
      issue: 'expected {"versions": [{"id": "<version>"}]}',
    });
  });
});
