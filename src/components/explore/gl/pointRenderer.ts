// The map's WebGL2 point renderer: draws a million points as gl.POINTS, eases them between layouts,
// dims the unselected ones, rings the hovered one, and redraws only when something changed (one frame per change).
import { clipTransform, type MapCamera } from '../mapScreen';
import { selectionMask } from './pointMasks';
import { PASS } from './pointShaders';
import { bindPositions, bufferBytes, createPointGpu, swapPositions, upload, uploadPalette, uploadVisibility, type PointGpu } from './pointGpu';

/** d3-zoom's transform: scale k, then translation x, y in CSS pixels. */
export interface ViewTransform { k: number; x: number; y: number }

/** A point's diameter in CSS pixels at rest; it grows a little as one zooms in. */
const POINT_SIZE_PX = 4;
/** Opacity left to unselected points while a selection exists (dimmed, not hidden). */
const DIMMING = 0.15;
const MAP_BACKGROUND_RGB = [251, 252, 254] as const;
const TRANSITION_MS = 700;

/** 'drawn' follows a frame that drew a different number of points than the one before (see drawnCount). */
export type RendererEvent = 'view' | 'drawn' | 'lost' | 'restored';

export class PointRenderer {
  readonly canvas: HTMLCanvasElement;
  private readonly gl: WebGL2RenderingContext;
  private gpu: PointGpu | null;
  private x: Float32Array = new Float32Array(0);
  private y: Float32Array = new Float32Array(0);
  private categories: Uint8Array | null = null;
  private labels: Int32Array | null = null;
  private noise = 0;
  private palette: Uint8Array = new Uint8Array(0);
  private visibility: Uint8Array = new Uint8Array([255]);
  private mask: Uint8Array | null = null;
  private selectedRows: Int32Array | null = null;
  private selectSegment = -1;
  private hovered: number | null = null;
  private transform: ViewTransform = { k: 1, x: 0, y: 0 };
  private cssWidth = 1;
  private cssHeight = 1;
  private pixelRatio = 1;
  private transitionStart: number | null = null;
  private frame = 0;
  private drawn = 0;
  private readonly listeners = new Set<(event: RendererEvent) => void>();

