/** Renders a component that is loaded on demand (keeps the first verdict's bundle small). */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function Lazy<P extends object>(props: { load: () => Promise<ComponentType<P>>; props: P; fallback: string }) {
  const [Component, setComponent] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once on mount (callers pass a new function on every render)
  useEffect(() => {
    let alive = true;
    props.load().then(
      (c) => alive && setComponent(() => c),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, []);
  if (failed) return <p role="alert">{props.fallback}</p>;
  if (!Component) return <p aria-busy="true">…</p>;
  return <Component {...props.props} />;
}
