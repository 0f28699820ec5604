/** Pages shown without the app's header: the volunteer's tally page (every pixel for the buttons) and the projected dashboard. */
export function isFieldBarePath(path: string): boolean {
  return /^\/f(\/[^/]*)?\/?$/.test(path) || /^\/field\/(join\/[^/]+|[^/]+\/live)\/?$/.test(path);
}
