import { createBackend, type Backend } from './backend'

/** The one backend of this runtime (jest process, H5 page or weapp), shared by its adapters. */
let shared: Backend | null = null

export function getSharedBackend(): Backend {
  shared ??= createBackend()
  return shared
}

/** Tests start clean: members reseeded on next use, clock back to real time. */
export function resetSharedBackend(): Backend {
  getSharedBackend().resetAll()
  return getSharedBackend()
}
