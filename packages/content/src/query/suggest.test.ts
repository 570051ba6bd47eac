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

describe("closestIds order and reach", () => {
  it("lists the nearest first, ties by id, whatever the order of the candidates", () => {
    // kfshrc-car-t contains the word (distance ½); kfshrc-cas is one edit away, kfshrc-cxx two.
    const candidates = ["kfshrc-cxx", "kfshrc-cas", "kfshrc-car-t"];
    expect(closestIds("kfshrc-car", candidates)).toEqual(["kfshrc-car-t", "kfshrc-cas", "kfshrc-cxx"]);
    expect(closestIds("kfshrc-car", [...candidates].reverse())).toEqual(["kfshrc-car-t", "kfshrc-cas", "kfshrc-cxx"]);
    expect(closestIds("ab", ["abd", "abc", "xab"])).toEqual(["abc", "abd", "xab"]);
    expect(closestIds("ab", ["xab", "abd", "abc"], 2)).toEqual(["abc", "abd"]);
  });

  it("allows about one edit in three of the longer of the two", () => {
    // Three characters inserted: three edits, a third of the nine of the id (two of the word's six).
    expect(closestIds("acmenk", ["acme-nk-1"])).toEqual(["acme-nk-1"]);
    // Four edits: too many for ten characters.
    expect(closestIds("acmenk", ["acme-nk-12"])).toEqual([]);
    expect(closestIds("acmenk", ["a-cme-nk-1"])).toEqual([]);
  });
});
