import { describe, expect, it } from "vitest";
import { closestIds } from "./suggest.ts";

const ids = ["nurown", "ne", "ae", "jo", "ir", "kfshrc-car-t", "royan-car-t", "nct03280056"];

describe("closestIds", () => {
  it("finds typos, transpositions and partial ids", () => {
    expect(closestIds("nurwon", ids)).toEqual(["nurown"]);
    expect(closestIds("NurOwn", ids)).toEqual(["nurown"]);
    expect(closestIds("nct0328005", ids)).toEqual(["nct03280056"]);
    expect(closestIds("kfshrc", ids)).toEqual(["kfshrc-car-t"]);
    expect(closestIds("ix", ids)).toContain("ir");
  });

  it("offers nothing for a word that is close to no id", () => {
    expect(closestIds("nope", ids)).toEqual([]);
    expect(closestIds("zzzzzzzz", ids)).toEqual([]);
  });

  it("puts the nearest first and stops at the maximum", () => {
    expect(closestIds("car-t", ids, 1)).toHaveLength(1);
    expect(closestIds("royan-car", ids)[0]).toBe("royan-car-t");
  });
});
