#!/usr/bin/env node
// The `lantang` command. It runs the TypeScript sources through tsx, so it is always the code of this
// checkout, without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
