export { MemberCodeScreen } from './member-code-screen'
