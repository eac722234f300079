import { describe, expect, it } from "vitest";
import {
  closeDriftIssue,
  formatDriftIssueBody,
  readDriftIssueKey,
  upsertDriftIssue,
} from "../../src/github/drift-issue.js";
import { OWNER, REPO, useGitHubServer } from "./helpers.js";

const gh = useGitHubServer();

const LABEL = "nodepool/drift";
const KEY = "kamaji-tenant/tcp-alpha";
const where = { owner: OWNER, repo: REPO, key: KEY, label: LABEL };

describe("drift issues", () => {
  it("opens an issue, updates it on the next drift, and closes it with a comment once drift is gone", async () => {
    const client = gh.client();
    const opened = await upsertDriftIssue(client, {
      ...where,
      title: "Drift in tcp-alpha",
      body: "2 pools drifted",
    });
    const updated = await upsertDriftIssue(client, {
      ...where,
      title: "Drift in tcp-alpha",
      body: "3 pools drifted",
    });
    const again = await upsertDriftIssue(client, {
      ...where,
      title: "Drift in tcp-alpha",
      body: "3 pools drifted",
    });

    expect(opened.action).toBe("created");
    expect(updated).toEqual({ action: "updated", issue: opened.issue });
    expect(again).toEqual({ action: "unchanged", issue: opened.issue });
    const repo = gh.server.github.repo(OWNER, REPO);
    const issue = repo?.issues.get(opened.issue.number);
    expect(issue).toMatchObject({
      state: "open",
      labels: [LABEL],
      body: formatDriftIssueBody(KEY, "3 pools drifted"),
    });
    expect(gh.server.requestsFor("issues/create")).toHaveLength(1);
    expect(gh.server.requestsFor("issues/update")).toHaveLength(1);

    const closed = await closeDriftIssue(client, { ...where, comment: "No drift since run 42." });

    expect(closed).toEqual({ action: "closed", issues: [opened.issue] });
    expect(issue).toMatchObject({ state: "closed", stateReason: "completed" });
    expect(gh.server.github.commentsOn(OWNER, REPO, opened.issue.number).map((c) => c.body)).toEqual([
      "No drift since run 42.",
    ]);
    await expect(closeDriftIssue(client, { ...where, comment: "x" })).resolves.toEqual({ action: "none" });
    const reopened = await upsertDriftIssue(client, { ...where, title: "Drift in tcp-alpha", body: "again" });
    expect(reopened.action).toBe("created");
    expect(reopened.issue.number).not.toBe(opened.issue.number);
  });

  it("keeps one issue per control plane, and skips pull requests and other people's issues with the label", async () => {
    const github = gh.server.github;
    const repo = github.repo(OWNER, REPO);
    if (!repo) throw new Error("no repo");
    github.addPullRequest(OWNER, REPO, { labels: [LABEL] });
    github.addIssue(repo, { title: "Drift?", body: "I think tcp-alpha drifted", labels: [LABEL] });
    const client = gh.client();

    const alpha = await upsertDriftIssue(client, { ...where, title: "Drift in tcp-alpha", body: "a" });
    const charlie = await upsertDriftIssue(client, {
      ...where,
      key: "kamaji-tenant/tcp-charlie",
      title: "Drift in tcp-charlie",
      body: "c",
    });
    const alphaAgain = await upsertDriftIssue(client, { ...where, title: "Drift in tcp-alpha", body: "a2" });

    expect([alpha.action, charlie.action, alphaAgain.action]).toEqual(["created", "created", "updated"]);
    expect(alphaAgain.issue).toEqual(alpha.issue);
    expect(charlie.issue.number).not.toBe(alpha.issue.number);
    const listed = new URL(gh.server.requestsFor("issues/list-for-repo")[0]?.url ?? "", "http://x")
      .searchParams;
    expect(Object.fromEntries(listed)).toEqual({
      labels: LABEL,
      state: "open",
      sort: "created",
      direction: "asc",
      per_page: "100",
    });
    expect(readDriftIssueKey(repo.issues.get(charlie.issue.number)?.body ?? "")).toBe(
      "kamaji-tenant/tcp-charlie",
    );
  });
});
