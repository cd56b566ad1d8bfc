// Converts between the map's screen pixels (relative to the canvas) and the layout's coordinates,
// with regl-scatterplot's camera: clip = projection(1 / view aspect) x camera view x model(data aspect).

export interface MapCamera {
  /** The camera's 4x4 view matrix, column-major (regl-scatterplot's `cameraView`). */
  view: ArrayLike<number>;
  /** The canvas's size on screen (CSS pixels). */
  width: number;
  height: number;
  /**
   * The aspect ratio the renderer projects with: its drawing buffer's, which lags the element's until
   * the window is resized (the element then stretches the picture, and so must the conversion).
   */
  aspect: number;
  /** regl-scatterplot's data aspect ratio (1 unless set). */
  dataAspect: number;
}

/** The layout coordinates under a screen pixel. */
export function screenToLayout(camera: MapCamera, sx: number, sy: number): [number, number] {
  const { view, width, height, aspect, dataAspect } = camera;
  const clipX = -1 + (2 * sx) / width, clipY = 1 - (2 * sy) / height;
  // Solve [v0 v4; v1 v5] [x * dataAspect; y] = [clipX * aspect - v12; clipY - v13].
  const a = view[0], b = view[4], c = view[1], d = view[5];
  const u = clipX * aspect - view[12], v = clipY - view[13];
  const det = a * d - b * c;
  return [(d * u - b * v) / det / dataAspect, (a * v - c * u) / det];
}

/** The screen pixel of a layout point (the inverse of screenToLayout). */
export function layoutToScreen(camera: MapCamera, x: number, y: number): [number, number] {
  const { view, width, height, aspect, dataAspect } = camera;
  const mx = x * dataAspect;
  const clipX = (view[0] * mx + view[4] * y + view[12]) / aspect;
  const clipY = view[1] * mx + view[5] * y + view[13];
  return [((clipX + 1) / 2) * width, ((1 - clipY) / 2) * height];
}

/** How far `pixels` screen pixels reach in layout units at the current zoom. */
export function pixelsToLayout(camera: MapCamera, pixels: number): number {
  const [x0] = screenToLayout(camera, 0, 0);
  const [x1] = screenToLayout(camera, pixels, 0);
  return Math.abs(x1 - x0);
}
