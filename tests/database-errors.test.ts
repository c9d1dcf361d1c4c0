import { databaseProblem } from "../src/database-errors";

/** TypeORM's way of saying a write's connection died under it, whichever of its classes says it. */
function typeormError(name: string): Error {
  const error = new Error("Database connection provided by a query runner was already released");
  error.name = name;
  return error;
}

describe("database problems", () => {
  it.each(["QueryRunnerAlreadyReleasedError", "QueryRunnerProviderAlreadyReleasedError", "TransactionNotStartedError"])(
    "answers %s (a transaction whose connection died) as 503 DATABASE_UNAVAILABLE and marks the database away",
    (name) => {
      // given a write whose runner TypeORM released; when it is classified
      const marked: string[] = [];
      const problem = databaseProblem(typeormError(name), { markDown: (detail: string) => marked.push(detail) } as never);
      // then it is retryable unavailability, and the health probe is told
      expect(problem?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", reason: "DATABASE_UNAVAILABLE", retryable: true });
      expect(marked).toHaveLength(1);
    },
  );

  it("leaves an application error alone", () => {
    expect(databaseProblem(new TypeError("x is not a function"))).toBeUndefined();
  });
});
