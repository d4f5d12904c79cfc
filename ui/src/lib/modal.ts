// Every modal dialog of the app opens and closes the same way: `use:modal` on its <dialog>
// shows it modally (the focus moves into it, the rest of the window is inert), and when the
// dialog goes away the focus goes back to where it was before (WCAG 2.4.3), if that element is
// still there; the caller may move it elsewhere afterwards (e.g. to a document it opened).

export function modal(dialog: HTMLDialogElement): { destroy(): void } {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  if (!dialog.open) dialog.showModal();
  return {
    destroy() {
      if (opener?.isConnected && !dialog.contains(opener)) opener.focus();
    },
  };
}
