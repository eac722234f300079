import type { FakeGitHub, FakeIssue, FakeRepo } from "./state.js";

/**
 * The REST operations the fake serves, by operationId. They run only after the request passed
 * the OpenAPI check, so parameters arrive typed (`issue_number` is a number) and bodies valid.
 */

export interface HandlerContext {
  github: FakeGitHub;
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  /** The absolute URL asked for, for pagination links. */
  url: URL;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

type Handler = (context: HandlerContext) => Answer;

/** GitHub's limit on comment and issue bodies, counted in characters. */
export const GITHUB_BODY_LIMIT = 65_536;
const DOCS = "https://docs.github.com/rest";

export const HANDLERS: Record<string, Handler> = {
  "issues/list-comments": (context) =>
    withIssue(context, (repo, issue) =>
      paginate(
        context,
        context.github
          .commentsOn(repo.owner, repo.name, issue.number)
          .map((c) => context.github.commentJson(c)),
      ),
    ),

  "issues/create-comment": (context) =>
    withIssue(context, (repo, issue) => {
      const { body } = context.body as { body: string };
      const tooLong = checkLength("IssueComment", body);
      if (tooLong) return tooLong;
      const comment = context.github.addComment(repo, issue.number, body);
      issue.updatedAt = comment.createdAt;
      return {
        status: 201,
        body: context.github.commentJson(comment),
        headers: { location: String(context.url) },
      };
    }),

  "issues/update-comment": (context) =>
    withRepo(context, (repo) => {
      const comment = context.github.comments.get(context.pathParams.comment_id as number);
      if (!comment || comment.owner !== repo.owner || comment.repo !== repo.name) return notFound();
      const { body } = context.body as { body: string };
      const tooLong = checkLength("IssueComment", body);
      if (tooLong) return tooLong;
      context.github.editComment(comment, body);
      return { status: 200, body: context.github.commentJson(comment) };
    }),

  "issues/list-for-repo": (context) =>
    withRepo(context, (repo) => {
      const state = (context.query.state as string | undefined) ?? "open";
      const wanted = String(context.query.labels ?? "")
        .split(",")
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean);
      const sort = (context.query.sort as string | undefined) ?? "created";
      const ascending = context.query.direction === "asc";
      const issues = [...repo.issues.values()]
        .filter((issue) => state === "all" || issue.state === state)
        .filter((issue) => wanted.every((name) => issue.labels.some((label) => label.toLowerCase() === name)))
        .sort((a, b) => {
          const order = sort === "updated" ? a.updatedAt.localeCompare(b.updatedAt) : a.number - b.number;
          return ascending ? order : -order;
        });
      return paginate(
        context,
        issues.map((issue) => context.github.issueJson(repo, issue)),
      );
    }),

  "issues/create": (context) =>
    withRepo(context, (repo) => {
      const body = context.body as { title: string | number; body?: string; labels?: unknown[] };
      const tooLong = checkLength("Issue", body.body);
      if (tooLong) return tooLong;
      const issue = context.github.addIssue(repo, {
        title: String(body.title),
        body: body.body ?? null,
        labels: labelNames(body.labels),
        user: context.github.tokenUser,
      });
      return { status: 201, body: context.github.issueJson(repo, issue) };
    }),

  "issues/update": (context) =>
    withIssue(context, (repo, issue) => {
      const body = (context.body ?? {}) as {
        title?: string | number | null;
        body?: string | null;
        state?: "open" | "closed";
        state_reason?: FakeIssue["stateReason"];
        labels?: unknown[];
      };
      const tooLong = checkLength("Issue", body.body ?? undefined);
      if (tooLong) return tooLong;
      const now = context.github.now();
      if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
      if (body.body !== undefined) issue.body = body.body;
      if (body.labels !== undefined) issue.labels = labelNames(body.labels);
      if (body.state !== undefined && body.state !== issue.state) {
        issue.state = body.state;
        issue.closedAt = body.state === "closed" ? now : null;
        issue.stateReason = body.state === "closed" ? (body.state_reason ?? "completed") : "reopened";
      }
      issue.updatedAt = now;
      for (const name of issue.labels) context.github.label(repo, name);
      return { status: 200, body: context.github.issueJson(repo, issue) };
    }),

