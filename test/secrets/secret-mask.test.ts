import { describe, expect, it } from "vitest";
import { closeDriftIssue, upsertDriftIssue } from "../../src/github/drift-issue.js";
import { minimizeComment } from "../../src/github/minimize-comment.js";
import { upsertPlanComment } from "../../src/github/plan-comment.js";
import { encodedForms, MASK, SecretMask } from "../../src/secrets/secret-mask.js";
import { OWNER, REPO, useGitHubServer } from "../github/helpers.js";

const gh = useGitHubServer();

describe("SecretMask", () => {
  it("masks a secret plain, URL-encoded, JSON-escaped and base64-encoded at any byte offset", () => {
    const secret = 'p@ss w0rd/"quoted"+more';
    const mask = new SecretMask();
    mask.add(secret);
    const inBase64 = (prefix: string) => Buffer.from(`${prefix}${secret}tail`).toString("base64");
    const text = [
      `plain ${secret}.`,
      `url ${encodeURIComponent(secret)}`,
      `json ${JSON.stringify({ password: secret })}`,
      `b64 ${Buffer.from(secret).toString("base64")}`,
      `b64url ${Buffer.from(secret).toString("base64url")}`,
      `offset0 ${inBase64("")}`,
      `offset1 ${inBase64("x")}`,
      `offset2 ${inBase64("xy")}`,
    ].join("\n");

    const masked = mask.apply(text);

    for (const form of encodedForms(secret)) expect(masked).not.toContain(form);
    expect(masked).toContain(`plain ${MASK}.`);
    expect(masked).toContain(`json {"password":"${MASK}"}`);
  });

  it("collects credentials from the environment by name, and skips values too short to mask", () => {
    const mask = new SecretMask();
    const names = mask.addFromEnv({
      VSPHERE_PASSWORD: "vsphere-secret-1",
      TF_VAR_proxmox_api_token: "root@pam!ci=0123456789abcdef",
      AWS_SECRET_ACCESS_KEY: "wJalrXUtnFEMI/K7MDENG/bPxRfiCY",
      PG_CONN_STR: "postgres://nodepool:db-pass-123@db:5432/states",
      GITHUB_TOKEN: "ghs_0123456789",
      SHORT_TOKEN: "abc",
      HOME: "/home/runner",
      AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE",
    });
    expect(names.sort()).toEqual(
      [
        "AWS_SECRET_ACCESS_KEY",
        "GITHUB_TOKEN",
        "PG_CONN_STR",
        "TF_VAR_proxmox_api_token",
        "VSPHERE_PASSWORD",
      ].sort(),
    );
    // The password inside the connection string is a secret of its own.
    expect(mask.values).toContain("db-pass-123");
    expect(mask.apply("password = db-pass-123; home /home/runner")).toBe("password = ***; home /home/runner");
  });

  it("masks a kubeconfig's token and client key, also line by line, but not its structure", () => {
    const key =
      "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIrYSSNQFaA2Hwf1duRSxKtLYX5CB04fSeQ6tF1aY/PuoAoGCCqGSM49\nAwEHoUQDQgAEPR3tU2Fta9ktY+6P9G4cWO+0kETA6SFs38GecTyudlHz6xvCdz8q\n-----END EC PRIVATE KEY-----";
    const kubeconfig = [
      "apiVersion: v1",
      "kind: Config",
      "users:",
      "- name: admin",
      "  user:",
      "    token: abcdef.0123456789abcdef",
      `    client-key-data: ${Buffer.from(key).toString("base64")}`,
    ].join("\n");
    const mask = new SecretMask();
    mask.addKubeconfig(kubeconfig);

    const plan = [
      "apiVersion: v1",
      '  + token = "abcdef.0123456789abcdef"',
      "  + key   = <<-EOT",
      "        MHcCAQEEIIrYSSNQFaA2Hwf1duRSxKtLYX5CB04fSeQ6tF1aY/PuoAoGCCqGSM49",
      "    EOT",
    ].join("\n");
    expect(mask.apply(plan)).toBe(
      ["apiVersion: v1", '  + token = "***"', "  + key   = <<-EOT", "        ***", "    EOT"].join("\n"),
    );
    expect(mask.apply(`x ${key} y`)).toBe("x *** y");
  });

  it("masks bootstrap tokens and private keys even when nobody registered them", () => {
    const mask = new SecretMask();
    expect(mask.apply("join --token 07401b.f395accd246ae52d --discovery")).toBe(
      "join --token *** --discovery",
    );
    expect(mask.apply("a\n-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\nb")).toBe(
      "a\n***\nb",
    );
  });

  it("replaces the longer of two overlapping secrets whole", () => {
    const mask = new SecretMask();
    mask.add("secret-one");
    mask.add("secret-one-two");
    expect(mask.apply("secret-one-two secret-one")).toBe("*** ***");
  });
});

