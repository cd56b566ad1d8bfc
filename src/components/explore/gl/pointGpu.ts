// The GPU side of the map's points: the program, its vertex array with one buffer per attribute, the
// palette and visibility textures, and uploads that reuse a buffer's storage when the length is unchanged.
import { linkProgram } from './glProgram';
import { ATTRIBUTE, POINT_FRAGMENT_SHADER, POINT_VERTEX_SHADER, VISIBILITY_WIDTH } from './pointShaders';

export type PointBuffer = 'x' | 'y' | 'previousX' | 'previousY' | 'category' | 'segment' | 'selected';

const UNIFORMS = ['u_scale', 'u_offset', 'u_progress', 'u_pointSize', 'u_dimming', 'u_pass', 'u_noise',
  'u_selectSegment', 'u_selecting', 'u_palette', 'u_visibility'] as const;
export type PointUniform = (typeof UNIFORMS)[number];

/** The palette texture's width: at most this many colour categories. */
export const PALETTE_SIZE = 256;

export interface PointGpu {
  gl: WebGL2RenderingContext;
  program: WebGLProgram;
  vertexArray: WebGLVertexArrayObject;
  buffers: Record<PointBuffer, WebGLBuffer>;
  uniforms: Record<PointUniform, WebGLUniformLocation | null>;
  palette: WebGLTexture;
  visibility: WebGLTexture;
  /** The largest point the driver draws, in device pixels. */
  maxPointSize: number;
  /** Bytes each buffer holds now, so an upload of the same length rewrites it in place. */
  sizes: Map<WebGLBuffer, number>;
}

function must<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`WebGL could not create ${what} (is the context lost?)`);
  return value;
}

function texture(gl: WebGL2RenderingContext, unit: number): WebGLTexture {
  const created = must(gl.createTexture(), 'a texture');
  gl.activeTexture(gl.TEXTURE0 + unit);
  gl.bindTexture(gl.TEXTURE_2D, created);
  // Without mipmaps a texture is complete only with a non-mipmap filter; texelFetch needs it complete.
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  return created;
}

export function createPointGpu(gl: WebGL2RenderingContext): PointGpu {
  const program = linkProgram(gl, POINT_VERTEX_SHADER, POINT_FRAGMENT_SHADER);
  const vertexArray = must(gl.createVertexArray(), 'a vertex array');
  const names: PointBuffer[] = ['x', 'y', 'previousX', 'previousY', 'category', 'segment', 'selected'];
  const buffers = Object.fromEntries(names.map((name) => [name, must(gl.createBuffer(), 'a buffer')])) as Record<PointBuffer, WebGLBuffer>;
  const uniforms = Object.fromEntries(UNIFORMS.map((name) => [name, gl.getUniformLocation(program, name)])) as Record<PointUniform, WebGLUniformLocation | null>;
  const palette = texture(gl, 0);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, PALETTE_SIZE, 1, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
  const visibility = texture(gl, 1);
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.R8, 1, 1, 0, gl.RED, gl.UNSIGNED_BYTE, new Uint8Array([255]));
  const range = gl.getParameter(gl.ALIASED_POINT_SIZE_RANGE) as Float32Array | null;
  const gpu: PointGpu = { gl, program, vertexArray, buffers, uniforms, palette, visibility, maxPointSize: range?.[1] ?? 64, sizes: new Map() };
  bindPositions(gpu, false);
  gl.bindVertexArray(vertexArray);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffers.category);
  gl.vertexAttribIPointer(ATTRIBUTE.category, 1, gl.UNSIGNED_BYTE, 0, 0);
  gl.enableVertexAttribArray(ATTRIBUTE.category);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffers.segment);
  gl.vertexAttribIPointer(ATTRIBUTE.segment, 1, gl.INT, 0, 0);
  gl.enableVertexAttribArray(ATTRIBUTE.segment);
  gl.bindBuffer(gl.ARRAY_BUFFER, buffers.selected);
  gl.vertexAttribIPointer(ATTRIBUTE.selected, 1, gl.UNSIGNED_BYTE, 0, 0);
  gl.enableVertexAttribArray(ATTRIBUTE.selected);
  gl.bindVertexArray(null);
  return gpu;
}

/**
 * Points the position attributes at their buffers: the previous positions read the current buffers
 * (`animating` false: nothing extra is uploaded or stored) or the buffers of the layout being left.
 */
export function bindPositions(gpu: PointGpu, animating: boolean): void {
  const { gl, buffers } = gpu;
  gl.bindVertexArray(gpu.vertexArray);
  const sources = [[ATTRIBUTE.x, buffers.x], [ATTRIBUTE.y, buffers.y],
    [ATTRIBUTE.previousX, animating ? buffers.previousX : buffers.x], [ATTRIBUTE.previousY, animating ? buffers.previousY : buffers.y]] as const;
  for (const [location, buffer] of sources) {
    gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
    gl.vertexAttribPointer(location, 1, gl.FLOAT, false, 0, 0);
    gl.enableVertexAttribArray(location);
  }
  gl.bindVertexArray(null);
}

/** Swaps the current and previous buffers: the layout drawn now becomes the start of an animation. */
export function swapPositions(gpu: PointGpu): void {
  const { buffers } = gpu;
  [buffers.x, buffers.previousX] = [buffers.previousX, buffers.x];
  [buffers.y, buffers.previousY] = [buffers.previousY, buffers.y];
}

/** Bytes the buffer holds now (0 before its first upload). */
export function bufferBytes(gpu: PointGpu, name: PointBuffer): number {
  return gpu.sizes.get(gpu.buffers[name]) ?? 0;
}

/** Uploads `data`: in place (bufferSubData) when the buffer already holds as many bytes, else anew. */
export function upload(gpu: PointGpu, name: PointBuffer, data: ArrayBufferView): void {
  const { gl } = gpu;
  const buffer = gpu.buffers[name];
  gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
  if (gpu.sizes.get(buffer) === data.byteLength) gl.bufferSubData(gl.ARRAY_BUFFER, 0, data);
  else gl.bufferData(gl.ARRAY_BUFFER, data, gl.DYNAMIC_DRAW);
  gpu.sizes.set(buffer, data.byteLength);
}

export function uploadPalette(gpu: PointGpu, rgba: Uint8Array): void {
  const { gl } = gpu;
  const texels = Math.min(PALETTE_SIZE, rgba.length >> 2);
  gl.activeTexture(gl.TEXTURE0);
  gl.bindTexture(gl.TEXTURE_2D, gpu.palette);
  // Entries past the palette stay transparent: a category without a colour is not drawn.
  const padded = new Uint8Array(PALETTE_SIZE * 4);
  padded.set(rgba.subarray(0, texels * 4));
  gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, PALETTE_SIZE, 1, gl.RGBA, gl.UNSIGNED_BYTE, padded);
}

export function uploadVisibility(gpu: PointGpu, bytes: Uint8Array): void {
  const { gl } = gpu;
  const width = Math.min(VISIBILITY_WIDTH, Math.max(1, bytes.length));
  const height = Math.max(1, Math.ceil(bytes.length / width));
  const padded = new Uint8Array(width * height);
  padded.set(bytes);
  gl.activeTexture(gl.TEXTURE1);
  gl.bindTexture(gl.TEXTURE_2D, gpu.visibility);
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.R8, width, height, 0, gl.RED, gl.UNSIGNED_BYTE, padded);
}
