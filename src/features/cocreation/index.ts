// TaskScreen first: its imports bring the shared state styles in before cocreation.scss, the
// order every page that uses this feature then agrees on (no conflicting CSS order warning).
export { TaskScreen } from './task-screen'
export { CocreationTasks } from './tasks-section'
export { RecordScreen } from './record-screen'
export { AdoptionCelebration } from './adoption-celebration'
export { useCocreationStore } from './cocreation-store'
