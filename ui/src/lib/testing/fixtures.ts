// Test data shaped exactly like the back end's answers (typed by the generated bindings).
import type { Feature, Repository } from "../ipc";

export function feature(number: string, slug: string, documents: string[] = ["plan.md"]): Feature {
  const dirName = `${number}-${slug}`;
  return {
    number,
    slug,
    numbering: "sequential",
    dirName,
    group: null,
    relPath: `specs/${dirName}`,
    documents: documents.map((name) => ({
      kind: name === "plan.md" ? "plan" : name === "spec.md" ? "spec" : "other",
      relPath: `specs/${dirName}/${name}`,
      name,
    })),
  };
}

export function repository(root: string, features: Feature[]): Repository {
  const config = { file: null, rules: {}, ignore: [], roots: [], template: null, error: null, summary: "" };
  return { root, specsDirs: [{ relPath: "specs", features, others: [] }], config };
}
