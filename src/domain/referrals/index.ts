export * from './referrals'
