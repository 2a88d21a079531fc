/** Media queries in component tests see this width until the test ends (test/setup.tsx). */
export function setViewportWidth(width: number): void {
  (globalThis as { gqtViewportWidth?: number }).gqtViewportWidth = width;
}
