/**
 * `compute`, worked out once per object and kept while that object lives. For what is derived
 * from records that never change during a check (rosters, indexes, lookups): callers must change
 * neither the object nor the result.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  // Boxed, so that an undefined result is remembered too.
  const known = new WeakMap<K, { value: V }>();
  return (key) => {
    const hit = known.get(key);
    if (hit) return hit.value;
    const value = compute(key);
    known.set(key, { value });
    return value;
  };
}
