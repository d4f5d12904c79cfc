import { describe, expect, it } from "vitest";
import { modal } from "./modal";

describe("modal", () => {
  it("opens the dialog and gives the focus back to the element that had it", () => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    const opener = document.createElement("button");
    document.body.append(opener);
    opener.focus();
    const dialog = document.createElement("dialog");
    const field = document.createElement("input");
    dialog.append(field);
    document.body.append(dialog);
    const action = modal(dialog);
    expect(dialog.open).toBe(true);
    field.focus();
    dialog.remove();
    action.destroy();
    expect(document.activeElement).toBe(opener);
  });

  it("leaves the focus alone when the opener is gone", () => {
    const opener = document.createElement("button");
    document.body.append(opener);
    opener.focus();
    const dialog = document.createElement("dialog");
    document.body.append(dialog);
    const action = modal(dialog);
    opener.remove();
    action.destroy();
    expect(document.activeElement).not.toBe(opener);
  });
});
