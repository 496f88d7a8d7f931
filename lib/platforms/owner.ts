/** Names compare without case, accents in decomposed form, or surrounding "@". */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().replace(/^@/, '').replace(/\s+/g, ' ').toLowerCase();
}

export function isOwnerName(name: string, ownerNames: readonly string[]): boolean {
  const n = normaliseName(name);
  return n.length > 0 && ownerNames.some((o) => normaliseName(o) === n);
}
