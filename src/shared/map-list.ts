/**
 * `items.map(transform)`, but the result is made the same way whether it is empty or not. V8 gives an empty
 * `map()` result the elements kind of small integers and a full one that of objects; a property read or a
 * builtin that later sees both kinds, once optimised for one, deoptimises ("wrong map") the first time the
 * other arrives. An array literal here is one allocation site: V8 starts each array from it in the most general
 * kind it has seen, so every result, empty or not, has one map. For the answer path's sometimes-empty lists.
 */
export function mapList<Item, Result>(items: readonly Item[], transform: (item: Item, index: number) => Result): Result[] {
  const results: Result[] = [];
  for (let index = 0; index < items.length; index += 1) results.push(transform(items[index]!, index));
  return results;
}
