import type { CompositionInput } from "./compose-types.js";

/**
 * Whether every category answered is detailed, not the first few: asked for a list ("哪些金融类目有注意事项"), to set
 * the last answer out again ("list them"), of each of a group ("金融类目的资质分别是几选一"), which of them is easiest
 * ("这几个里哪个最简单"), which of them have a row ("哪些要注意事项的" after a group's list), or a row of those just shown
 * pointed at together ("这几个分别要几个证", "它们的资质呢").
 */
export function detailsEveryOne(input: Pick<CompositionInput, "aspects" | "understanding">): boolean {
  const { understanding } = input;
  const whichHaveRow = understanding.asksWhichOnes && input.aspects.some((aspect) => aspect !== "method" && aspect !== "choose" && aspect !== "compare");
  return input.aspects.includes("list") || understanding.asksAgain || understanding.asksEachOfGroup || understanding.asksEase || whichHaveRow || understanding.pointsAtSeveral;
}
