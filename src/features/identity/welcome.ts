import { readMember, removeMember, writeMember } from '@/services/member-storage'

const WELCOME_KEY = 'identity.welcome'
const isTrue = (d: unknown): d is true => d === true

/** The home greets a new member once, right after joining. */
export function markWelcomePending(): void {
  writeMember(WELCOME_KEY, 1, true)
}

export function takeWelcome(): boolean {
  const pending = readMember(WELCOME_KEY, 1, isTrue) === true
  if (pending) removeMember(WELCOME_KEY)
  return pending
}
