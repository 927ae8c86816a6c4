/** Simplified Chinese strings of Settings → About. */
import type { aboutEn } from './about.en';

export const aboutZhCN: { readonly [K in keyof typeof aboutEn]: string } = {
  'about.title': '关于',
  'about.version': 'Course Studio {version}，运行于 {platform} {arch}',
  'about.loading': '正在检查本机…',
  'about.ffmpeg': 'ffmpeg',
  'about.ffprobe': 'ffprobe',
  'about.missing': '缺失',
  'about.source.env': '由 COURSE_STUDIO_FFMPEG / COURSE_STUDIO_FFPROBE 指定',
  'about.source.bundled': '随 Course Studio 附带',
  'about.source.npm': '由 npm install 安装',
  'about.source.path': '本机已安装',
  'about.capabilities': '功能',
  'about.feature.libx264': 'H.264 视频',
  'about.feature.aac': 'AAC 音频',
  'about.feature.hlsFmp4': 'HLS 流媒体',
  'about.feature.zscale': 'HDR 色调映射',
  'about.feature.loudnorm': '响度均衡',
  'about.yes': '是',
  'about.no': '否',
  'about.chromium': 'Chromium（测试用）',
  'about.electron': 'Electron',
  'about.found': '已找到',
  'about.notFound': '未找到',
  'about.running': '正在运行',
  'about.temp': '临时文件夹',
  'about.tempFree': '可用 {gb} GB',
  'about.tempPrivate': '仅本人可读',
  'about.tempShared': '其他用户可读取',
  'about.warnings': '需要注意',
  'about.warning.FFMPEG_MISSING': '未找到 ffmpeg，无法导入视频。请运行 npm install 或安装 ffmpeg。',
  'about.warning.FFPROBE_MISSING':
    '未找到 ffprobe，无法导入视频。请运行 npm install 或安装 ffmpeg。',
  'about.warning.FFMPEG_INCAPABLE':
    '此 ffmpeg 无法生成流媒体视频（缺少 H.264、AAC 或 HLS）。请安装新版 ffmpeg。',
  'about.warning.NO_TONE_MAPPING':
    '此 ffmpeg 无法对 HDR 进行色调映射：手机视频会显得发灰。请安装更新的 ffmpeg。',
  'about.warning.NO_LOUDNORM': '此 ffmpeg 无法均衡响度：导入的声音保持原音量。',
  'about.warning.TEMP_NOT_PRIVATE': '本机其他用户可以读取转换视频所用的临时文件夹。',
  'about.warning.TEMP_LOW_SPACE': '临时文件夹所在磁盘空间不足：较长的讲座视频可能无法完成转换。',
  'about.failed': '无法检查本机：{error}',
};
