#!/usr/bin/env node
// Starts the showcase: Storybook (every widget, state, locale, LTR/RTL) and the demo partner page.
import { spawn } from 'node:child_process';

const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const run = (args) => spawn('pnpm', args, { stdio: 'inherit', env });
const children = [
  run(['--filter', '@migrant-rights/demo', 'run', 'build']),
];
children[0].on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  children.push(run(['--filter', '@migrant-rights/demo', 'run', 'serve']));
  children.push(run(['--filter', '@migrant-rights/storybook', 'run', 'dev']));
  console.log('\nStorybook: http://localhost:6006   Demo page: http://127.0.0.1:8080\n');
});
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
