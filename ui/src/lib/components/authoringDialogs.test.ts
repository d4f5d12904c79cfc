import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import NewFeatureDialog from "./NewFeatureDialog.svelte";
import SearchPanel from "./SearchPanel.svelte";
import { CommandError } from "../ipc";
import type { FeaturePreview, SearchResults } from "../authoringIpc";
import { fakeAuthoringIpc } from "../testing/authoringFixtures";

beforeAll(() => {
  // jsdom may lack modal dialogs: opening one only needs `open` here.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  Element.prototype.scrollIntoView ??= () => {};
});

const span = (line: number) => ({
  start: 0,
  end: 0,
  line,
  column: 1,
  columnUtf16: 1,
  endLine: line,
  endColumn: 1,
  endColumnUtf16: 1,
});


const preview = (title: string): FeaturePreview => ({
  dirName: `002-${title.toLowerCase().replace(/\s+/g, "-")}`,
  relPath: `specs/002-${title.toLowerCase().replace(/\s+/g, "-")}`,
  specsDir: "specs",
  createsSpecsDir: false,
  hasSpecTemplate: true,
  hasTasksTemplate: false,
  sameSlug: null,
});

describe("NewFeatureDialog", () => {
  afterEach(cleanup);

  it("shows the folder the back end computes and offers only the templates that exist", async () => {
    const ipc = fakeAuthoringIpc({ previewNewFeature: async (title) => preview(title) });
    render(NewFeatureDialog, { ipc, initialTitle: "Photo albums", oncreated: () => {}, oncancel: () => {} });
    await waitFor(() => expect(screen.getByTestId("new-feature-path").textContent).toBe("specs/002-photo-albums/"));
    expect(screen.getByTestId("new-feature-spec")).toBeTruthy();
    expect(screen.queryByTestId("new-feature-tasks")).toBeNull();
  });

  it("creates with the fields and reports a clash in the dialog", async () => {
    const createNewFeature = vi.fn().mockRejectedValueOnce(
      new CommandError({ code: "alreadyExists", message: "specs/002-photo-albums: already exists", path: null }),
    );
    const oncreated = vi.fn();
    const ipc = fakeAuthoringIpc({ previewNewFeature: async (title) => preview(title), createNewFeature });
    render(NewFeatureDialog, { ipc, initialTitle: "Photo albums", oncreated, oncancel: () => {} });
    await waitFor(() => screen.getByTestId("new-feature-path"));
    await fireEvent.click(screen.getByTestId("new-feature-create"));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("already exists"));
    expect(createNewFeature).toHaveBeenCalledWith({ title: "Photo albums", shortName: null, withSpec: true, withTasks: false });
    expect(oncreated).not.toHaveBeenCalled();
  });
});

const RESULTS: SearchResults = {
  query: "albums",
  caseSensitive: false,
  documents: [
    {
      relPath: "specs/002-share/spec.md",
      featurePath: "specs/002-share",
      feature: "002-share",
      name: "spec.md",
      hits: [
        { span: span(3), before: "Share ", matched: "albums", after: " with family" },
        { span: span(9), before: "", matched: "Albums", after: " load fast" },
      ],
    },
  ],
  totalHits: 2,
  filesSearched: 4,
  filesSkipped: 1,
  truncated: false,
};

describe("SearchPanel", () => {
  afterEach(cleanup);

  it("groups hits by document with line numbers and the match highlighted; Enter opens the active hit", async () => {
    const searchSpecs = vi.fn(async () => RESULTS);
    const onpick = vi.fn();
    render(SearchPanel, { ipc: fakeAuthoringIpc({ searchSpecs }), onpick, onclose: () => {} });
    const input = screen.getByTestId("search-input");
    await fireEvent.input(input, { target: { value: "albums" } });
    await waitFor(() => expect(screen.getAllByTestId("search-hit")).toHaveLength(2));
    expect(searchSpecs).toHaveBeenLastCalledWith("albums", false);
    const hits = screen.getAllByTestId("search-hit");
    expect(hits[0].textContent?.replace(/\s+/g, " ").trim()).toBe("3 Share albums with family");
    expect(hits[1].querySelector("mark")?.textContent).toBe("Albums");
    expect(screen.getByTestId("search-summary").textContent).toContain("2 matches in 1 document · 1 unreadable file skipped");
    await fireEvent.keyDown(input, { key: "ArrowDown" });
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(onpick).toHaveBeenCalledWith(RESULTS.documents[0], RESULTS.documents[0].hits[1]);
  });
});
