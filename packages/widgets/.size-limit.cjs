// Size budgets (brotli) for the one-tag CDN files: Lit + the widget's SDK slice + English.
// Other locales are separate chunks loaded on demand and are not counted here.
module.exports = [
  { name: 'bare Lit element (baseline)', path: '.baseline/bare-lit.js', brotli: true, limit: '10 KB' },
  { name: '<mr-wage-calculator> CDN file', path: 'dist/cdn/wage-calculator.js', brotli: true, limit: '25 KB' },
];
