// Tests the map's camera: screen <-> layout round trips at any zoom and pan, zooming about a pixel with
// d3-zoom's own transform keeps the layout point under it, and the shader's clip transform agrees.
import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import { clipTransform, layoutToScreen, pixelsToLayout, screenToLayout, type MapCamera } from './mapScreen';

function camera(k: number, x: number, y: number, width = 800, height = 500): MapCamera {
  return { k, x, y, width, height };
}

describe('mapScreen', () => {
  it('puts the layout origin at the centre, the frame as tall as the canvas, and round-trips pixels', () => {
    expect(layoutToScreen(camera(1, 0, 0), 0, 0)).toEqual([400, 250]);
    // Height spans [-1, 1]: the top of the frame is y = 1, the canvas's first pixel row; x = -1 sits a half height left of centre.
    expect(layoutToScreen(camera(1, 0, 0), -1, 1)).toEqual([150, 0]);
    for (const cam of [camera(1, 0, 0), camera(3.5, 40, -70), camera(0.2, -100, 200, 640, 900)]) {
      for (const [sx, sy] of [[0, 0], [123, 456], [640, 17]]) {
        const [x, y] = screenToLayout(cam, sx, sy);
        const [bx, by] = layoutToScreen(cam, x, y);
        expect(bx).toBeCloseTo(sx, 6);
        expect(by).toBeCloseTo(sy, 6);
      }
    }
  });

  it('zooming about a pixel with d3-zoom keeps the layout point under it and shrinks the pixel reach', () => {
    const before = zoomIdentity.translate(30, -12).scale(1.7);
    const pixel: [number, number] = [612, 97];
    const local = before.invert(pixel);
    // What d3-zoom does for a wheel or a double-click at `pixel`: scale by 2 about the point under it.
    const after = before.translate(local[0], local[1]).scale(2).translate(-local[0], -local[1]);
    const cam = (t: typeof before) => camera(t.k, t.x, t.y);
    const [x0, y0] = screenToLayout(cam(before), ...pixel);
    const [x1, y1] = screenToLayout(cam(after), ...pixel);
    expect(x1).toBeCloseTo(x0, 9);
    expect(y1).toBeCloseTo(y0, 9);
    expect(pixelsToLayout(cam(after), 10)).toBeCloseTo(pixelsToLayout(cam(before), 10) / 2, 12);
    expect(pixelsToLayout(camera(1, 0, 0), 250)).toBeCloseTo(1, 12);
  });

  it('the clip transform the shader uses lands a point on the pixel layoutToScreen gives', () => {
    for (const cam of [camera(1, 0, 0), camera(2.5, -130, 45), camera(0.4, 60, 10, 300, 700)]) {
      const clip = clipTransform(cam);
      for (const [x, y] of [[0, 0], [0.7, -0.3], [-1.2, 0.95]]) {
        const clipX = x * clip.scaleX + clip.offsetX, clipY = y * clip.scaleY + clip.offsetY;
        const [sx, sy] = layoutToScreen(cam, x, y);
        expect(((clipX + 1) / 2) * cam.width).toBeCloseTo(sx, 6);
        expect(((1 - clipY) / 2) * cam.height).toBeCloseTo(sy, 6);
      }
    }
  });
});
