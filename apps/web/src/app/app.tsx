import { PersistQueryClientProvider } from "@tanstack/react-query-persist-client";
import { useState } from "react";
import { BrowserRouter } from "react-router";
import { initNetworkStatus } from "../lib/network-status.ts";
import { createAppQueryClient, createPersistOptions } from "../lib/query-client.ts";
import { AuthProvider } from "./auth-provider.tsx";
import { ErrorBoundary } from "./error-boundary.tsx";
import { AppRoutes } from "./router.tsx";

let networkStatusStarted = false;

export function App() {
  const [queryClient] = useState(createAppQueryClient);
  const [persistOptions] = useState(() => createPersistOptions(queryClient));
  if (!networkStatusStarted) {
    networkStatusStarted = true;
    initNetworkStatus();
  }
  return (
    <ErrorBoundary>
      <PersistQueryClientProvider client={queryClient} persistOptions={persistOptions}>
        <BrowserRouter>
          <AuthProvider>
            <AppRoutes />
          </AuthProvider>
        </BrowserRouter>
      </PersistQueryClientProvider>
    </ErrorBoundary>
  );
}
