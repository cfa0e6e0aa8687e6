// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { memoryStorage } from '../../testing/memoryStorage';
import { defaultFormValues } from '../calculator/formValues';
import { loadScenarioState } from './scenarioStore';
import { useScenarios } from './useScenarios';

afterEach(cleanup);

const values = defaultFormValues('ru');

describe('useScenarios', () => {
  it('stores nothing until the visitor changes something', () => {
    const storage = memoryStorage();

    const { result } = renderHook(() => useScenarios(undefined, storage, 'ru'));
    expect(storage.length).toBe(0);

    act(() => result.current.save('A', values));

    const stored = loadScenarioState(storage, 'ru');
    expect(stored.scenarios.map((s) => s.name)).toEqual(['A']);
    expect(stored.comparedId).toBe(stored.scenarios[0]!.id);
  });

  it('applies the actions of an earlier render to the latest list', () => {
    const storage = memoryStorage();
    const { result } = renderHook(() => useScenarios(undefined, storage, 'ru'));
    // A panel a render behind still holds the actions of the first one.
    const earlier = result.current;

    act(() => earlier.save('A', values));
    act(() => earlier.save('B', values));
    act(() => earlier.rename(result.current.scenarios[0]!.id, 'A1'));

    expect(result.current.scenarios.map((s) => s.name)).toEqual(['A1', 'B']);
    expect(earlier.save).toBe(result.current.save);
    expect(
      loadScenarioState(storage, 'ru').scenarios.map((s) => s.name),
    ).toEqual(['A1', 'B']);
  });

  it('brings back the last deleted scenario until the list changes', () => {
    const { result } = renderHook(() =>
      useScenarios(undefined, undefined, 'ru'),
    );
    act(() => result.current.save('A', values));
    act(() => result.current.save('B', values));
    const [a, b] = result.current.scenarios;

    // A deleted and brought back: first again, B still compared.
    act(() => result.current.remove(a!.id));
    act(() => result.current.undoRemove());
    expect(result.current.scenarios.map((s) => s.name)).toEqual(['A', 'B']);
    expect(result.current.compared?.id).toBe(b!.id);

    // Once the list has changed after a deletion, the undo does nothing.
    act(() => result.current.remove(b!.id));
    act(() => result.current.save('C', values));
    act(() => result.current.undoRemove());
    expect(result.current.scenarios.map((s) => s.name)).toEqual(['A', 'C']);
  });

  it('stays the same object while nothing it holds changes', () => {
    const { result, rerender } = renderHook(() =>
      useScenarios(undefined, undefined, 'ru'),
    );
    const first = result.current;

    rerender();

    expect(result.current).toBe(first);
  });
});
