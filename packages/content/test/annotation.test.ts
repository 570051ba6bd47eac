// Validation problems as GitHub Actions annotations: the command's shape and its escapes.
import { describe, expect, it } from "vitest";
import { githubAnnotation, type ValidationIssue, validateFiles, validationReport } from "../src/load/index.ts";

const issue: ValidationIssue = {
  file: "data/therapies/a,b:c.yaml",
  line: 3,
  col: 9,
  field: "indications[0].stage",
  message: 'value 100% "bad"\nsecond line\r',
  fix: "allowed: a, b",
};

describe("githubAnnotation", () => {
  it("writes ::error with file, line, col and the field as its title", () => {
    expect(githubAnnotation({ ...issue, file: "data/x.yaml", message: "m", fix: undefined }, "pkg/data/x.yaml")).toBe(
      "::error file=pkg/data/x.yaml,line=3,col=9,title=indications[0].stage::m",
    );
  });

  it("escapes %, CR and LF in the message, and also : and , in properties", () => {
    expect(githubAnnotation(issue, "p/data/therapies/a,b:c.yaml")).toBe(
      "::error file=p/data/therapies/a%2Cb%3Ac.yaml,line=3,col=9,title=indications[0].stage::" +
        'value 100%25 "bad"%0Asecond line%0D (allowed: a, b)',
    );
    expect(githubAnnotation({ ...issue, field: "a:b,c" }, "f")).toContain(",title=a%3Ab%2Cc::");
  });
});

describe("validationReport in github format", () => {
  const broken = validateFiles([
    { collection: "countries", file: "data/countries/zz.yaml", stem: "zz", text: "id: zz\n" },
  ]);

  it("names each file from the repository root and keeps the summary", () => {
    const report = validationReport(broken, { format: "github", fileRoot: "packages\\content\\" });
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    for (const line of report.problems)
      expect(line).toMatch(/^::error file=packages\/content\/data\/countries\/zz\.yaml,line=\d+,col=\d+,title=/);
    expect(report.summary).toBe(`✗ ${report.problems.length} problem(s) in 1 file(s)`);
  });

  it("is the text report unless asked", () => {
    const text = validationReport(broken);
    expect(text.problems[0]).toMatch(/^data\/countries\/zz\.yaml:\d+:\d+ {2}/);
    expect(validationReport(broken, { format: "github" }).problems[0]).toMatch(
      /^::error file=data\/countries\/zz\.yaml,/,
    );
  });
});
