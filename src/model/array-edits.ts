/**
 * In-place edits of the model's ordered lists (the dispatch queue, a site's unreported
 * incidents), done once or more per incident. Unlike `splice`, they allocate nothing (`splice`
 * returns a new array of what it removed), and they keep the order of the other items, which
 * decides who is served and noticed first.
 */

/**
 * Removes the item at `index`, moving the later items down one place.
 *
 * @example
 * ```ts
 * const list = ['a', 'b', 'c'];
 * removeAt(list, 1); // list is ['a', 'c']
 * ```
 * @throws RangeError when `index` is not an index of the list.
 */
export function removeAt<T>(list: T[], index: number): void {
  if (!(index >= 0 && index < list.length)) {
    throw new RangeError(`removeAt: index ${index} is outside a list of ${list.length}`);
  }
  for (let i = index + 1; i < list.length; i++) list[i - 1] = list[i]!;
  // pop, not `length--`: setting an array's length is a call into the engine's slow path.
  list.pop();
}

/**
 * Inserts `item` at `index` (0 to the list's length), moving the later items up one place.
 *
 * @example
 * ```ts
 * const list = ['a', 'c'];
 * insertAt(list, 1, 'b'); // list is ['a', 'b', 'c']
 * ```
 * @throws RangeError when `index` is outside 0 to the list's length.
 */
export function insertAt<T>(list: T[], index: number, item: T): void {
  if (!(index >= 0 && index <= list.length)) {
    throw new RangeError(`insertAt: index ${index} is outside 0 to ${list.length}`);
  }
  list.push(item);
  for (let i = list.length - 1; i > index; i--) list[i] = list[i - 1]!;
  list[index] = item;
}
