export * from './level-gifts'
