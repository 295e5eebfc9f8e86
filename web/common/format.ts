/** An instant as China time, "YYYY-MM-DD HH:mm" — the one format every history list uses, in any locale. */
export function formatChinaTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
