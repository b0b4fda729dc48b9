import type { LevelCode } from '@/domain/levels'
// JSON, so the build config can read it too: config/boot-shell-card.ts paints the member card in
// the HTML shell with these colours, and the card looks the same before and after the app runs.
import themes from './level-theme.json'

/**
 * Each level's card colours. White text (also at the card's faintest opacity, 0.75 for the
 * levels not yet reached) and the accent stay at least 4.5:1 over both stops: test/unit/contrast.test.ts.
 */
export const LEVEL_THEME: Record<LevelCode, { from: string; to: string; accent: string }> = themes
