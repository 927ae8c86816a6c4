/**
 * A lesson video on the page: picks the source (hls.js over http(s) where Media Source
 * Extensions exist, native HLS where they do not, the progressive MP4 from file://), adds
 * captions from script when needed, a speed control, chapter seeking, and questions that
 * pause the video at their time until they are answered for good.
 */
import type Hls from 'hls.js/light';

/**
 * hls.js arrives as its own script (player/hls.js, which sets the global `Hls`), and only in
 * packages with HLS video: it is most of the player's weight, and a course without video
 * should not carry it. Without it the progressive MP4 plays.
 */
function hlsClass(): typeof Hls | null {
  return (window as unknown as { Hls?: typeof Hls }).Hls ?? null;
}
import { addScriptCaptions } from './captions';
import { announce, el } from './dom';
import type { PlayerStrings } from './i18n';

export interface VideoViewOptions {
  strings: PlayerStrings;
  /** WebVTT texts by language when the page cannot load `<track>` files. */
  captions: Record<string, string> | undefined;
  /** Whether the in-video question with this quiz id has been answered for good. */
  isAnswered(quizId: string): boolean;
}

const speeds = [0.75, 1, 1.25, 1.5, 1.75, 2];
let preferredSpeed = 1;

interface Question {
  time: number;
  quizId: string;
  box: HTMLElement;
}

export class VideoView {
  private hls: Hls | null = null;
  private readonly video: HTMLVideoElement | null;
  private readonly questions: Question[] = [];
  private active: Question | null = null;

  constructor(
    private readonly figure: HTMLElement,
    private readonly options: VideoViewOptions,
  ) {
    this.video = figure.querySelector('video');
    if (!this.video) return;
    this.chooseSource(this.video);
    if (location.protocol === 'file:' && options.captions)
      addScriptCaptions(this.video, options.captions);
    this.addSpeedControl(this.video);
    this.wireChapters(this.video);
    this.wireQuestions(this.video);
  }

  destroy(): void {
    this.hls?.destroy();
    this.hls = null;
  }

  /** Called when a question's answer became final, so its pause can end. */
  questionAnswered(quizId: string): void {
    if (!this.active || this.active.quizId !== quizId) return;
    const button = el(
      'button',
      { type: 'button', class: 'cs-continue' },
      this.options.strings.continueVideo,
    );
    button.addEventListener('click', () => {
      this.release();
      void this.video?.play().catch(() => undefined);
    });
    this.active.box.append(button);
    button.focus();
  }

  private chooseSource(video: HTMLVideoElement): void {
    const hlsUrl = this.figure.dataset.hls;
    const mp4 = video.getAttribute('src');
    if (location.protocol === 'file:' || !hlsUrl) return;
    const Hls = hlsClass();
    if (Hls?.isSupported()) {
      const hls = new Hls({ capLevelToPlayerSize: true });
      this.hls = hls;
      hls.on(Hls.Events.ERROR, (_event, data) => {
        if (!data.fatal) return;
        // Fall back to the progressive file rather than leave the learner with nothing.
        hls.destroy();
        this.hls = null;
        if (mp4) video.src = mp4;
      });
      video.removeAttribute('src');
      hls.loadSource(new URL(hlsUrl, location.href).href);
      hls.attachMedia(video);
    } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = hlsUrl;
    }
  }

  private addSpeedControl(video: HTMLVideoElement): void {
    const select = el('select', { class: 'cs-speed' });
    for (const speed of speeds) {
      const label = speed === 1 ? `1× (${this.options.strings.normalSpeed})` : `${speed}×`;
      const option = el('option', { value: String(speed) }, label);
      option.selected = speed === preferredSpeed;
      select.append(option);
    }
    select.addEventListener('change', () => {
      preferredSpeed = Number(select.value) || 1;
      video.playbackRate = preferredSpeed;
    });
    video.playbackRate = preferredSpeed;
    // Some browsers reset the rate when a new source loads.
    video.addEventListener('loadedmetadata', () => (video.playbackRate = preferredSpeed));
    const tools = el(
      'div',
      { class: 'cs-video-tools' },
      el('label', {}, `${this.options.strings.speed} `, select),
    );
    this.figure.querySelector('.cs-video-frame')?.after(tools);
  }

  private wireChapters(video: HTMLVideoElement): void {
    const buttons = [...this.figure.querySelectorAll<HTMLButtonElement>('.cs-chapter')];
    for (const button of buttons) {
      button.addEventListener('click', () => {
        video.currentTime = Number(button.dataset.time) || 0;
        void video.play().catch(() => undefined);
      });
    }
    video.addEventListener('timeupdate', () => {
      let current: HTMLButtonElement | null = null;
      for (const button of buttons)
        if (Number(button.dataset.time) <= video.currentTime) current = button;
      for (const button of buttons) {
        if (button === current) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
      }
    });
  }

  private wireQuestions(video: HTMLVideoElement): void {
    for (const box of this.figure.querySelectorAll<HTMLElement>('.cs-video-question')) {
      const quizId = box.querySelector<HTMLElement>('.cs-quiz')?.dataset.quiz ?? '';
      const question = { time: Number(box.dataset.time) || 0, quizId, box };
      this.questions.push(question);
      box.hidden = !this.options.isAnswered(quizId);
    }
    if (this.questions.length === 0) return;
    const check = () => {
      if (this.active) {
        if (!video.paused) video.pause();
        return;
      }
      const due = this.questions.find(
        (question) =>
          !this.options.isAnswered(question.quizId) && video.currentTime >= question.time,
      );
      if (due) this.hold(video, due);
    };
    video.addEventListener('timeupdate', check);
    video.addEventListener('play', check);
    video.addEventListener('seeked', check);
  }

  private hold(video: HTMLVideoElement, question: Question): void {
    this.active = question;
    video.pause();
    // A learner who seeks past a question comes back to it.
    if (video.currentTime > question.time + 1) video.currentTime = question.time;
    question.box.hidden = false;
    question.box.classList.add('cs-question-active');
    announce(this.options.strings.questionReached);
    question.box.querySelector<HTMLElement>('input, button')?.focus();
  }

  private release(): void {
    if (!this.active) return;
    this.active.box.classList.remove('cs-question-active');
    this.active.box.querySelector('.cs-continue')?.remove();
    this.active = null;
  }
}
