// Entry point: mount the app into #app. The marks time start-up (tests/e2e/figures.rs).
performance.mark("specdesk:script");
import "./app.css";
import { mount } from "svelte";
import App from "./App.svelte";

const target = document.getElementById("app");
if (!target) throw new Error("index.html has no #app element");

const app = mount(App, { target });
performance.mark("specdesk:mounted");
export default app;
