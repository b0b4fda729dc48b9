export { SignInScreen } from './sign-in-screen'
export { ProgrammeScreen } from './programme-screen'
export { JoinScreen } from './join-screen'
export { ProfileEditScreen } from './profile-edit-screen'
export { ProfileIdentityActions } from './profile-actions'
export { HomeGate } from './home-gate'
export { signInSilently, startSession } from './session-boot'
export { signOut } from './sign-out'
// identity.scss is imported by each screen, not here: package.json marks only stylesheets as
// side effects, so webpack skips this barrel's own imports and a style imported here never loads.
