// Runs before every test file (vitest `setupFiles`): the file's temporary folders go when it ends.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.js';

afterAll(() => removeTempDirs());