  "issues/list-labels-on-issue": (context) =>
    withIssue(context, (repo, issue) =>
      paginate(
        context,
        issue.labels.map((name) => context.github.labelJson(repo, name)),
      ),
    ),

  "pulls/list": (context) =>
    withRepo(context, (repo) => {
      const state = String(context.query.state ?? "open");
      const pulls = [...repo.issues.values()]
        .filter((issue) => issue.pull !== undefined && (state === "all" || issue.state === state))
        .sort((a, b) => b.number - a.number)
        .map((issue) => context.github.pullSimpleJson(repo, issue));
      return paginate(context, pulls);
    }),

  "pulls/list-files": (context) =>
    withRepo(context, (repo) => {
      const issue = repo.issues.get(context.pathParams.pull_number as number);
      if (!issue?.pull) return notFound();
      return paginate(
        context,
        issue.pull.files.map((file) => context.github.diffEntryJson(repo, issue, file)),
      );
    }),

  "repos/list-pull-requests-associated-with-commit": (context) =>
    withRepo(context, (repo) => {
      const numbers = repo.commits.get(String(context.pathParams.commit_sha)) ?? [];
      const pulls = numbers
        .map((number) => repo.issues.get(number))
        .filter((issue): issue is FakeIssue => issue?.pull !== undefined)
        .map((issue) => context.github.pullSimpleJson(repo, issue));
      return paginate(context, pulls);
    }),
};

export function notFound(): Answer {
  return { status: 404, body: { message: "Not Found", documentation_url: DOCS, status: "404" } };
}

/** GitHub's answer to a body over the limit, as it sends it. */
export function bodyTooLong(resource = "IssueComment"): Answer {
  return {
    status: 422,
    body: {
      message: "Validation Failed",
      errors: [
        {
          resource,
          code: "custom",
          field: "body",
          message: `body is too long (maximum is ${GITHUB_BODY_LIMIT} characters)`,
        },
      ],
      documentation_url: `${DOCS}/issues/comments#create-an-issue-comment`,
      status: "422",
    },
  };
}

function checkLength(resource: string, body: string | undefined): Answer | undefined {
  // GitHub counts characters (code points), not UTF-16 units.
  return body !== undefined && [...body].length > GITHUB_BODY_LIMIT ? bodyTooLong(resource) : undefined;
}

function withRepo(context: HandlerContext, handle: (repo: FakeRepo) => Answer): Answer {
  const repo = context.github.repo(String(context.pathParams.owner), String(context.pathParams.repo));
  return repo ? handle(repo) : notFound();
}

function withIssue(context: HandlerContext, handle: (repo: FakeRepo, issue: FakeIssue) => Answer): Answer {
  return withRepo(context, (repo) => {
    const issue = repo.issues.get(context.pathParams.issue_number as number);
    return issue ? handle(repo, issue) : notFound();
  });
}

function labelNames(labels: unknown[] | undefined): string[] {
  return (labels ?? []).map((label) =>
    typeof label === "string" ? label : String((label as { name?: unknown }).name ?? ""),
  );
}

/** One page of `items`, with the `Link` header GitHub sends (per_page at most 100). */
function paginate(context: HandlerContext, items: unknown[]): Answer {
  const perPage = Math.min(Math.max(Number(context.query.per_page ?? 30), 1), 100);
  const page = Math.max(Number(context.query.page ?? 1), 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const url = new URL(context.url);
    url.searchParams.set("page", String(n));
    return `<${url}>; rel="${rel}"`;
  };
  const links = [
    ...(page > 1 ? [link(page - 1, "prev"), link(1, "first")] : []),
    ...(page < last ? [link(page + 1, "next"), link(last, "last")] : []),
  ];
  return {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(", ") } : {},
  };
}
