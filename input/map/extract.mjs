// Makes near-east.json, the locator map's outlines, from Natural Earth 1:50m as packaged in world-atlas.
// Run once where world-atlas@2.0.2 and topojson-client@3.1.0 are installed (npm install), then copy the
// output here: node extract.mjs > near-east.json. Outlines are cut to the map's frame, thinned to points
// at least 0.08 degrees apart and rounded to 0.01 degree (about a kilometre), which keeps the file small.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(process.cwd() + "/");
const { feature } = require("topojson-client");
const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
const frame = { west: 34, east: 54, south: 27.5, north: 40.5 };
const keep = ["Iraq", "Iran", "Syria", "Turkey", "Saudi Arabia", "Jordan", "Kuwait", "Lebanon", "Israel", "Palestine",
  "Cyprus", "N. Cyprus", "Armenia", "Azerbaijan", "Georgia", "Qatar", "Bahrain", "United Arab Emirates", "Egypt", "Turkmenistan"];
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
const round = v => Math.round(v * 100) / 100;
function ring(points) {
  const out = [];
  for (const [lon, lat] of points) {
    const p = [round(clamp(lon, frame.west - 1, frame.east + 1)), round(clamp(lat, frame.south - 1, frame.north + 1))];
    const last = out[out.length - 1];
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= 0.08) out.push(p);
  }
  return out;
}
const inside = r => r.some(([lon, lat]) => lon > frame.west && lon < frame.east && lat > frame.south && lat < frame.north);
const countries = [];
for (const f of feature(topo, topo.objects.countries).features) {
  if (!keep.includes(f.properties.name)) continue;
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = polygons.map(p => p[0]).filter(inside).map(ring).filter(r => r.length >= 4);
  if (rings.length) countries.push({ name: f.properties.name, rings });
}
countries.sort((a, b) => a.name < b.name ? -1 : 1);
process.stdout.write(JSON.stringify({
  source: "Natural Earth 1:50m country boundaries (public domain), from the world-atlas npm package 2.0.2 (ISC licence, Mike Bostock)",
  frame, countries }) + "\n");
