// Entry point: mount the app into #app. The marks time start-up (tests/e2e/figures.rs).
performance.mark("specdesk:script");
import "./app.css";
import { mount } from "svelte";
import App from "./App.svelte";
import { startLocale } from "./lib/i18n";

const target = document.getElementById("app");
if (!target) throw new Error("index.html has no #app element");

// The first paint is in the user's language: load it before mounting.
await startLocale().catch((error: unknown) => console.error("language:", error));
const app = mount(App, { target });
performance.mark("specdesk:mounted");
export default app;
