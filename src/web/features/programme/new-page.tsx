export function NewProgrammePage() {
  return null;
}
