// GLSL ES 3.0 sources of the map's point program: positions eased between two layouts by a uniform,
// colour and visibility looked up in small textures, and one program for the dim, selected and hover passes.

/** Attribute locations, fixed so that buffers can be swapped without asking the program. */
export const ATTRIBUTE = { x: 0, y: 1, previousX: 2, previousY: 3, category: 4, segment: 5, selected: 6 } as const;

/** What one draw call paints: every point, the unselected ones dimmed, the selected ones, or the hover ring. */
export const PASS = { all: 0, dimmed: 1, selected: 2, ring: 3 } as const;

/** The visibility texture's width: segment s sits at (s mod width, s div width). */
export const VISIBILITY_WIDTH = 4096;

export const POINT_VERTEX_SHADER = `#version 300 es
precision highp float;
precision highp int;
layout(location = 0) in float a_x;
layout(location = 1) in float a_y;
layout(location = 2) in float a_previousX;
layout(location = 3) in float a_previousY;
layout(location = 4) in uint a_category;
layout(location = 5) in int a_segment;
layout(location = 6) in uint a_selected;
uniform vec2 u_scale;
uniform vec2 u_offset;
uniform float u_progress;
uniform float u_pointSize;
uniform float u_dimming;
uniform int u_pass;
uniform int u_noise;
uniform int u_selectSegment;
uniform bool u_selecting;
uniform sampler2D u_palette;
uniform sampler2D u_visibility;
out vec4 v_colour;

void main() {
  int segment = a_segment < 0 ? u_noise : a_segment;
  vec4 colour = texelFetch(u_palette, ivec2(int(a_category), 0), 0);
  float shown = texelFetch(u_visibility, ivec2(segment % ${VISIBILITY_WIDTH}, segment / ${VISIBILITY_WIDTH}), 0).r;
  bool selected = u_selectSegment >= 0 ? segment == u_selectSegment : u_selecting && a_selected != 0u;
  bool skipped = colour.a == 0.0 || shown == 0.0
    || (u_pass == ${PASS.dimmed} && selected) || (u_pass == ${PASS.selected} && !selected);
  if (skipped) {
    // Outside the clip volume: no fragment is shaded for a hidden point or one drawn by the other pass.
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 1.0;
    v_colour = vec4(0.0);
    return;
  }
  vec2 place = mix(vec2(a_previousX, a_previousY), vec2(a_x, a_y), u_progress);
  gl_Position = vec4(place * u_scale + u_offset, 0.0, 1.0);
  gl_PointSize = u_pass == ${PASS.ring} ? u_pointSize * 2.5 + 4.0 : u_pointSize;
  v_colour = vec4(colour.rgb, colour.a * (u_pass == ${PASS.dimmed} ? u_dimming : 1.0));
}
`;

export const POINT_FRAGMENT_SHADER = `#version 300 es
precision highp float;
precision highp int;
uniform int u_pass;
uniform float u_pointSize;
in vec4 v_colour;
out vec4 o_colour;

void main() {
  float r = length(gl_PointCoord * 2.0 - 1.0);
  if (r > 1.0) discard;
  if (u_pass == ${PASS.ring}) {
    // A dark ring with a white inner edge around the hovered point, readable on every segment colour.
    if (r < 0.55) discard;
    o_colour = r < 0.7 ? vec4(1.0) : vec4(0.09, 0.11, 0.16, 1.0);
    return;
  }
  // The edge fades over about one device pixel, so small points stay round without multisampling.
  float edge = clamp((1.0 - r) * u_pointSize * 0.5, 0.0, 1.0);
  o_colour = vec4(v_colour.rgb, v_colour.a * edge);
}
`;
