export function OrganisationsPage() {
  return null;
}
