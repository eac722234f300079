import { describe, expect, it } from "vitest";
import { COMMENT_EDITORS_QUERY } from "../../src/github/comment-edits.js";
import { MINIMIZE_OUTDATED_MUTATION } from "../../src/github/minimize-comment.js";
import { HANDLERS } from "../support/github-server/handlers.js";
import { OCTOCAT } from "../support/github-server/index.js";
import { OWNER, REPO, TOKEN, useGitHubServer } from "./helpers.js";

/**
 * The test server's self-test: the OpenAPI checker catches what it must, and the fake's answers
 * are shaped as the spec says. Without this, a passing client test could be a lenient fake.
 */

const gh = useGitHubServer();

async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${gh.server.url}${path}`, {
    method,
    headers: { authorization: `token ${TOKEN}`, "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  };
}

function seedPull(): number {
  return gh.server.github.addPullRequest(OWNER, REPO).number;
}

describe("the OpenAPI checker", () => {
  it("rejects a path GitHub does not have with 501", async () => {
    const answer = await send("GET", "/repos/octo/fleet/isues/1/comments");
    expect(answer.status).toBe(501);
    expect(gh.server.takeViolations()).toEqual([
      "GET /repos/octo/fleet/isues/1/comments: no path in GitHub's OpenAPI description matches /repos/octo/fleet/isues/1/comments",
    ]);
  });

  it("rejects a method the path does not have with 501", async () => {
    const answer = await send("PUT", "/repos/octo/fleet/issues/1/comments", { body: "x" });
    expect(answer.status).toBe(501);
    expect(gh.server.takeViolations()).toEqual([
      "PUT /repos/octo/fleet/issues/1/comments: /repos/{owner}/{repo}/issues/{issue_number}/comments has no PUT (it has GET, POST)",
    ]);
  });

  it.each([
    [{ bdy: "x" }, "body: must have required property 'body'"],
    [{ body: 5 }, "body/body: must be string"],
    [5, "body: must be object"],
    ["{not json", "request body is not JSON"],
  ])("rejects the comment body %j with 400 and nothing is stored", async (body, problem) => {
    const pullNumber = seedPull();
    const answer = await send("POST", `/repos/octo/fleet/issues/${pullNumber}/comments`, body);
    expect(answer.status).toBe(400);
    const violations = gh.server.takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain(
      `POST /repos/octo/fleet/issues/${pullNumber}/comments (issues/create-comment): ${problem}`,
    );
    expect(gh.server.github.commentsOn(OWNER, REPO, pullNumber)).toEqual([]);
  });

  it("rejects a missing body, a wrong content type and a body where none belongs", async () => {
    await send("POST", "/repos/octo/fleet/issues/1/comments");
    await send("POST", "/repos/octo/fleet/issues/1/comments", "body=x", {
      "content-type": "application/x-www-form-urlencoded",
    });
    await send("DELETE", "/repos/octo/fleet/issues/comments/1", { body: "x" });
    expect(gh.server.takeViolations()).toEqual([
      "POST /repos/octo/fleet/issues/1/comments (issues/create-comment): request body is required",
      "POST /repos/octo/fleet/issues/1/comments (issues/create-comment): request body is sent as application/x-www-form-urlencoded, not application/json",
      "DELETE /repos/octo/fleet/issues/comments/1 (issues/delete-comment): issues/delete-comment takes no request body, got 12 bytes",
    ]);
  });

  it("rejects unknown query parameters and values of the wrong type", async () => {
    const answers = [
      await send("GET", "/repos/octo/fleet/issues/1/comments?perpage=100"),
      await send("GET", "/repos/octo/fleet/issues/1/comments?per_page=lots"),
      await send("GET", "/repos/octo/fleet/issues/one/comments"),
      await send("GET", "/repos/octo/fleet/issues?state=opened"),
    ];
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400]);
    expect(gh.server.takeViolations()).toEqual([
      "GET /repos/octo/fleet/issues/1/comments?perpage=100 (issues/list-comments): query parameter perpage is not one of since, per_page, page",
      'GET /repos/octo/fleet/issues/1/comments?per_page=lots (issues/list-comments): query parameter per_page="lots": must be integer',
      'GET /repos/octo/fleet/issues/one/comments (issues/list-comments): path parameter issue_number="one": must be integer',
      'GET /repos/octo/fleet/issues?state=opened (issues/list-for-repo): query parameter state="opened": must be equal to one of the allowed values (["open","closed","all"])',
    ]);
  });

  it("rejects a request without a token", async () => {
    const response = await fetch(`${gh.server.url}/repos/octo/fleet/issues`);
    expect(response.status).toBe(401);
    expect(gh.server.takeViolations()).toEqual([
      "GET /repos/octo/fleet/issues: no Authorization header with a token",
    ]);
  });

  it("accepts OpenAPI 3.0 nullable fields, with and without a type", async () => {
    const { number } = gh.server.github.addIssue(gh.server.github.addRepo(OWNER, REPO), { title: "t" });
    // state_reason is `type: string, enum, nullable`; milestone is `oneOf` + nullable, no type.
    const answer = await send("PATCH", `/repos/octo/fleet/issues/${number}`, {
      state: "closed",
      state_reason: null,
      milestone: null,
      assignee: null,
    });
    expect(answer.status).toBe(200);
    await send("PATCH", `/repos/octo/fleet/issues/${number}`, { state_reason: "finished" });
    expect(gh.server.takeViolations()).toEqual([
      `PATCH /repos/octo/fleet/issues/${number} (issues/update): body/state_reason: must be equal to one of the allowed values (["completed","not_planned","duplicate","reopened",null])`,
    ]);
  });

  it("prefers a literal path segment to a parameter", () => {
    const match = gh.server.spec.match("PATCH", "/repos/octo/fleet/issues/comments/12");
    expect(match.ok && [match.operation.operationId, match.pathParams]).toEqual([
      "issues/update-comment",
      { owner: "octo", repo: "fleet", comment_id: "12" },
    ]);
    const commit = gh.server.spec.match("GET", `/repos/octo/fleet/commits/${"a".repeat(40)}/pulls`);
    expect(commit.ok && commit.operation.operationId).toBe("repos/list-pull-requests-associated-with-commit");
  });
});

describe("the GraphQL endpoint", () => {
  async function graphql(query: string, variables: Record<string, unknown>) {
    return send("POST", "/graphql", { query, variables });
  }

  it("minimizes a comment as OUTDATED with the mutation the client sends", async () => {
    const pullNumber = seedPull();
    const repo = gh.server.github.addRepo(OWNER, REPO);
    const comment = gh.server.github.addComment(repo, pullNumber, "old plan");
    const answer = await graphql(MINIMIZE_OUTDATED_MUTATION, { subjectId: comment.nodeId });
    expect(answer).toMatchObject({
      status: 200,
      body: {
        data: { minimizeComment: { minimizedComment: { isMinimized: true, minimizedReason: "outdated" } } },
      },
    });
    expect(comment.minimized).toBe("OUTDATED");
  });

  it("answers an unknown node id with GitHub's NOT_FOUND error", async () => {
    const answer = await graphql(MINIMIZE_OUTDATED_MUTATION, { subjectId: "IC_nope" });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toEqual([expect.objectContaining({ type: "NOT_FOUND" })]);
  });

  it("catches another mutation, another classifier, an unknown field and an undeclared variable", async () => {
    const repo = gh.server.github.addRepo(OWNER, REPO);
    const comment = gh.server.github.addComment(repo, seedPull(), "old plan");
    const id = comment.nodeId;
    const answers = [
      await graphql("mutation($id: ID!) { deleteIssueComment(input: {id: $id}) { clientMutationId } }", {
        id,
      }),
      await graphql(MINIMIZE_OUTDATED_MUTATION.replace("OUTDATED", "SPAM"), { subjectId: id }),
      await graphql(MINIMIZE_OUTDATED_MUTATION.replace("isMinimized", "isHidden"), { subjectId: id }),
      await graphql(MINIMIZE_OUTDATED_MUTATION.replace("($subjectId: ID!)", ""), { subjectId: id }),
      await graphql(MINIMIZE_OUTDATED_MUTATION.replace("classifier: OUTDATED", "classifier: OUTDATE"), {
        subjectId: id,
      }),
      await graphql("query { viewer { login } }", {}),
    ];
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect(gh.server.takeViolations()).toEqual([
      "POST /graphql: only a single minimizeComment is served in a mutation, got deleteIssueComment",
      "POST /graphql: classifier SPAM, we only ever mean OUTDATED",
      "POST /graphql: minimizedComment has no field isHidden here",
      "POST /graphql: variable $subjectId is not declared",
      "POST /graphql: $subjectId is not declared",
      "POST /graphql: $subjectId is declared undefined, not ID!",
      'POST /graphql: classifier "OUTDATE" is not one of SPAM,ABUSE,OFF_TOPIC,OUTDATED,DUPLICATE,RESOLVED,LOW_QUALITY',
      "POST /graphql: only a single node is served in a query, got viewer",
    ]);
    expect(comment.minimized).toBeUndefined();
  });
});

describe("the GraphQL node query for a comment's editors", () => {
  async function graphql(query: string, variables: Record<string, unknown>) {
    return send("POST", "/graphql", { query, variables });
  }

  function seedComment() {
    const repo = gh.server.github.addRepo(OWNER, REPO);
    return gh.server.github.addComment(repo, seedPull(), "plan");
  }

  it("answers only the selected fields, with null editors and no edits for a comment never edited", async () => {
    const comment = seedComment();
    const answer = await graphql(
      `query($id: ID!) { node(id: $id) { ... on IssueComment {
        lastEditedAt who: editor { login } userContentEdits(first: 100) { totalCount nodes { editor { login } } }
      } } }`,
      { id: comment.nodeId },
    );
    expect(answer).toEqual({
      status: 200,
      body: {
        data: { node: { lastEditedAt: null, who: null, userContentEdits: { totalCount: 0, nodes: [] } } },
      },
      headers: expect.anything(),
    });
  });

  it("lists edits newest first, the creation included, with a bot's login as GraphQL spells it", async () => {
    const github = gh.server.github;
    const comment = seedComment();
    github.editComment(comment, "plan 2");
    github.editComment(comment, "forged", OCTOCAT);
    github.editComment(comment, "by a deleted account", null);
    const answer = await graphql(COMMENT_EDITORS_QUERY, { id: comment.nodeId });
    const editor = (login: string, type: string) => ({ __typename: type, login });
    expect(answer.body).toEqual({
      data: {
        node: {
          __typename: "IssueComment",
          lastEditedAt: comment.updatedAt,
          editor: null,
          userContentEdits: {
            totalCount: 4,
            nodes: [
              { editor: null },
              { editor: editor("octocat", "User") },
              { editor: editor("github-actions", "Bot") },
              { editor: editor("github-actions", "Bot") },
            ],
          },
        },
      },
    });
  });

  it("answers an unknown node id with GitHub's NOT_FOUND error", async () => {
    const answer = await graphql(COMMENT_EDITORS_QUERY, { id: "IC_nope" });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      data: { node: null },
      errors: [{ type: "NOT_FOUND", path: ["node"] }],
    });
  });

  it("catches a misspelt field, an unserved type condition, bad variables and a bad page size", async () => {
    const comment = seedComment();
    const id = comment.nodeId;
    const answers = [
      await graphql(COMMENT_EDITORS_QUERY.replace("lastEditedAt", "lastEdited"), { id }),
      await graphql(COMMENT_EDITORS_QUERY.replace("nodes { editor", "nodes { edtor"), { id }),
      await graphql(COMMENT_EDITORS_QUERY.replace("on IssueComment", "on PullRequest"), { id }),
      await graphql(COMMENT_EDITORS_QUERY.replace("($id: ID!)", ""), { id }),
      await graphql(COMMENT_EDITORS_QUERY.replace("($id: ID!)", "($id: ID!, $n: Int)"), { id }),
      await graphql(COMMENT_EDITORS_QUERY.replace("($id: ID!)", "($id: String!)"), { id }),
      await graphql(COMMENT_EDITORS_QUERY.replace("first: 100", "first: 101"), { id }),
      await graphql(COMMENT_EDITORS_QUERY.replace("(first: 100)", ""), { id }),
      await graphql("query($id: ID!) { node(id: $id) { editor { login } } }", { id }),
      await graphql("query($id: ID!) { node(id: $id) { ...Edits } }", { id }),
    ];
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(400));
    expect(gh.server.takeViolations()).toEqual([
      "POST /graphql: IssueComment has no field lastEdited here (served: __typename, id, editor, lastEditedAt, includesCreatedEdit, userContentEdits)",
      "POST /graphql: UserContentEdit has no field edtor here (served: __typename, editedAt, editor)",
      "POST /graphql: ... on PullRequest is not served in Node (only on IssueComment)",
      "POST /graphql: variable $id is not declared",
      "POST /graphql: $id is declared undefined, not ID!",
      "POST /graphql: $id is not declared",
      "POST /graphql: $n is declared but not used",
      "POST /graphql: $id is declared String!, not ID!",
      "POST /graphql: userContentEdits(first: 101) is not an integer from 1 to 100",
      "POST /graphql: userContentEdits needs exactly one of first and last",
      "POST /graphql: Node has no field editor here (served: __typename, id)",
      "POST /graphql: query does not parse: only inline fragments (... on Type) are supported",
    ]);
  });
});

describe("the fake's answers", () => {
  it("match GitHub's response schemas for every operation it serves", async () => {
    const github = gh.server.github;
    const repo = github.addRepo(OWNER, REPO);
    const pull = github.addPullRequest(OWNER, REPO, { labels: ["a"], mergeCommitSha: "c".repeat(40) });
    const comment = github.addComment(repo, pull.number, "hi", OCTOCAT);
    const answers = [
      await send("GET", `/repos/octo/fleet/issues/${pull.number}/comments`),
      await send("POST", `/repos/octo/fleet/issues/${pull.number}/comments`, { body: "x" }),
      await send("PATCH", `/repos/octo/fleet/issues/comments/${comment.id}`, { body: "y" }),
      await send("GET", "/repos/octo/fleet/issues?state=all&labels=a"),
      await send("POST", "/repos/octo/fleet/issues", { title: "Drift", body: "b", labels: ["drift"] }),
      await send("PATCH", `/repos/octo/fleet/issues/${pull.number + 1}`, {
        state: "closed",
        state_reason: "completed",
      }),
      await send("GET", `/repos/octo/fleet/issues/${pull.number}/labels`),
      await send("GET", `/repos/octo/fleet/commits/${"c".repeat(40)}/pulls`),
    ];
    // An open pull request after the issue above, so that its number stays pull.number + 1.
    const open = github.addPullRequest(OWNER, REPO, { files: ["pools/a.yaml"] });
    answers.push(
      await send("GET", "/repos/octo/fleet/pulls?state=open&sort=updated&direction=desc&per_page=100"),
      await send("GET", `/repos/octo/fleet/pulls/${open.number}/files?per_page=100`),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 201, 200, 200, 201, 200, 200, 200, 200, 200]);
    expect(((answers[9]?.body ?? []) as unknown as { filename: string }[]).map((f) => f.filename)).toEqual([
      "pools/a.yaml",
    ]);
    // Every operation in HANDLERS was exercised, and each answer was validated by the server.
    expect(new Set(gh.server.requests.map((r) => r.operationId))).toEqual(new Set(Object.keys(HANDLERS)));
    expect(gh.server.violations).toEqual([]);
  });

  it("would notice a wrongly shaped answer", () => {
    const schema = gh.server.spec.operation("issues/create-comment").responses.get("201");
    if (!schema) throw new Error("no 201 schema");
    const problems = gh.server.spec.validate("self-test:201", schema, { id: "12", body: 5 }, "answer");
    expect(problems).toEqual(
      expect.arrayContaining([
        "answer: must have required property 'node_id'",
        "answer/id: must be integer",
        "answer/body: must be string",
      ]),
    );
  });

  it("paginates with GitHub's Link header", async () => {
    const pullNumber = seedPull();
    const repo = gh.server.github.addRepo(OWNER, REPO);
    for (let i = 0; i < 5; i++) gh.server.github.addComment(repo, pullNumber, `c${i}`);
    const page2 = await send("GET", `/repos/octo/fleet/issues/${pullNumber}/comments?per_page=2&page=2`);
    expect((page2.body as unknown as unknown[]).length).toBe(2);
    const link = page2.headers.get("link") ?? "";
    expect(link.split(", ").map((part) => part.replace(/^<[^?]*\?/, "<"))).toEqual([
      '<per_page=2&page=1>; rel="prev"',
      '<per_page=2&page=1>; rel="first"',
      '<per_page=2&page=3>; rel="next"',
      '<per_page=2&page=3>; rel="last"',
    ]);
  });

  it("refuses a comment over 65,536 characters itself, as GitHub does", async () => {
    const pullNumber = seedPull();
    const answer = await send("POST", `/repos/octo/fleet/issues/${pullNumber}/comments`, {
      body: "é".repeat(65_537),
    });
    expect(answer.status).toBe(422);
    expect(JSON.stringify(answer.body)).toContain("body is too long (maximum is 65536 characters)");
  });
});
