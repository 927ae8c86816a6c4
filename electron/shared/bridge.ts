import type { Reply } from './contract';

/**
 * What a window sees of its host as `window.studio`: the Electron preload builds one, and the
 * renderer's web transport builds the same shape over /rpc and /events.
 */
export interface StudioBridge {
  clientId: string;
  call(method: string, args: unknown): Promise<Reply>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Electron only: commands from the native menu ('new-course', 'open-course', 'settings'). */
  onMenu?: (listener: (command: string) => void) => () => void;
  /**
   * Electron only: the path on disk of a file the user dropped or picked, so media is imported
   * straight from where it is instead of being uploaded (a web page never learns paths).
   */
  pathForFile?: (file: unknown) => string;
  /** Electron only: the system's file dialogs for .course files and export targets. */
  dialog?: {
    saveCourse(defaultPath: string): Promise<string | null>;
    openCourse(): Promise<string | null>;
    /** A package file (.zip, .tar.gz), or a folder for a website export. */
    saveExport(defaultPath: string, kind: 'file' | 'folder'): Promise<string | null>;
  };
  /** Electron only: shows a written export selected in the system's file manager. */
  showInFolder?: (path: string) => Promise<void>;
}
