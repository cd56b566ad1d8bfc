// Converts between the map's screen pixels (relative to the canvas) and the layout's coordinates under
// a d3-zoom transform: at rest the layout's [-1, 1] square is centred and as tall as the canvas.

/** The map's view: d3-zoom's transform (scale k, translation x, y in CSS pixels) and the canvas's CSS size. */
export interface MapCamera {
  k: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the vertex shader turns a layout point into clip space: clip = layout * scale + offset. */
export interface ClipTransform {
  scaleX: number;
  scaleY: number;
  offsetX: number;
  offsetY: number;
}

/** The screen pixel of a layout point. */
export function layoutToScreen(camera: MapCamera, x: number, y: number): [number, number] {
  const { k, width, height } = camera;
  const half = height / 2;
  return [camera.x + k * (width / 2 + x * half), camera.y + k * (half - y * half)];
}

/** The layout coordinates under a screen pixel (the inverse of layoutToScreen). */
export function screenToLayout(camera: MapCamera, sx: number, sy: number): [number, number] {
  const { k, width, height } = camera;
  const half = height / 2;
  return [((sx - camera.x) / k - width / 2) / half, (half - (sy - camera.y) / k) / half];
}

/** How far `pixels` screen pixels reach in layout units at the current zoom. */
export function pixelsToLayout(camera: MapCamera, pixels: number): number {
  return pixels / (camera.k * camera.height / 2);
}

/** layoutToScreen followed by the screen-to-clip step, folded into one scale and offset per axis. */
export function clipTransform(camera: MapCamera): ClipTransform {
  const { k, width, height } = camera;
  return {
    scaleX: (k * height) / width,
    scaleY: k,
    offsetX: (2 * camera.x) / width + k - 1,
    offsetY: 1 - (2 * camera.y) / height - k,
  };
}
