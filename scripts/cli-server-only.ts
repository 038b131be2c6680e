// Loaded first by scripts/cli.ts. The server functions start with `import "server-only"`, which throws
// outside React Server Components; the command line is a trusted server-side process, so the marker
// module is replaced by an empty one in the require cache before any of them is loaded.
import Module from "node:module";

const localRequire = Module.createRequire(__filename);
const resolved = localRequire.resolve("server-only");
localRequire.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports: {} } as unknown as NodeJS.Module;
