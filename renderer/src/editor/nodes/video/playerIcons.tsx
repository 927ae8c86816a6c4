/** The player's icons as inline SVG: every font has them, nothing is fetched. */
import type { JSX } from 'react';

function PlayerIcon({ children }: { children: JSX.Element | JSX.Element[] }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const playerIcons = {
  play: (
    <PlayerIcon>
      <path d="M7 4.5v15l12.5-7.5z" />
    </PlayerIcon>
  ),
  pause: (
    <PlayerIcon>
      <rect x="6" y="4.5" width="4" height="15" rx="1" />
      <rect x="14" y="4.5" width="4" height="15" rx="1" />
    </PlayerIcon>
  ),
  fullscreen: (
    <PlayerIcon>
      <path d="M4 9V4h5v2H6v3zm11-5h5v5h-2V6h-3zM6 15v3h3v2H4v-5zm12 0h2v5h-5v-2h3z" />
    </PlayerIcon>
  ),
};
