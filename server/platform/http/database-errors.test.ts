import { describe, expect, it } from 'vitest';
import { databaseErrorResponse } from './database-errors.js';

describe('databaseErrorResponse', () => {
  it('turns a unique violation into 409 naming the typed column, not the scope', () => {
    const pg = {
      code: '23505',
      constraint: 'enforcement_fees_district_code_uq',
      detail: 'Key (district_id, fee_code)=(6b0…, F-01) already exists.',
    };
    const wrapped = { message: 'Failed query: insert …', cause: pg };
    expect(databaseErrorResponse(wrapped)).toEqual({
      status: 409,
      code: 'CONFLICT',
      message: expect.stringContaining('已存在'),
      fields: [{ path: 'body.feeCode', message: '已被使用，不能重复' }],
    });
  });

  it('asks for a retry on a serialization failure or a deadlock', () => {
    for (const code of ['40001', '40P01']) expect(databaseErrorResponse({ code })?.status).toBe(409);
  });

  it('answers 503 when the database is away', () => {
    expect(databaseErrorResponse({ code: 'ECONNREFUSED' })?.status).toBe(503);
    expect(databaseErrorResponse({ code: '57P01' })?.code).toBe('DATABASE_UNAVAILABLE');
    expect(databaseErrorResponse(new Error('Connection terminated unexpectedly'))?.status).toBe(503);
  });

  it('leaves other errors to the generic handler', () => {
    expect(databaseErrorResponse(new TypeError('x is undefined'))).toBeNull();
    expect(databaseErrorResponse({ code: '42P01' })).toBeNull();
  });
});
