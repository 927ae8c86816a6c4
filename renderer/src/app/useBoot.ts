/**
 * Loads what the UI needs before it can draw anything (app info, settings, the open course)
 * and keeps it current when another window opens or closes a course.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, CourseSnapshot, Settings } from '../../../electron/shared/model';
import { call, clientId, on } from '../api';

export type BootState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; info: AppInfo; settings: Settings; project: CourseSnapshot | null };

async function fetchBootState(): Promise<BootState> {
  try {
    const [info, settings, project] = await Promise.all([
      call('app.info', {}),
      call('settings.get', {}),
      call('project.current', {}),
    ]);
    return { status: 'ready', info, settings, project };
  } catch (error) {
    return { status: 'failed', error };
  }
}

export function useBoot() {
  const [state, setState] = useState<BootState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void fetchBootState().then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, []);

  const load = useCallback(() => {
    setState({ status: 'loading' });
    void fetchBootState().then(setState);
  }, []);

  /** Re-reads the open course and settings (the recent list changes when a course opens). */
  const refreshProject = useCallback(async () => {
    const [settings, project] = await Promise.all([
      call('settings.get', {}),
      call('project.current', {}),
    ]);
    setState((current) =>
      current.status === 'ready' ? { ...current, settings, project } : current,
    );
  }, []);

  useEffect(
    () =>
      on('project.changed', (change) => {
        if (change.origin === clientId) return;
        if (change.reason === 'opened' || change.reason === 'closed')
          void refreshProject().catch(() => undefined);
      }),
    [refreshProject],
  );

  const setProject = useCallback((project: CourseSnapshot | null) => {
    setState((current) => (current.status === 'ready' ? { ...current, project } : current));
    // The recent list moved; fetch it without holding up the screen change.
    void call('settings.get', {})
      .then((settings) =>
        setState((current) => (current.status === 'ready' ? { ...current, settings } : current)),
      )
      .catch(() => undefined);
  }, []);

  const setSettings = useCallback((settings: Settings) => {
    setState((current) => (current.status === 'ready' ? { ...current, settings } : current));
  }, []);

  return { state, reload: load, setProject, setSettings };
}
