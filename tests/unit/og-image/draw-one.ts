// Draws one card in a fresh process and prints its PNG as base64, so a test can check that the
// output does not depend on what the process measured or cached before.
import { drawOgCard, type OgCardInput } from "../../../src/lib/og-image";

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? "null") as OgCardInput;
  process.stdout.write((await drawOgCard(input)).toString("base64"));
}

void main();
