import { it } from 'vitest';
import { checkFixture, checkCorpus } from './helpers/check-fixture.js';
