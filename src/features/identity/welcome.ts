import { readStored, removeStored, writeStored } from '@/services/storage'

const WELCOME_KEY = 'identity.welcome'
const isTrue = (d: unknown): d is true => d === true

/** The home greets a new member once, right after joining. */
export function markWelcomePending(): void {
  writeStored(WELCOME_KEY, 1, true)
}

export function takeWelcome(): boolean {
  const pending = readStored(WELCOME_KEY, 1, isTrue) === true
  if (pending) removeStored(WELCOME_KEY)
  return pending
}
