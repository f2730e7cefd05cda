import { IsmsError } from "../error.js";

/**
 * The element at `index` of an array (or typed array), checked: where the code knows an index
 * is in range (a loop bound, a position found by `findIndex`, a graph's offsets) this states
 * it instead of an `as T` cast, and throws when the knowledge was wrong rather than letting
 * an `undefined` travel on. Unlike `Array.prototype.at`, a negative index does not count from
 * the end: it is out of range.
 *
 * An index out of range is a programmer error, never an input problem; public functions trust
 * the types they document, so it means an argument broke what its type promises (a matrix
 * with fewer rows than its scale has levels, say): `IsmsError` `invalid_argument`, which a
 * public function's `argumentError` guard passes on unchanged.
 *
 * @throws IsmsError `invalid_argument` when `index` is not an integer in `0 … length - 1`
 */
export function at<T>(items: ArrayLike<T>, index: number): T {
  if (!(index >= 0 && index < items.length && Number.isInteger(index))) {
    throw new IsmsError("invalid_argument", `Index ${index} is out of range for a list of ${items.length}; an argument does not have the shape its type promises.`);
  }
  return items[index] as T;
}
