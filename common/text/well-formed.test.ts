import { describe, expect, it } from 'vitest';
import { wellFormed } from './well-formed.js';

describe('wellFormed', () => {
  it('replaces lone surrogates and keeps pairs', () => {
    expect(wellFormed('𠮷野家\ud800')).toBe('𠮷野家\ufffd');
    expect(wellFormed('\udc00a')).toBe('\ufffda');
    expect(wellFormed('a\ud842\udfb7b')).toBe('a𠮷b');
  });
});
