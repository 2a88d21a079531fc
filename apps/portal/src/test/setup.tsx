import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// The viewport width media queries see: a desktop unless a test sets a phone's (test/viewport.ts).
const viewport = globalThis as { gqtViewportWidth?: number };
function matchesWidth(query: string): boolean {
  const viewportWidth = viewport.gqtViewportWidth ?? 1440;
  const min = /min-width:\s*(\d+)px/.exec(query);
  const max = /max-width:\s*(\d+)px/.exec(query);
  if (!min && !max) return false;
  return (!min || viewportWidth >= Number(min[1])) && (!max || viewportWidth <= Number(max[1]));
}

// jsdom lacks what antd's responsive components and ECharts expect from a browser.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: matchesWidth(query),
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }),
});
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;
// jsdom has no canvas: charts are stubbed in component tests.
vi.mock('../components/Chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

// Two shared cores: a page may take a few seconds to settle.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  viewport.gqtViewportWidth = undefined;
  sessionStorage.clear();
  localStorage.clear();
});
