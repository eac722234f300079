import { describe, expect, it } from "vitest";
import { BodyTooLongError, GITHUB_BODY_LIMIT } from "../../src/github/errors.js";
import {
  findComment,
  formatCommentHeader,
  formatPlanComment,
  type PlanCommentHeader,
  readCommentHeader,
  upsertPlanComment,
} from "../../src/github/plan-comment.js";
import { bodyTooLongFailure, fakeSha, OCTOCAT, serverError } from "../support/github-server/index.js";
import { OWNER, REPO, useGitHubServer } from "./helpers.js";

const gh = useGitHubServer();

const header = (sha: string, hashes: Record<string, string> = { "vsphere/workers": "sha256:aa" }) =>
  ({ key: "pools", sha, status: "planned", hashes }) satisfies Omit<PlanCommentHeader, "version">;

function seedPull(): number {
  return gh.server.github.addPullRequest(OWNER, REPO, { headSha: fakeSha("head-1") }).number;
}

describe("readCommentHeader", () => {
  it("reads back what formatCommentHeader wrote, also from a CRLF body", () => {
    const written = header(fakeSha("x"), { "a/b": "sha256:1", "c/d": "sha256:2" });
    const text = formatPlanComment(written, "## Plan\r\nbody");
    expect(readCommentHeader(text)).toEqual({ ok: true, value: { version: 1, ...written } });
    expect(readCommentHeader(text.replace(/\n/g, "\r\n"))).toEqual({
      ok: true,
      value: { version: 1, ...written },
    });
  });

  it("keeps a key containing --> inside the HTML comment", () => {
    const line = formatCommentHeader({ ...header("s"), key: "evil --> <b>" });
    expect(line.indexOf("-->")).toBe(line.length - 3);
    expect(readCommentHeader(line)).toMatchObject({ ok: true, value: { key: "evil --> <b>" } });
  });

  it.each([
    ["no header", "## Plan: 1 pool"],
    ["a header that is not the first line", `text\n${formatCommentHeader(header("s"))}`],
    ["an edited header that is no longer JSON", '<!-- nodepool-action {"version":1,"key": -->'],
    [
      "another version",
      '<!-- nodepool-action {"version":2,"key":"pools","sha":"s","status":"planned","hashes":{}} -->',
    ],
    [
      "an unknown status",
      '<!-- nodepool-action {"version":1,"key":"pools","sha":"s","status":"done","hashes":{}} -->',
    ],
    [
      "hashes that are not strings",
      '<!-- nodepool-action {"version":1,"key":"pools","sha":"s","status":"planned","hashes":{"a":1}} -->',
    ],
    ["another tool's marker", '<!-- nodepool-action-drift {"version":1,"key":"pools"} -->'],
  ])("ignores %s, saying why", (_, text) => {
    const read = readCommentHeader(text);
    expect(read.ok).toBe(false);
    expect(read.ok ? "" : read.problem).not.toBe("");
  });
});

