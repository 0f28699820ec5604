import { execSync } from 'node:child_process';

/** The journeys run against the production build, as a user gets it from `npm start`. */
export default function setup() {
  execSync('npm run build', { stdio: 'inherit' });
}
