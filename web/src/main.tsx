import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app.tsx";
import "./styles/main.scss";

const container = document.getElementById("root");
if (!container) throw new Error("The page has no #root element.");

document.body.classList.add("govuk-frontend-supported", "js-enabled");

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
