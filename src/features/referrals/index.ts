export { ReferralsScreen } from './referrals-screen'
