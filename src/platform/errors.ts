/**
 * One error type for the whole app: a stable code (also the i18n key of its safe message),
 * an HTTP status, and an optional private cause that is logged but never shown.
 */
import type { ContentfulStatusCode } from "hono/utils/http-status";

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: ContentfulStatusCode,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(message ?? code, options);
  }
}

export const notFound = () => new AppError("not_found", 404);
