import { describe, expect, it } from 'vitest';
import { certificateTag } from './certificate.js';

describe('certificateTag', () => {
  it('is red when expired, orange when expiring, none when valid', () => {
    expect(certificateTag('expired')).toEqual({ color: 'red', key: 'expired' });
    expect(certificateTag('expiring')).toEqual({ color: 'orange', key: 'expiring' });
    expect(certificateTag('valid')).toBeNull();
  });
});
