import { describe, expect, it } from "vitest";
import { withFields } from "./with-fields.js";

describe("withFields", () => {
  it("makes what a spread makes: the base's fields in their order, replaced in place, then the new ones", () => {
    const base = { categories: ["a"], subject: null as string | null, aspects: ["method"] };
    const made = withFields(base, { aspects: [] as string[], history: ["q"] });
    const spread = { ...base, aspects: [] as string[], history: ["q"] };
    expect(made).toEqual(spread);
    expect(Object.keys(made)).toEqual(Object.keys(spread));
    expect(JSON.stringify(made)).toBe(JSON.stringify(spread));
  });

  it("leaves the base as it was and keeps a field set to undefined", () => {
    const base = { kind: "turn", supposes: false };
    const made = withFields(base, { supposes: true, focus: undefined });
    expect(base).toEqual({ kind: "turn", supposes: false });
    expect(made).toEqual({ kind: "turn", supposes: true, focus: undefined });
    expect("focus" in made).toBe(true);
  });
});
