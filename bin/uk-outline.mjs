#!/usr/bin/env node
// Writes src/main/resources/data/uk-outline.txt: the United Kingdom's outline, pre-projected to a small SVG path, for
// the app's server-rendered maps. Run once when the outline should change; the app never runs it (no runtime
// dependency). Source: npm world-atlas 2.0.2 (countries-50m.json, TopoJSON of Natural Earth 1:50m Admin 0, public
// domain; world-atlas itself ISC). Usage:
//   npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz && node bin/uk-outline.mjs package/countries-50m.json
// Projection (the app's UkMap reads the same parameters from the file's first line): equirectangular about
// latitude 54.5, x = (lon - LON_MIN) * cos(54.5°) * SCALE, y = (LAT_MAX - lat) * SCALE, rounded to 0.1.
import fs from 'node:fs';

const [input = 'package/countries-50m.json', output = 'src/main/resources/data/uk-outline.txt'] = process.argv.slice(2);
const LON_MIN = -8.7;
const LAT_MAX = 60.9;
const LAT0 = 54.5;
const SCALE = 36;
const MIN_POINTS = 8; // rings with fewer points (tiny islets) are left out to keep the path small

const topo = JSON.parse(fs.readFileSync(input, 'utf8'));
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
});
const uk = topo.objects.countries.geometries.find((g) => g.id === '826');
const k = Math.cos((LAT0 * Math.PI) / 180) * SCALE;
const project = ([lon, lat]) => [(lon - LON_MIN) * k, (LAT_MAX - lat) * SCALE];
const ring = (indexes) => {
  const points = [];
  for (const i of indexes) {
    const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
};
let path = '';
let width = 0;
let height = 0;
for (const polygon of uk.arcs) {
  for (const indexes of polygon) {
    const points = ring(indexes).map(project);
    if (points.length < MIN_POINTS) {
      continue;
    }
    let last = '';
    points.forEach(([x, y], n) => {
      const p = `${x.toFixed(1)} ${y.toFixed(1)}`;
      if (p !== last) {
        path += (n === 0 ? 'M' : 'L') + p;
        last = p;
      }
      width = Math.max(width, x);
      height = Math.max(height, y);
    });
    path += 'Z';
  }
}
const header = `${LON_MIN} ${LAT_MAX} ${LAT0} ${SCALE} ${Math.ceil(width + 4)} ${Math.ceil(height + 4)}`;
fs.writeFileSync(output, `${header}\n${path}\n`);
console.log(`${output}: ${path.length} characters, viewBox 0 0 ${Math.ceil(width + 4)} ${Math.ceil(height + 4)}`);
// The same outline as a static picture: maps on screen show it behind their marks (web/register/register-macros.css),
// so a render does not send the path; exports write the path inline (AdoptionMapsTest keeps the two alike).
const [w, h] = [Math.ceil(width + 4), Math.ceil(height + 4)];
const picture = 'src/main/resources/web/register/uk-outline.svg';
fs.writeFileSync(picture, `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`
  + `<path d="${path}" fill="#ebecf0" stroke="#6b778c" stroke-width="0.6"/></svg>\n`);
console.log(`${picture}: the same outline as a static picture`);
