/** Renderer entry: mounts the studio UI. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/base.css';
import './styles/controls.css';
import './styles/dialog.css';
import './styles/start.css';
import './styles/shell.css';
import './styles/outline.css';
import './styles/editor.css';
import './styles/lesson-content.css';
import './styles/blocks.css';
import './styles/quiz-form.css';
import './styles/video-block.css';
import './styles/media.css';
import './styles/jobs.css';
import './styles/publish.css';
import './styles/guard.css';
import './styles/editing-tools.css';
import './styles/platform.css';
import './styles/review.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
