/** First-bytes checks that tell a damaged media file from something that never was one. */

const ascii = (head: Buffer, offset: number, text: string) =>
  head.length >= offset + text.length &&
  head.toString('latin1', offset, offset + text.length) === text;

/** The file starts like a container or stream ffmpeg knows (MP4/MOV, Matroska, AVI, ...). */
export function looksLikeMediaContainer(head: Buffer): boolean {
  if (['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip'].some((box) => ascii(head, 4, box)))
    return true;
  if (['RIFF', 'OggS', 'fLaC', 'FLV', 'ID3'].some((magic) => ascii(head, 0, magic))) return true;
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = head;
  if (b0 === 0x1a && b1 === 0x45 && b2 === 0xdf && b3 === 0xa3) return true; // EBML: mkv, webm
  if (b0 === 0x30 && b1 === 0x26 && b2 === 0xb2 && b3 === 0x75) return true; // ASF: wmv
  if (b0 === 0 && b1 === 0 && b2 === 1 && b3 === 0xba) return true; // MPEG program stream
  if (b0 === 0x47 && head[188] === 0x47) return true; // MPEG transport stream
  if (b0 === 0xff && (b1 & 0xe0) === 0xe0) return true; // MPEG audio frame sync
  return false;
}

/** No NUL bytes and mostly printable: a text file, whatever its name says. */
export function looksLikeText(head: Buffer): boolean {
  if (head.length === 0 || head.includes(0)) return false;
  let printable = 0;
  for (const byte of head)
    if (byte >= 0x20 || byte === 9 || byte === 10 || byte === 13) printable += 1;
  return printable / head.length > 0.95;
}
