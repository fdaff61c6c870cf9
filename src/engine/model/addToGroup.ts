/** Adds an item to its key's list, starting the list on the key's first item. */
export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, item: V): void {
  const list = groups.get(key);
  if (list) list.push(item);
  else groups.set(key, [item]);
}
