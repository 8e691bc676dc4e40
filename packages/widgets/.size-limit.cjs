// Size budgets (brotli) for the one-tag CDN files: Lit + the widget's SDK slice + English.
// Other locales are separate chunks loaded on demand and are not counted here.
// These budgets hold today's sizes so nothing grows unnoticed. The release target is 25 KB per
// widget (issue 8); README "Size" explains what each file is made of and what is left to reach it.
const widget = (name, limit) => ({ name: `<mr-${name}> CDN file`, path: `dist/cdn/${name}.js`, brotli: true, limit });
module.exports = [
  { name: 'bare Lit element (baseline)', path: '.baseline/bare-lit.js', brotli: true, limit: '6 KB' },
  widget('wage-calculator', '44 KB'),
  widget('complaint-pathway', '49 KB'),
  widget('fee-checker', '54 KB'),
  widget('forced-labour-screen', '25 KB'),
  widget('social-protection', '37 KB'),
  widget('frameworks-explorer', '33 KB'),
  widget('case-form', '43 KB'),
  widget('case-stats', '40 KB'),
  widget('quick-exit', '9.5 KB'),
  { name: 'autoloader (finds mr-* tags, imports only their files)', path: 'dist/cdn/autoloader.js', brotli: true, limit: '1 KB' },
];
