/** Toolbar icons as inline SVG: crisp at any zoom, no icon font, nothing fetched. */
import type { JSX } from 'react';

function Icon({ children }: { children: JSX.Element | JSX.Element[] }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const icons = {
  bold: (
    <Icon>
      <path d="M7 5h6a3.5 3.5 0 0 1 0 7H7z" />
      <path d="M7 12h7a3.5 3.5 0 0 1 0 7H7z" />
    </Icon>
  ),
  italic: (
    <Icon>
      <path d="M14 5h-4M14 19h-4M14 5l-4 14" />
    </Icon>
  ),
  underline: (
    <Icon>
      <path d="M7 4v7a5 5 0 0 0 10 0V4" />
      <path d="M5 20h14" />
    </Icon>
  ),
  strikethrough: (
    <Icon>
      <path d="M4 12h16" />
      <path d="M16.5 7.5A4 3 0 0 0 12 5c-2.5 0-4.5 1.3-4.5 3.2 0 1.5 1 2.4 2.8 2.8" />
      <path d="M8 16.5A4.5 3 0 0 0 12 19c2.6 0 4.5-1.3 4.5-3.2 0-.8-.3-1.4-.8-1.8" />
    </Icon>
  ),
  code: (
    <Icon>
      <path d="m9 8-4 4 4 4M15 8l4 4-4 4" />
    </Icon>
  ),
  link: (
    <Icon>
      <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
    </Icon>
  ),
  table: (
    <Icon>
      <rect x="3.5" y="4.5" width="17" height="15" rx="1.5" />
      <path d="M3.5 9.5h17M3.5 14.5h17M9.5 9.5v10M15 9.5v10" />
    </Icon>
  ),
  divider: (
    <Icon>
      <path d="M3 12h18" />
      <path d="M8 7h8M8 17h8" strokeOpacity="0.45" />
    </Icon>
  ),
  image: (
    <Icon>
      <rect x="3.5" y="4.5" width="17" height="15" rx="2" />
      <circle cx="9" cy="10" r="1.6" />
      <path d="m20.5 16-4.5-4.5-8.5 8" />
    </Icon>
  ),
  video: (
    <Icon>
      <rect x="3" y="6" width="13" height="12" rx="2" />
      <path d="m16 10.5 5-3v9l-5-3" />
    </Icon>
  ),
  quiz: (
    <Icon>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6" />
      <path d="M12 17.2v.1" />
    </Icon>
  ),
  undo: (
    <Icon>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </Icon>
  ),
  redo: (
    <Icon>
      <path d="m15 14 5-5-5-5" />
      <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
    </Icon>
  ),
  subscript: (
    <Icon>
      <path d="m4 5 8 10" />
      <path d="m12 5-8 10" />
      <path d="M20 20h-4c0-1.5.5-2 2-2.8.8-.5 1.8-1 1.8-2a1.5 1.5 0 0 0-2.8-.7" />
    </Icon>
  ),
  superscript: (
    <Icon>
      <path d="m4 9 8 10" />
      <path d="m12 9-8 10" />
      <path d="M20 11h-4c0-1.5.5-2 2-2.8.8-.5 1.8-1 1.8-2a1.5 1.5 0 0 0-2.8-.7" />
    </Icon>
  ),
  math: (
    <Icon>
      <path d="M18 5H7l5 7-5 7h11" />
    </Icon>
  ),
  mathBlock: (
    <Icon>
      <rect x="3" y="3" width="18" height="18" rx="2" />
      <path d="M15 7H9l3 5-3 5h6" />
    </Icon>
  ),
  specialChars: (
    <Icon>
      <path d="M7 20h3v-2.5A6.5 6.5 0 1 1 14 17.5V20h3" />
    </Icon>
  ),
  moveUp: (
    <Icon>
      <path d="m6 14 6-6 6 6" />
    </Icon>
  ),
  moveDown: (
    <Icon>
      <path d="m6 10 6 6 6-6" />
    </Icon>
  ),
};
