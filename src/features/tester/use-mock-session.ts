import { useSyncExternalStore } from 'react'
import { getPersona, getScenario, onMockSessionChange, type ScenarioSpec } from '@/services/mock-session'

export const DEFAULT_PERSONA = 'active'

/** The persona and scenario the fake backend plays now, re-rendering when a tester changes them. */
export function useMockSession(): { persona: string; scenario: ScenarioSpec | null } {
  const persona = useSyncExternalStore(onMockSessionChange, () => getPersona() ?? DEFAULT_PERSONA)
  const scenario = useSyncExternalStore(onMockSessionChange, getScenario)
  return { persona, scenario }
}
