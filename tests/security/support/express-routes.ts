// The routes Express actually dispatches, read from the app's router stack, so a handler
// added with router.get(...) instead of the registry cannot hide from the matrix.
interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** "METHOD /path" of every route handler below the app (paths relative to their router). */
export function listExpressRoutes(app: unknown): string[] {
  const out = new Set<string>();
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const path of ([] as string[]).concat(layer.route.path)) {
          for (const method of Object.keys(layer.route.methods)) if (method !== "_all") out.add(`${method.toUpperCase()} ${path}`);
        }
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  const router = (app as { router?: { stack?: Layer[] } }).router;
  if (!router?.stack?.length) throw new Error("Express router stack not found: did Express change how it keeps routes?");
  walk(router.stack);
  return [...out];
}
