import { fixedBackend } from '../test-support/call'
import { describeIdentityThrough, headersFor, type Send } from '../test-support/identity-scenario'
import { loadIdentityFormRoutes } from './identity-form-routes'
import { createInProcessTransport } from './transport'

// As the sign-in, join and profile-edit pages do when they load.
loadIdentityFormRoutes()

describeIdentityThrough('the weapp in-process transport', (): Send => {
  const transport = createInProcessTransport(fixedBackend())
  return async (method, path, opts = {}) => {
    const res = await transport({ url: `/api/v1${path}`, method, header: headersFor(opts), data: opts.body })
    return { status: res.statusCode, body: res.data }
  }
})