  /** Throws when the browser has no WebGL2: the map says so and the rest of the app carries on. */
  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas;
    const gl = canvas.getContext('webgl2', { alpha: false, antialias: false, depth: false, stencil: false, premultipliedAlpha: false, preserveDrawingBuffer: false });
    if (!gl) throw new Error('this browser offers no WebGL2 context');
    this.gl = gl;
    this.gpu = createPointGpu(gl);
    canvas.addEventListener('webglcontextlost', this.onLost);
    canvas.addEventListener('webglcontextrestored', this.onRestored);
  }

  /** Listens for view changes (pan, zoom, resize) and context loss; returns the unsubscribe. */
  on(listener: (event: RendererEvent) => void): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  get contextLost(): boolean {
    return this.gpu === null;
  }

  /** Points drawn: the positions, colours and segments all known for them. */
  get pointCount(): number {
    if (!this.categories || !this.labels) return 0;
    return Math.min(this.x.length, this.y.length, this.categories.length, this.labels.length);
  }

  /**
   * New positions. `animate` eases from the positions drawn now over 700 ms (previous layout kept in a second
   * buffer); otherwise, as for a live projection frame, the buffers are rewritten in place.
   */
  setPositions(x: Float32Array, y: Float32Array, animate: boolean): void {
    const easing = animate && this.gpu !== null && x.length === this.x.length && x.length > 0 && !prefersReducedMotion();
    if (this.gpu) {
      if (easing) swapPositions(this.gpu);
      upload(this.gpu, 'x', x);
      upload(this.gpu, 'y', y);
      bindPositions(this.gpu, easing);
    }
    this.x = x;
    this.y = y;
    this.transitionStart = easing ? performance.now() : null;
    // The mask attribute is always read, so its buffer must cover every point even with nothing selected.
    if (this.mask?.length !== x.length) this.setSelection(this.selectedRows);
    this.requestRender();
  }

  /** Palette index of each point (bytes) and the RGBA palette. */
  setColours(categories: Uint8Array, paletteRgba: Uint8Array): void {
    if (categories !== this.categories && this.gpu) upload(this.gpu, 'category', categories);
    this.categories = categories;
    this.setPalette(paletteRgba);
  }

  /** The palette alone: a highlighted segment fades the others without touching a point. */
  setPalette(paletteRgba: Uint8Array): void {
    this.palette = paletteRgba;
    if (this.gpu) uploadPalette(this.gpu, paletteRgba);
    this.requestRender();
  }

  /** Each point's segment (label -1 is the noise group `noise`), uploaded as is: no per-point work. */
  setSegments(labels: Int32Array, noise: number): void {
    if (labels !== this.labels && this.gpu) upload(this.gpu, 'segment', labels);
    this.labels = labels;
    this.noise = noise;
    this.requestRender();
  }

  /** One byte per segment (the noise group last): 0 hides its points. */
  setVisibility(bytes: Uint8Array): void {
    this.visibility = bytes;
    if (this.gpu) uploadVisibility(this.gpu, bytes);
    this.requestRender();
  }

  /** The selected rows (null or empty: none), as one mask uploaded with one bufferSubData. */
  setSelection(rows: Int32Array | null): void {
    this.selectedRows = rows && rows.length > 0 ? rows : null;
    const count = this.x.length;
    if (this.selectedRows) {
      this.mask = selectionMask(this.selectedRows, count, this.mask ?? undefined);
      if (this.gpu) upload(this.gpu, 'selected', this.mask);
    } else if (this.gpu && bufferBytes(this.gpu, 'selected') !== count) {
      // Nothing selected: the shader ignores the mask (u_selecting), which needs only the right length.
      this.mask = new Uint8Array(count);
      upload(this.gpu, 'selected', this.mask);
    }
    this.requestRender();
  }

  /** Shows one segment as selected (the others dimmed) without a mask; -1 ends it. Wins over the selection. */
  setSelectedSegment(segment: number): void {
    this.selectSegment = segment;
    this.requestRender();
  }

  setHovered(index: number | null): void {
    if (index === this.hovered) return;
    this.hovered = index;
    this.requestRender();
  }

  setTransform(transform: ViewTransform): void {
    this.transform = { k: transform.k, x: transform.x, y: transform.y };
    this.emit('view');
    this.requestRender();
  }

  /** Sizes the drawing buffer to the element (CSS pixels times devicePixelRatio) and redraws at once. */
  resize(cssWidth: number, cssHeight: number, pixelRatio: number): void {
    this.cssWidth = Math.max(1, cssWidth);
    this.cssHeight = Math.max(1, cssHeight);
    this.pixelRatio = pixelRatio;
    this.canvas.width = Math.max(1, Math.round(this.cssWidth * pixelRatio));
    this.canvas.height = Math.max(1, Math.round(this.cssHeight * pixelRatio));
    this.emit('view');
    // A resized canvas is blank until drawn: drawing now avoids a flash of background.
    this.render();
  }

  /** Points the last frame drew. */
  get drawnCount(): number {
    return this.drawn;
  }

  camera(): MapCamera {
    return { ...this.transform, width: this.cssWidth, height: this.cssHeight };
  }

  /** Forgets the points (a map closing); the context and program stay for the next map. */
  clear(): void {
    this.categories = null;
    this.labels = null;
    this.hovered = null;
    this.selectSegment = -1;
    this.setSelection(null);
    this.transform = { k: 1, x: 0, y: 0 };
  }

  /** Draws in the next animation frame; several changes in one frame draw once. */
  requestRender(): void {
    if (this.frame === 0) this.frame = requestAnimationFrame(() => { this.frame = 0; this.render(); });
  }

  /** Draws now. Reading the canvas in the same task (export) sees exactly this picture. */
  render(): void {
    const gpu = this.gpu;
    if (!gpu) return;
    const { gl, uniforms: u } = gpu;
    gl.viewport(0, 0, this.canvas.width, this.canvas.height);
    gl.clearColor(MAP_BACKGROUND_RGB[0] / 255, MAP_BACKGROUND_RGB[1] / 255, MAP_BACKGROUND_RGB[2] / 255, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    const count = this.pointCount;
    if (count !== this.drawn) {
      this.drawn = count;
      this.emit('drawn');
    }
    if (count === 0) return;
    gl.useProgram(gpu.program);
    gl.bindVertexArray(gpu.vertexArray);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, gpu.palette);
    gl.activeTexture(gl.TEXTURE1);
    gl.bindTexture(gl.TEXTURE_2D, gpu.visibility);
    gl.uniform1i(u.u_palette, 0);
    gl.uniform1i(u.u_visibility, 1);
    const clip = clipTransform(this.camera());
    gl.uniform2f(u.u_scale, clip.scaleX, clip.scaleY);
    gl.uniform2f(u.u_offset, clip.offsetX, clip.offsetY);
    gl.uniform1f(u.u_progress, this.progress());
    // Points grow with the fourth root of the zoom (x2 at x16), in device pixels.
    const growth = Math.min(3, Math.max(0.75, Math.pow(this.transform.k, 0.25)));
    gl.uniform1f(u.u_pointSize, Math.min(gpu.maxPointSize / 3, POINT_SIZE_PX * this.pixelRatio * growth));
    gl.uniform1f(u.u_dimming, DIMMING);
    gl.uniform1i(u.u_noise, this.noise);
    gl.uniform1i(u.u_selectSegment, this.selectSegment);
    const selecting = this.selectSegment >= 0 || this.selectedRows !== null;
    gl.uniform1i(u.u_selecting, this.selectedRows !== null ? 1 : 0);
    const pass = (which: number, first: number, points: number) => { gl.uniform1i(u.u_pass, which); gl.drawArrays(gl.POINTS, first, points); };
    if (selecting) {
      pass(PASS.dimmed, 0, count);
      pass(PASS.selected, 0, count);
    } else {
      pass(PASS.all, 0, count);
    }
    if (this.hovered !== null && this.hovered < count) {
      pass(PASS.ring, this.hovered, 1);
      pass(PASS.all, this.hovered, 1);
    }
    gl.bindVertexArray(null);
    if (this.transitionStart !== null) this.requestRender();
  }

  /** A PNG of exactly what is drawn: rendered and copied in one task, before the browser presents and clears it. */
  toPngBlob(): Promise<Blob | null> {
    if (!this.gpu) return Promise.resolve(null);
    this.render();
    const copy = document.createElement('canvas');
    copy.width = this.canvas.width;
    copy.height = this.canvas.height;
    copy.getContext('2d')?.drawImage(this.canvas, 0, 0);
    return new Promise((resolve) => copy.toBlob(resolve, 'image/png'));
  }

  /** Eased share of the way from the previous layout to the current one (1 when no animation runs). */
  private progress(): number {
    if (this.transitionStart === null) return 1;
    const t = (performance.now() - this.transitionStart) / TRANSITION_MS;
    if (t >= 1) { this.transitionStart = null; return 1; }
    return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
  }

  private emit(event: RendererEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private readonly onLost = (event: Event): void => {
    // Without preventDefault the browser would never offer the context back.
    event.preventDefault();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.gpu = null;
    this.emit('lost');
  };

  private readonly onRestored = (): void => {
    try {
      const gpu = createPointGpu(this.gl);
      this.gpu = gpu;
      // Every resource is rebuilt from what the renderer kept: positions, colours, segments, selection.
      upload(gpu, 'x', this.x); upload(gpu, 'y', this.y);
      bindPositions(gpu, false);
      if (this.categories) upload(gpu, 'category', this.categories);
      if (this.labels) upload(gpu, 'segment', this.labels);
      this.mask = null;
      uploadPalette(gpu, this.palette);
      uploadVisibility(gpu, this.visibility);
      this.transitionStart = null;
      this.setSelection(this.selectedRows);
      this.emit('restored');
    } catch {
      this.gpu = null;
    }
  };
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
