import { describe, expect, it } from "vitest";
import { withNamesJoined } from "./joined-names.js";

const rules = {
  categories: [
    { id: "school-platform", secondary: "驾校平台" },
    { id: "school-training", secondary: "驾校培训" },
    { id: "online-courses", secondary: "在线视频课程" },
    { id: "institutions", secondary: "培训机构" },
  ],
} as never;

describe("two broad words that together make one category's name", () => {
  it("reads them as that category, in the order the question named them", () => {
    const school = { term: "驾校", candidates: ["school-platform", "school-training"] };
    const training = { term: "培训", candidates: ["online-courses", "institutions"] };
    expect(withNamesJoined([school, training], rules)).toEqual([{ term: "驾校", candidates: ["school-training"] }]);
    expect(withNamesJoined([training, school], rules)).toEqual([{ term: "驾校", candidates: ["school-training"] }]);
  });

  it("reads the broad word as said of a category named alone whose name holds it", () => {
    const oneSchool = { term: "一家驾校", candidates: ["school-training"] };
    const training = { term: "培训", candidates: ["online-courses", "institutions"] };
    expect(withNamesJoined([oneSchool, training], rules)).toEqual([oneSchool]);
  });

  it("leaves words alone when the other names a single category, or when no name holds it", () => {
    const school = { term: "驾校", candidates: ["school-platform", "school-training"] };
    const institution = { term: "培训机构", candidates: ["institutions"] };
    expect(withNamesJoined([school, institution], rules)).toEqual([school, institution]);
    const courses = { term: "课程", candidates: ["online-courses", "institutions"] };
    expect(withNamesJoined([school, courses], rules)).toEqual([school, courses]);
    // A group word whose categories include one named with the other word, but not with it: no one category is meant.
    const education = { term: "教育", candidates: ["school-platform", "school-training", "online-courses", "institutions"] };
    const training = { term: "培训", candidates: ["online-courses", "institutions"] };
    expect(withNamesJoined([education, training], rules)).toEqual([education, training]);
  });
});
