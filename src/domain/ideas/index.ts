export * from './ideas'
