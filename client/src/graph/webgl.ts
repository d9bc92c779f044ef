/**
 * Whether this browser has a hardware WebGL context, detected rather than assumed. Cytoscape's
 * WebGL renderer is much faster than the canvas one on a GPU, and 10 – 100x slower on a software
 * rasteriser (docs/benchmarks.md §3): headless Chromium with --disable-gpu, virtual machines and
 * remote desktops answer with SwiftShader, llvmpipe or Microsoft's Basic Render Driver, or with
 * no context at all. Those count as "no hardware".
 */

/** Renderer names of software rasterisers (WEBGL_debug_renderer_info's UNMASKED_RENDERER). */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen|lavapipe/i;

export interface WebglInfo {
  /** The unmasked renderer string, or why there is none. */
  renderer: string;
  hardware: boolean;
}

/** Classifies a renderer string (pure: the tests feed it the names browsers report). */
export function isHardwareRenderer(renderer: string): boolean {
  return renderer.trim() !== '' && !SOFTWARE.test(renderer);
}

let cached: WebglInfo | undefined;

/** Asks a throw-away WebGL2 context once per page; the answer is cached. */
export function detectWebgl(doc: Document = document): WebglInfo {
  if (cached) return cached;
  let info: WebglInfo;
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    if (!gl) info = { renderer: 'no WebGL2 context (or only a slow one)', hardware: false };
    else {
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      // Without the extension the browser hides the GPU: not enough to call it hardware.
      const renderer = ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : '';
      info = { renderer: renderer || 'renderer hidden', hardware: isHardwareRenderer(renderer) };
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch (err) {
    info = { renderer: `WebGL failed: ${(err as Error).message}`, hardware: false };
  }
  cached = info;
  return info;
}
