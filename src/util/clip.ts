/**
 * A value cut for a message: at most `max` characters, then « … (N) » with its real length, so a
 * 5 MB id is never echoed whole. Clipping a clipped value changes nothing: the validation clips
 * what it reports, and the data tools clip again what they print.
 */
export function clip(value: string, max = 60): string {
  const done = /… \((\d+)\)$/.exec(value);
  if (done && value.length - done[0].length === max - 1 && Number(done[1]) > max) return value;
  return value.length > max ? `${value.slice(0, max - 1)}… (${value.length})` : value;
}
