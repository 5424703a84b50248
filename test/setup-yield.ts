// Give each test worker's event loop a turn after every test. The worker answers the test runner
// over IPC with a fixed 60 s timeout; a file of synchronous tests (spawnSync, heavy regex checks)
// never yields between its tests, so on a loaded machine the runner's reply sits unread past that
// timeout and the run fails with "Timeout calling onTaskUpdate" although every test passed.
import { setImmediate } from 'node:timers';
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
