// An AuthoringIpc for tests: every command fails with "not used" unless `overrides` gives it
// (git status answers "no git" by default).
import type { AuthoringIpc } from "../authoringIpc";

export function fakeAuthoringIpc(overrides: Partial<AuthoringIpc> = {}): AuthoringIpc {
  const unused = () => Promise.reject(new Error("not used"));
  return {
    previewNewFeature: unused,
    createNewFeature: unused,
    documentPlaceholders: unused,
    searchSpecs: unused,
    gitStatus: async () => null,
    ...overrides,
  };
}
