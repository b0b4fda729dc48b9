export { SignInScreen } from './sign-in-screen'
export { ProgrammeScreen } from './programme-screen'
export { JoinScreen } from './join-screen'
export { ProfileEditScreen } from './profile-edit-screen'
export { ProfileIdentityActions } from './profile-actions'
export { HomeGate } from './home-gate'
export { signInSilently, startSession } from './session-boot'
// Last, so every chunk orders these styles after the shared components' and growth's.
import './identity.scss'
