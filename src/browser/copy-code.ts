/**
 * The copy buttons of code blocks. The build writes each button hidden, in a header bar that
 * already has room for it, so revealing it here moves nothing on the page. Plain DOM, no
 * framework: it runs after every route change and must not add a second listener to a button.
 */

const READY = "data-copy-ready";
const STATUS_ID = "code-copy-status";
/** How long the button says "Copied" before it reads "Copy" again. */
const CONFIRMATION_MS = 2000;

/** The code as the author wrote it: each line element holds its own line end. */
export function codeText(block: Element): string {
  return block.querySelector("pre code")?.textContent ?? "";
}

/** The page's one polite live region for copy results, made on first use. */
function statusRegion(document: Document): HTMLElement {
  const existing = document.getElementById(STATUS_ID);
  if (existing) return existing;
  const region = document.createElement("div");
  region.id = STATUS_ID;
  region.className = "visually-hidden";
  region.setAttribute("role", "status");
  region.setAttribute("aria-live", "polite");
  document.body.append(region);
  return region;
}

/**
 * Says `message` through the live region. It is emptied first and filled on the next task, so
 * that the same message twice in a row is announced twice.
 */
function announce(document: Document, message: string): void {
  const region = statusRegion(document);
  region.textContent = "";
  document.defaultView?.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

async function writeToClipboard(document: Document, text: string): Promise<boolean> {
  const clipboard = document.defaultView?.navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== "function") return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    // Refused (no permission, or the page is not in a secure context).
    return false;
  }
}

/** Selects the code, so that a reader can copy it with the keyboard when scripts cannot. */
function selectCode(document: Document, block: Element): void {
  const code = block.querySelector("pre code");
  const selection = document.getSelection();
  if (!code || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(code);
  selection.removeAllRanges();
  selection.addRange(range);
}

async function copyBlock(document: Document, block: Element, button: HTMLButtonElement) {
  const copied = await writeToClipboard(document, codeText(block));
  if (!copied) {
    selectCode(document, block);
    announce(
      document,
      button.dataset.failedLabel ?? "Copying is not available; the code is selected",
    );
    return;
  }
  const copiedLabel = button.dataset.copiedLabel ?? "Copied";
  announce(document, copiedLabel);
  const original = button.dataset.label ?? button.textContent ?? "";
  button.dataset.label = original;
  button.textContent = copiedLabel;
  const view = document.defaultView;
  if (view) {
    view.clearTimeout(Number(button.dataset.resetTimer));
    button.dataset.resetTimer = String(
      view.setTimeout(() => {
        button.textContent = original;
      }, CONFIRMATION_MS),
    );
  }
}

/** Reveals and wires every copy button in `document` that is not wired yet. */
export function setupCopyCode(document: Document): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>(".code-block .code-copy")) {
    if (button.hasAttribute(READY)) continue;
    const block = button.closest(".code-block");
    if (!block) continue;
    button.setAttribute(READY, "");
    button.addEventListener("click", () => void copyBlock(document, block, button));
    button.hidden = false;
  }
}
