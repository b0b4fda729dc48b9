import { identityFormRoutes } from '../routes/identity-forms'
import { addInProcessRoutes } from './in-process-handling'

/**
 * Called by the sign-in, join and profile-edit pages (subpackages in the mini-programs), the only
 * ones that sign in by phone, join or change the profile: those endpoints join the in-process
 * backend then, not at launch.
 */
export function loadIdentityFormRoutes(): void {
  addInProcessRoutes(identityFormRoutes)
}
