/**
 * Files on their way to the host. Every upload in the studio goes through here, so the job tray
 * can show each one with its progress and a cancel button, wherever it was started (the
 * editor, the media library, a captions dialog).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { uploadFile } from './uploadFile';

export interface Upload {
  id: number;
  name: string;
  loaded: number;
  total: number;
  cancel: () => void;
}

interface UploadsValue {
  uploads: Upload[];
  /** Uploads a file; resolves with its path on the host, rejects with a StudioError. */
  upload: (file: File) => Promise<string>;
}

const UploadsContext = createContext<UploadsValue>({
  uploads: [],
  upload: () => Promise.reject(new Error('No UploadsProvider')),
});

let nextId = 1;

export function UploadsProvider({ children }: { children: ReactNode }) {
  const [uploads, setUploads] = useState<Upload[]>([]);

  const upload = useCallback(async (file: File) => {
    const id = nextId++;
    const controller = new AbortController();
    const entry: Upload = {
      id,
      name: file.name,
      loaded: 0,
      total: file.size,
      cancel: () => controller.abort(),
    };
    setUploads((current) => [...current, entry]);
    try {
      return await uploadFile(
        file,
        ({ loaded, total }) =>
          setUploads((current) =>
            current.map((item) => (item.id === id ? { ...item, loaded, total } : item)),
          ),
        controller.signal,
      );
    } finally {
      setUploads((current) => current.filter((item) => item.id !== id));
    }
  }, []);

  const value = useMemo(() => ({ uploads, upload }), [uploads, upload]);
  return <UploadsContext.Provider value={value}>{children}</UploadsContext.Provider>;
}

export function useUploads(): UploadsValue {
  return useContext(UploadsContext);
}
