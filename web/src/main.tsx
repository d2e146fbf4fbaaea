import { hydrate } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import { createQueryClient } from "./lib/query-client.ts";
import { readServerState } from "./lib/server-state.ts";
import "./styles/main.scss";

const container = document.getElementById("root");
if (!container) throw new Error("The page has no #root element.");

document.body.classList.add("govuk-frontend-supported", "js-enabled");

// A public page comes rendered from the server with its data (docs/decisions/014): the app takes
// over that HTML with the same data, so nothing is fetched again or drawn twice. Other pages
// arrive empty and are rendered here.
const queryClient = createQueryClient();
const serverState = readServerState();
if (serverState) hydrate(queryClient, serverState.queries);

const app = (
  <StrictMode>
    <App queryClient={queryClient} notFoundPath={serverState?.notFoundPath ?? null} />
  </StrictMode>
);
if (container.firstElementChild) hydrateRoot(container, app);
else createRoot(container).render(app);
