/**
 * `base` with `fields` set on top, as a new object: what `{ ...base, ...fields }` means, for fields `base` may not have.
 *
 * Why not the spread: on Node 20 (V8 11), an object made by a spread cannot share its hidden class once a field is
 * added after the spread — a thousand `{ ...base, added }` get a thousand hidden classes (`Object.assign` gets one).
 * Every later read of their fields then misses V8's inline caches and takes the slow lookup. Spreads that only
 * replace fields `base` already has share their class and need no helper.
 */
export function withFields<Base extends object, Fields extends object>(base: Base, fields: Fields): Omit<Base, keyof Fields> & Fields {
  return Object.assign({}, base, fields);
}
