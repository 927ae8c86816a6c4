/** Reads a picked, pasted or dropped image for asset.addImage. */

export interface ImageFileData {
  dataBase64: string;
  width: number | undefined;
  height: number | undefined;
}

export async function readImageFile(file: File): Promise<ImageFileData> {
  const [dataBase64, size] = await Promise.all([readBase64(file), intrinsicSize(file)]);
  return { dataBase64, ...size };
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the file.'));
    reader.readAsDataURL(file);
  });
}

/** The image's pixel size, stored so the lesson lays out before the image arrives. */
async function intrinsicSize(
  file: File,
): Promise<{ width: number | undefined; height: number | undefined }> {
  try {
    const bitmap = await createImageBitmap(file);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    // SVG and some formats cannot be decoded to a bitmap; the size is optional.
    return { width: undefined, height: undefined };
  }
}
