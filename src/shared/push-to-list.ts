/** Appends a value to the list a map holds under a key, starting the list if there is none (a multimap's add). */
export function pushToList<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
