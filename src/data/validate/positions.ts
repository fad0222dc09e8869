/** Where each kept entry stood in its file, so later messages name the right position. */
export const positions = new WeakMap<object, number>();
