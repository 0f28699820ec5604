export function CodesPrintPage() {
  return null;
}
