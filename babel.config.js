// babel-preset-taro for the Taro builds; jest reuses it so tests compile the same TSX.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
}
