// Taro builds compile with babel-preset-taro. jest runs on Node directly, so it gets presets
// for the current Node (which also lowers the ESM-only pieces of msw in node_modules).
module.exports = (api) => {
  const isTest = api.env('test')
  if (isTest) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
    }
  }
  return { presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]] }
}
