import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/svelte";
import { messageParts, slot } from "./messageParts";
import { setLocale } from "./i18n";
import EmptyState from "./components/EmptyState.svelte";

describe("messageParts", () => {
  it("cuts a formatted message at its elements, in the translation's order", () => {
    expect(messageParts(`${slot("b")} then ${slot("a")}.`)).toEqual([{ slot: "b" }, { text: " then " }, { slot: "a" }, { text: "." }]);
    expect(messageParts("no elements")).toEqual([{ text: "no elements" }]);
  });
});

describe("messages with elements inside", () => {
  afterEach(async () => {
    cleanup();
    await setLocale("en");
  });

  it("keeps file names as code wherever the language puts them", async () => {
    await setLocale("ko");
    render(EmptyState, { root: "/home/ana/photo-app", oncreate: async () => {} });
    expect(screen.getByRole("heading").textContent).toBe("photo-app에 아직 사양이 없습니다");
    const codes = [...screen.getByTestId("empty-state").querySelectorAll("code")].map((c) => c.textContent);
    expect(codes).toEqual([
      "specs/",
      "specs/001-photo-albums/",
      "plan.md",
      "spec.md",
      "tasks.md",
      ".specify/templates/plan-template.md",
      "specs/001-…/plan.md",
    ]);
    expect(screen.getByTestId("empty-state").querySelector("strong")?.textContent).toBe("spec-kit");
    expect(screen.getByLabelText("기능 제목").getAttribute("placeholder")).toBe("예: 사진 앨범");
  });
});
