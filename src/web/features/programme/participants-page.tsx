export function ParticipantsPage() {
  return null;
}