describe("nothing unmasked leaves the client (canary)", () => {
  it("never sends a registered secret, in any form, in any request", async () => {
    const canaries = {
      JOIN_TOKEN: "q7k2vx.9m3n8b4c6d1f0g2h",
      VSPHERE_PASSWORD: "Canary-Vsphere-P4ss!",
      PG_CONN_STR: "postgres://states:Canary%2FPg%40pass@db.internal:5432/tf",
      KUBECONFIG_TOKEN: "canary-kube-token-0f9e8d7c6b5a",
    };
    const mask = new SecretMask();
    mask.addFromEnv({
      VSPHERE_PASSWORD: canaries.VSPHERE_PASSWORD,
      PG_CONN_STR: canaries.PG_CONN_STR,
    });
    mask.add(canaries.JOIN_TOKEN);
    mask.addKubeconfig(`users:\n- name: admin\n  user:\n    token: ${canaries.KUBECONFIG_TOKEN}\n`);
    const secrets = [...Object.values(canaries), "Canary/Pg@pass"];
    const planted = secrets
      .flatMap((s) => [
        s,
        Buffer.from(s).toString("base64"),
        encodeURIComponent(s),
        `x${Buffer.from(`ab${s}`).toString("base64")}`,
      ])
      .join("\n");

    const { github } = gh.server;
    const pullNumber = github.addPullRequest(OWNER, REPO).number;
    const client = gh.client({ mask });
    const base = { owner: OWNER, repo: REPO, pullNumber };
    const header = { key: "pools", sha: "s", status: "planned" as const, hashes: { p: canaries.JOIN_TOKEN } };
    await upsertPlanComment(client, { ...base, header, body: `plan\n${planted}`, mode: "update" });
    await upsertPlanComment(client, { ...base, header, body: `plan 2\n${planted}`, mode: "update" });
    await upsertPlanComment(client, { ...base, header, body: `plan 3\n${planted}`, mode: "new" });
    const drift = {
      owner: OWNER,
      repo: REPO,
      key: `tcp-${canaries.VSPHERE_PASSWORD}`,
      label: "nodepool/drift",
    };
    await upsertDriftIssue(client, { ...drift, title: `Drift ${canaries.JOIN_TOKEN}`, body: planted });
    expect(await closeDriftIssue(client, { ...drift, comment: `gone ${planted}` })).toMatchObject({
      action: "closed",
    });
    // A caller that forgot the mask and used Octokit directly is covered too, GraphQL included.
    await client.octokit.rest.issues.createComment({ ...base, issue_number: pullNumber, body: planted });
    const comment = github.commentsOn(OWNER, REPO, pullNumber)[0];
    await minimizeComment(client, comment?.nodeId ?? "", "collapse");
    await client.octokit.graphql(
      `mutation ($id: ID!, $note: String) {
        minimizeComment(input: { subjectId: $id, classifier: OUTDATED, clientMutationId: $note }) { clientMutationId }
      }`,
      { id: comment?.nodeId, note: planted },
    );

    const sent = gh.server.requests.map((r) => `${r.method} ${r.url}\n${r.body}`);
    // 15 and the GraphQL read of who edited the comment before its update.
    expect(gh.server.requests).toHaveLength(16);
    expect(gh.server.requests.filter((r) => r.body.includes(MASK))).not.toHaveLength(0);
    const leaks = secrets
      .flatMap((s) => encodedForms(s).map((form) => ({ secret: s, form })))
      .flatMap(({ secret, form }) =>
        sent
          .filter((request) => request.includes(form))
          .map((request) => `${secret} as ${form} in ${request.split("\n")[0]}`),
      );
    expect(leaks).toEqual([]);
  });
});
