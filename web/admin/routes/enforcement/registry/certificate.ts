import type { CertificateState } from '../../../../../common/contracts/enforcement/registry.js';

/** A certificate within this many days of its end shows as 即将到期 (the reminders use the same window). */
export const EXPIRING_WITHIN_DAYS = 30;

/** The tag an officer's certificate gets in the list: red when expired, orange when expiring, none when valid. */
export function certificateTag(state: CertificateState): { color: string; key: string } | null {
  if (state === 'expired') return { color: 'red', key: 'expired' };
  if (state === 'expiring') return { color: 'orange', key: 'expiring' };
  return null;
}
