// One API process as production runs it (createApp + Socket.IO on the PostgreSQL adapter), on
// a free port or PORT: for the cross-process live test and the fault tests. The benchmarks use
// tests/bench/support/bench-api-process.ts, the same process with their baselines beside it.
import { runLiveApiChild } from "./live-api-child.ts";

await runLiveApiChild();
