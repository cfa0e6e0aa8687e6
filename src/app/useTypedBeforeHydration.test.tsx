// @vitest-environment jsdom
import { act, useState } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';

import { useTypedBeforeHydration } from './useTypedBeforeHydration';

/** A field and, beside it, what its state holds. */
function Echo() {
  const [text, setText] = useState('2');
  const field = useTypedBeforeHydration(text, setText);
  return (
    <>
      <input
        ref={field}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <output>{text}</output>
    </>
  );
}

// React warns of act() outside a test environment it knows.
(
  globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => act(() => root?.unmount()));

/** The prerendered Echo, its field typed into, then hydrated. */
async function hydrateTyped(typed: string | null) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Echo />);
  const input = container.querySelector('input')!;
  if (typed !== null) input.value = typed;
  await act(async () => {
    root = hydrateRoot(container, <Echo />);
  });
  return { input, output: container.querySelector('output')! };
}

describe('useTypedBeforeHydration', () => {
  it('hands what was typed before hydration to the state', async () => {
    const { input, output } = await hydrateTyped('5');

    expect(input.value).toBe('5');
    expect(output.textContent).toBe('5');
  });

  it('leaves the state alone when nothing was typed', async () => {
    const { input, output } = await hydrateTyped(null);

    expect(input.value).toBe('2');
    expect(output.textContent).toBe('2');
  });
});
