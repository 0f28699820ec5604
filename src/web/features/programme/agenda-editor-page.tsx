export function AgendaEditorPage() {
  return null;
}
