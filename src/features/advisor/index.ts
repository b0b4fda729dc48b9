export { AdvisorCard } from './advisor-card'
export { AdvisorPanel } from './advisor-panel'
