// One horizontal cut line across the dendrogram: a slider that the mouse drags and the arrow keys move
// one segment at a time (up = fewer, down = more); it says its height and how many clusters it leaves.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { ScaleLinear } from 'd3';
import { clusterCountAtHeight, steppedCutHeight } from '../../analysis/treeCuts';

interface CutLineProps {
  /** Accessible name of the slider. */
  name: string;
  /** Plural noun of what the cut makes: "segments", "sub-segments", "micro-segments". */
  noun: string;
  height: number;
  heights: Float64Array;
  y: ScaleLinear<number, number>;
  x0: number;
  x1: number;
  colour: string;
  dashed: boolean;
  /** Converts a pointer's clientY into a y in the SVG's own coordinates. */
  toSvgY: (clientY: number) => number;
  onChange: (height: number) => void;
}

export function CutLine({ name, noun, height, heights, y, x0, x1, colour, dashed, toSvgY, onChange }: CutLineProps) {
  const dragging = useRef(false);
  const count = clusterCountAtHeight(heights, height);
  const top = y.domain()[1];
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const page = top / 10;
    const moves: Record<string, () => number> = {
      ArrowUp: () => steppedCutHeight(heights, height, 1),
      ArrowRight: () => steppedCutHeight(heights, height, 1),
      ArrowDown: () => steppedCutHeight(heights, height, -1),
      ArrowLeft: () => steppedCutHeight(heights, height, -1),
      PageUp: () => height + page,
      PageDown: () => height - page,
      Home: () => top,
      End: () => 0,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    onChange(move());
  };
  const onPointerDown = (event: PointerEvent<SVGGElement>) => {
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    if (dragging.current) onChange(y.invert(toSvgY(event.clientY)));
  };
  const stop = (event: PointerEvent<SVGGElement>) => {
    dragging.current = false;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const py = y(height);
  return (
    <g role="slider" tabIndex={0} aria-label={name} aria-orientation="vertical"
      aria-valuemin={0} aria-valuemax={Number(top.toPrecision(4))} aria-valuenow={Number(height.toPrecision(4))}
      aria-valuetext={`height ${height.toPrecision(3)}: ${count} ${noun}`} className="cut-line"
      onKeyDown={onKeyDown} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={stop} onPointerCancel={stop}>
      {/* A wide transparent band makes the thin line easy to grab. */}
      <line x1={x0} x2={x1} y1={py} y2={py} stroke="transparent" strokeWidth={12} />
      <line x1={x0} x2={x1} y1={py} y2={py} stroke={colour} strokeWidth={2} strokeDasharray={dashed ? '6 4' : undefined} />
      <text x={x1 + 4} y={py + 4} fill={colour} fontSize={11}>{`${count} ${noun}`}</text>
    </g>
  );
}
