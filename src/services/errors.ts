/** What went wrong, in terms the UI can act on: retry a network error, report a contract one. */
export type ApiErrorKind = 'network' | 'timeout' | 'server' | 'client' | 'contract'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status?: number
  readonly code?: string

  constructor(kind: ApiErrorKind, message: string, opts: { status?: number; code?: string } = {}) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.status = opts.status
    this.code = opts.code
  }

  /** Worth trying again without changing anything. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'server' && (this.status ?? 500) >= 500)
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

/** A Chinese sentence for a member, never a stack trace or an HTTP code alone. */
export function describeError(e: unknown): string {
  if (!isApiError(e)) return '出了点问题，请稍后重试'
  switch (e.kind) {
    case 'network':
      return '网络连接不可用，请检查网络后重试'
    case 'timeout':
      return '网络较慢，请求超时了，请重试'
    case 'contract':
      return '服务返回的数据异常，已停止显示以免误导，请稍后重试'
    case 'server':
      return e.status === 503 ? '服务暂时不可用，请稍后重试' : e.message || '服务出错了，请稍后重试'
    case 'client':
      return e.message || '请求未被接受'
  }
}
