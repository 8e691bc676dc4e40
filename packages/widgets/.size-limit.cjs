// Size budgets (brotli) for the one-tag CDN files: Lit + the widget's SDK slice + English.
// Other locales are separate chunks loaded on demand and are not counted here.
// These budgets hold today's sizes so nothing grows unnoticed; the release target is 25 KB per
// widget (issue 8), which needs the SDK's legal data split per country and loaded on demand.
const widget = (name, limit) => ({ name: `<mr-${name}> CDN file`, path: `dist/cdn/${name}.js`, brotli: true, limit });
module.exports = [
  { name: 'bare Lit element (baseline)', path: '.baseline/bare-lit.js', brotli: true, limit: '9 KB' },
  widget('wage-calculator', '50 KB'),
  widget('complaint-pathway', '60 KB'),
  widget('fee-checker', '58 KB'),
  widget('forced-labour-screen', '36 KB'),
  widget('social-protection', '47 KB'),
  widget('frameworks-explorer', '43 KB'),
  widget('case-form', '46 KB'),
  widget('case-stats', '46 KB'),
  widget('quick-exit', '13 KB'),
];
