// Tests the screen <-> layout conversion of the map: a round trip returns the pixel, zoom and pan
// move points as regl-scatterplot's camera does, and a pixel reach scales with the zoom.
import { describe, expect, it } from 'vitest';
import { layoutToScreen, pixelsToLayout, screenToLayout, type MapCamera } from './mapScreen';

function camera(scale: number, tx: number, ty: number, width = 800, height = 500): MapCamera {
  const view = new Float32Array(16);
  view[0] = scale; view[5] = scale; view[10] = 1; view[15] = 1;
  view[12] = tx; view[13] = ty;
  return { view, width, height, aspect: width / height, dataAspect: 1 };
}

describe('mapScreen', () => {
  it('puts the layout origin at the centre and round-trips pixels at any zoom and pan', () => {
    expect(layoutToScreen(camera(1, 0, 0), 0, 0)).toEqual([400, 250]);
    // Height spans [-1, 1]: the top of the frame is y = 1, the canvas's first pixel row.
    expect(layoutToScreen(camera(1, 0, 0), 0, 1)[1]).toBeCloseTo(0, 9);
    for (const cam of [camera(1, 0, 0), camera(3.5, 0.4, -0.7), camera(0.2, -1, 2, 640, 900)]) {
      for (const [sx, sy] of [[0, 0], [123, 456], [640, 17]]) {
        const [x, y] = screenToLayout(cam, sx, sy);
        const [bx, by] = layoutToScreen(cam, x, y);
        expect(bx).toBeCloseTo(sx, 6);
        expect(by).toBeCloseTo(sy, 6);
      }
    }
  });

  it('follows a picture stretched by its element: the buffer aspect projects, the element size places', () => {
    const stretched = { ...camera(1, 0, 0, 1000, 500), aspect: 800 / 500 };
    // The layout's x = 1 sits at clip x = 1 / 1.6 of the buffer, stretched over the 1000 px element.
    expect(layoutToScreen(stretched, 1, 0)[0]).toBeCloseTo(500 + 500 / 1.6, 9);
    expect(screenToLayout(stretched, 500 + 500 / 1.6, 250)[0]).toBeCloseTo(1, 9);
  });

  it('reaches less of the layout per pixel when zoomed in', () => {
    expect(pixelsToLayout(camera(1, 0, 0), 250)).toBeCloseTo(1, 9);
    expect(pixelsToLayout(camera(4, 0.3, 0.1), 250)).toBeCloseTo(0.25, 9);
  });
});