describe("upsertPlanComment against the OpenAPI-checked server", () => {
  it("creates the comment, then edits the same one on the next push", async () => {
    const pullNumber = seedPull();
    const client = gh.client();
    const first = await upsertPlanComment(client, {
      owner: OWNER,
      repo: REPO,
      pullNumber,
      header: header(fakeSha("push-1")),
      body: "## Plan: +2 nodes",
      mode: "update",
    });
    const second = await upsertPlanComment(client, {
      owner: OWNER,
      repo: REPO,
      pullNumber,
      header: header(fakeSha("push-2"), { "vsphere/workers": "sha256:bb" }),
      body: "## Plan: +3 nodes",
      mode: "update",
    });

    expect(first).toMatchObject({ action: "created" });
    expect(second).toMatchObject({ action: "updated", minimized: [] });
    if (first.action === "skipped" || second.action === "skipped") throw new Error("not skipped");
    expect(second.comment.id).toBe(first.comment.id);
    const comments = gh.server.github.commentsOn(OWNER, REPO, pullNumber);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(
      formatPlanComment(header(fakeSha("push-2"), { "vsphere/workers": "sha256:bb" }), "## Plan: +3 nodes"),
    );
    expect(gh.server.requestsFor("issues/create-comment")).toHaveLength(1);
    expect(gh.server.requestsFor("issues/update-comment")).toHaveLength(1);

    const found = await findComment(client, { owner: OWNER, repo: REPO, pullNumber, key: "pools" });
    expect(found?.header).toEqual({
      version: 1,
      ...header(fakeSha("push-2"), { "vsphere/workers": "sha256:bb" }),
    });
    expect(found?.author).toBe("github-actions[bot]");
  });

  it("sends nothing when the comment already says the same (a re-run)", async () => {
    const pullNumber = seedPull();
    const options = {
      owner: OWNER,
      repo: REPO,
      pullNumber,
      header: header("s"),
      body: "same",
      mode: "update" as const,
    };
    await upsertPlanComment(gh.client(), options);
    const again = await upsertPlanComment(gh.client(), options);
    expect(again.action).toBe("unchanged");
    expect(gh.server.requestsFor("issues/update-comment")).toHaveLength(0);
  });

  it("in mode new, posts another comment and collapses the old one as OUTDATED", async () => {
    const pullNumber = seedPull();
    const client = gh.client();
    const base = { owner: OWNER, repo: REPO, pullNumber, mode: "new" as const };
    const first = await upsertPlanComment(client, { ...base, header: header("s1"), body: "first" });
    const second = await upsertPlanComment(client, { ...base, header: header("s2"), body: "second" });

    if (first.action === "skipped" || second.action === "skipped") throw new Error("not skipped");
    expect(second.action).toBe("created");
    expect(second.minimized).toEqual([first.comment]);
    expect(second.warnings).toEqual([]);
    const comments = gh.server.github.commentsOn(OWNER, REPO, pullNumber);
    expect(comments.map((c) => c.minimized)).toEqual(["OUTDATED", undefined]);
    expect(gh.server.requestsFor("graphql")).toHaveLength(1);
    expect((await findComment(client, { owner: OWNER, repo: REPO, pullNumber, key: "pools" }))?.id).toBe(
      second.comment.id,
    );
  });

  it("in mode new, still posts when collapsing the old comment fails, and says so", async () => {
    const pullNumber = seedPull();
    const client = gh.client({ retries: 0 });
    const base = { owner: OWNER, repo: REPO, pullNumber, mode: "new" as const };
    await upsertPlanComment(client, { ...base, header: header("s1"), body: "first" });
    gh.server.failNext(serverError(502, "graphql"));
    const second = await upsertPlanComment(client, { ...base, header: header("s2"), body: "second" });
    expect(second).toMatchObject({ action: "created", minimized: [] });
    expect(second.action !== "skipped" && second.warnings[0]).toMatch(/collapse outdated comment .* 502/);
  });

  it("in mode off, sends nothing at all", async () => {
    const pullNumber = seedPull();
    const result = await upsertPlanComment(gh.client(), {
      owner: OWNER,
      repo: REPO,
      pullNumber,
      header: header("s"),
      body: "x",
      mode: "off",
    });
    expect(result).toEqual({ action: "skipped" });
    expect(gh.server.requests).toHaveLength(0);
  });

  it("finds its comment on page 2 among 150 others, and does not post a second one", async () => {
    const pullNumber = seedPull();
    const repo = gh.server.github.repo(OWNER, REPO);
    if (!repo) throw new Error("no repo");
    for (let i = 0; i < 110; i++) gh.server.github.addComment(repo, pullNumber, `LGTM ${i}`, OCTOCAT);
    gh.server.github.addComment(repo, pullNumber, formatPlanComment(header("old"), "old plan"));
    for (let i = 110; i < 150; i++) gh.server.github.addComment(repo, pullNumber, `nit ${i}`, OCTOCAT);

    const result = await upsertPlanComment(gh.client(), {
      owner: OWNER,
      repo: REPO,
      pullNumber,
      header: header("new"),
      body: "new plan",
      mode: "update",
    });

    expect(result.action).toBe("updated");
    const pages = gh.server
      .requestsFor("issues/list-comments")
      .map((r) => new URL(r.url, "http://x").searchParams);
    expect(pages.map((p) => [p.get("per_page"), p.get("page") ?? "1"])).toEqual([
      ["100", "1"],
      ["100", "2"],
    ]);
    expect(gh.server.requestsFor("issues/create-comment")).toHaveLength(0);
    expect(gh.server.github.commentsOn(OWNER, REPO, pullNumber)).toHaveLength(151);
  });

  it("ignores a comment whose header a person broke, and one by another author", async () => {
    const pullNumber = seedPull();
    const repo = gh.server.github.repo(OWNER, REPO);
    if (!repo) throw new Error("no repo");
    const broken = formatPlanComment(header("s"), "plan").replace('"version":1', '"version":1,');
    gh.server.github.addComment(repo, pullNumber, broken);
    gh.server.github.addComment(
      repo,
      pullNumber,
      formatPlanComment(header("forged"), "forged plan"),
      OCTOCAT,
    );

    const result = await upsertPlanComment(gh.client(), {
      owner: OWNER,
      repo: REPO,
      pullNumber,
      header: header("s"),
      body: "plan",
      mode: "update",
      author: "github-actions[bot]",
    });

    expect(result.action).toBe("created");
    expect(gh.server.github.commentsOn(OWNER, REPO, pullNumber).map((c) => c.body)).toEqual([
      broken,
      formatPlanComment(header("forged"), "forged plan"),
      formatPlanComment(header("s"), "plan"),
    ]);
  });

  it("keeps one comment per configuration key", async () => {
    const pullNumber = seedPull();
    const base = { owner: OWNER, repo: REPO, pullNumber, body: "plan", mode: "update" as const };
    await upsertPlanComment(gh.client(), { ...base, header: { ...header("s"), key: "staging" } });
    await upsertPlanComment(gh.client(), { ...base, header: { ...header("s"), key: "production" } });
    await upsertPlanComment(gh.client(), { ...base, header: { ...header("s2"), key: "staging" } });
    const keys = gh.server.github
      .commentsOn(OWNER, REPO, pullNumber)
      .map((c) => (readCommentHeader(c.body) as { value: PlanCommentHeader }).value);
    expect(keys.map((h) => [h.key, h.sha])).toEqual([
      ["staging", "s2"],
      ["production", "s"],
    ]);
  });

  it("refuses a body over 65,536 characters before sending anything", async () => {
    const pullNumber = seedPull();
    const attempt = upsertPlanComment(gh.client(), {
      owner: OWNER,
      repo: REPO,
      pullNumber,
      header: header("s"),
      body: "x".repeat(GITHUB_BODY_LIMIT),
      mode: "update",
    });
    await expect(attempt).rejects.toThrow(BodyTooLongError);
    await expect(attempt).rejects.toMatchObject({ detectedBy: "client", limit: GITHUB_BODY_LIMIT });
    await expect(attempt).rejects.toThrow(
      /^comment on octo\/fleet#1: body is too long \(\d+ characters\), not sent; the limit is 65536/,
    );
    expect(gh.server.requests).toHaveLength(0);
  });

  it("turns GitHub's 422 body is too long into a clear error, without retrying", async () => {
    const pullNumber = seedPull();
    gh.server.failNext(bodyTooLongFailure("issues/create-comment"));
    const attempt = upsertPlanComment(gh.client(), {
      owner: OWNER,
      repo: REPO,
      pullNumber,
      header: header("s"),
      body: "🚀".repeat(100),
      mode: "update",
    });
    await expect(attempt).rejects.toThrow(BodyTooLongError);
    await expect(attempt).rejects.toMatchObject({ detectedBy: "github" });
    await expect(attempt).rejects.toThrow(
      /^create comment on octo\/fleet#1: GitHub refused the body as too long/,
    );
    expect(gh.server.requestsFor("issues/create-comment")).toHaveLength(1);
  });
});
