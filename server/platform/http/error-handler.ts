import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../errors.js';
import { CalendarYearNotLoadedError } from '../../../common/calendar/index.js';
import { databaseErrorResponse } from './database-errors.js';

interface ErrorBody {
  error: { code: string; message: string; fields?: FieldError[]; rows?: unknown[]; requestId?: string };
}

const PART_LABEL: Record<string, string> = {
  body: '请求体',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

function validationFields(
  error: FastifyError & { validation: { instancePath: string; message?: string }[] },
) {
  const part = error.validationContext ?? 'body';
  return error.validation.map((v) => ({
    path: [part, ...v.instancePath.split('/').filter(Boolean)].join('.'),
    message: v.message ?? '格式不正确',
  }));
}

/** Maps every failure to `{ error: { code, message, fields? } }` with a stable code; never leaks a stack. */
export function toErrorResponse(
  error: unknown,
  request: FastifyRequest,
): { status: number; body: ErrorBody } {
  // A strict-calendar count outside the procedure runner (which turns it into a blocked gate): same code.
  if (error instanceof CalendarYearNotLoadedError) {
    return { status: 409, body: { error: { code: error.code, message: error.message } } };
  }
  if (error instanceof AppError) {
    const rows = error.details?.rows as unknown[] | undefined;
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, fields: error.fields, rows } },
    };
  }
  const e = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(e)) {
    const fields = validationFields(e);
    const where = PART_LABEL[e.validationContext ?? 'body'] ?? '';
    return {
      status: 400,
      body: {
        error: {
          code: 'VALIDATION_FAILED',
          message: `${where}有误：${fields.map((f) => `${f.path} ${f.message}`).join('；')}`,
          fields,
        },
      },
    };
  }
  if (isResponseSerializationError(e)) {
    request.log.error({ err: e }, 'response did not match its schema');
    return internal(request);
  }
  if (
    e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    e instanceof SyntaxError
  ) {
    return { status: 400, body: { error: { code: 'MALFORMED_REQUEST', message: '请求体不是有效的 JSON' } } };
  }
  if (
    e.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
    e.code === 'FST_REQ_FILE_TOO_LARGE' ||
    e.statusCode === 413
  ) {
    return { status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' } } };
  }
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || e.statusCode === 415) {
    return { status: 415, body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的内容类型' } } };
  }
  if (e.statusCode === 429) {
    return { status: 429, body: { error: { code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' } } };
  }
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return {
      status: e.statusCode,
      body: { error: { code: 'MALFORMED_REQUEST', message: `请求有误：${e.message}` } },
    };
  }
  const database = databaseErrorResponse(error);
  if (database) {
    if (database.status === 503) request.log.error({ err: error }, 'database unavailable');
    const { status, ...rest } = database;
    return { status, body: { error: rest } };
  }
  request.log.error({ err: error }, 'unhandled error');
  return internal(request);
}

function internal(request: FastifyRequest) {
  return {
    status: 500,
    body: {
      error: {
        code: 'INTERNAL',
        message: `服务器内部错误（请求编号 ${request.id}）`,
        requestId: String(request.id),
      },
    },
  };
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const { status, body } = toErrorResponse(error, request);
  return reply.status(status).send(body);
}
