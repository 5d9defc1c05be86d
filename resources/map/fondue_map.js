/* Fondue Desk map: markers, clusters, heat, boundary and the location picker.
 *
 * Loaded last by the folium page (fondue_desk.maps.page), after Leaflet, leaflet-heat and
 * qwebchannel.js. Everything it shows comes from app://data/... as JSON and is
 * put on the page with textContent only: complaint data is never parsed as HTML.
 * The page talks back to the desk only through the QWebChannel object `desk` (ui/map/bridge.py).
 */
(function () {
  "use strict";

  var cfg = window.FONDUE_CONFIG || {};
  var map = window[cfg.mapVar];
  var labels = cfg.labels || {};
  var desk = null;
  var state = { channel: false, markers: cfg.mode !== "register", readySent: false };
  // One canvas for all circle markers: thousands of SVG elements would stall the page.
  var renderer = L.canvas({ padding: 0.5 });
  var clusterLayer = null;  // the cluster icons on screen now
  var pointLayer = null;    // the markers drawn on their own now (on the canvas)
  var heat = null;
  var heatOn = false;
  // Marker i is the i-th value of every column of the payload (maps.markers).
  var data = { statuses: [], categories: [], count: 0, skipped: 0,
               id: [], lat: [], lon: [], status: [], category: [] };
  var loadToken = 0;
  var legend = null;
  var highlight = null;
  var pin = null;
  // Per marker i: web-mercator x and y in [0, 1] (for clustering), and 1 while selected.
  var mx = new Float64Array(0);
  var my = new Float64Array(0);
  var chosen = new Uint8Array(0);
  var drawn = new Map();  // complaint id → its circle marker, while drawn on its own
  // Selection: complaint ids in a Set (what Python hears), mirrored per marker in `chosen`.
  var selected = new Set();
  var selectionBox = null;
  var selectionControl = null;

  function label(key, fallback) {
    return typeof labels[key] === "string" ? labels[key] : fallback;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function swatch(colour) {
    var dot = el("span", "fondue-swatch");
    dot.style.background = colour;  // a style property, never markup
    return dot;
  }

  function maybeReady() {
    if (state.readySent || !state.channel || !state.markers) return;
    state.readySent = true;
    desk.ready();
  }

  // ------------------------------------------------------------------ markers
  // Clustering is ours, on a grid: at zoom z the markers falling in one CELL-pixel square form
  // a cluster (drawn at their mean), and a neighbouring square whose centre lies within MERGE
  // pixels joins the larger one, so two clusters never sit on top of each other. A redraw walks
  // the marker arrays once (a few ms at 300,000) and draws only what is on screen: tens of
  // cluster icons and the markers standing alone. Nothing is built per marker when markers
  // arrive, so 300,000 complaints are drawn as soon as they are parsed (Leaflet.markercluster
  // built an object per marker and a tree per zoom: 1.6 s for 100,000).
  var CELL = 80;
  var MERGE = 40;
  var MAX_LAT = 85.0511287798;  // web mercator's edge

  function mercatorY(lat) {
    var sin = Math.sin(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI / 180);
    return 0.5 - 0.25 * Math.log((1 + sin) / (1 - sin)) / Math.PI;
  }

  function latitude(y) {
    return 360 * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) / Math.PI - 90;
  }

  // Positions come as whole micro-degrees (maps.markers); degrees and web-mercator x, y here.
  function project(payload) {
    var n = payload.id.length;
    payload.lat = new Float64Array(n);
    payload.lon = new Float64Array(n);
    mx = new Float64Array(n);
    my = new Float64Array(n);
    for (var i = 0; i < n; i++) {
      var lat = payload.lat[i] = payload.lat_e6[i] / 1e6;
      var lon = payload.lon[i] = payload.lon_e6[i] / 1e6;
      mx[i] = lon / 360 + 0.5;
      my[i] = mercatorY(lat);
    }
  }

  function clusterIcon(group) {
    // A ring of status shares: a cluster of mostly overdue work looks red from afar.
    var stops = [];
    var start = 0;
    for (var key = 0; key < group.counts.length; key++) {
      if (!group.counts[key]) continue;
      var end = start + (group.counts[key] / group.n) * 360;
      var colour = data.statuses[key].colour;
      stops.push(colour + " " + start.toFixed(1) + "deg " + end.toFixed(1) + "deg");
      start = end;
    }
    var size = group.n < 100 ? 34 : group.n < 1000 ? 42 : 50;
    var ring = el("div", "fondue-cluster");
    ring.style.background = "conic-gradient(" + stops.join(",") + ")";
    ring.style.width = ring.style.height = size + "px";
    ring.appendChild(el("span", "fondue-cluster-count", group.n.toLocaleString("th-TH")));
    if (group.chosen > 0) {
      // A blue ring and a badge: this cluster holds selected complaints (how many).
      ring.classList.add("fondue-cluster-selected");
      ring.appendChild(el("span", "fondue-cluster-badge", group.chosen.toLocaleString("th-TH")));
    }
    return L.divIcon({ html: ring, className: "fondue-cluster-icon", iconSize: [size, size] });
  }

  function createLayers() {
    clusterLayer = L.featureGroup().addTo(map);
    pointLayer = L.featureGroup().addTo(map);
    clusterLayer.on("click", function (event) { zoomInto(event.layer.options.group); });
    pointLayer.on("click", function (event) {
      if (selectionBox && selectionBox.moved()) return;  // the click that ends a Shift-drag
      var id = event.layer.options.complaintId;
      var original = event.originalEvent || {};
      if (original.ctrlKey || original.metaKey) toggleSelected(id);
      else openPopup(id);
    });
    map.on("moveend", redraw);
  }

  // A cluster's click zooms to its markers, at least one level in.
  function zoomInto(group) {
    var bounds = L.latLngBounds([latitude(group.south), (group.west - 0.5) * 360],
                                [latitude(group.north), (group.east - 0.5) * 360]);
    var zoom = Math.min(map.getMaxZoom(), Math.max(map.getZoom() + 1,
      map.getBoundsZoom(bounds, false, L.point(CELL, CELL))));
    map.setView(bounds.getCenter(), zoom);
  }

  function cellsOnScreen(zoom) {
    var world = 256 * Math.pow(2, zoom) / CELL;  // cells across the world at this zoom
    // The deepest zoom puts every marker on its own, as MarkerCluster did; there thousands of
    // markers can be on screen, so less is drawn beyond its edges.
    var alone = zoom >= map.getMaxZoom();
    var bounds = map.getBounds().pad(alone ? 0.1 : 0.25);
    var west = Math.max(0, bounds.getWest() / 360 + 0.5);
    var east = Math.min(1, bounds.getEast() / 360 + 0.5);
    var north = mercatorY(bounds.getNorth()), south = mercatorY(bounds.getSouth());
    var groups = [];
    var i, x, y, c;
    if (alone) {
      for (i = 0; i < mx.length; i++) {
        x = mx[i]; y = my[i];
        if (x >= west && x <= east && y >= north && y <= south) {
          groups.push({ n: 1, first: i, into: null });
        }
      }
      return groups;
    }
    // The drawn area's cells as one dense grid (a few hundred): per marker only typed-array
    // sums, no object and no hash lookup.
    var kx0 = Math.floor(west * world), ky0 = Math.floor(north * world);
    var cols = Math.floor(east * world) - kx0 + 1, rows = Math.floor(south * world) - ky0 + 1;
    var size = cols * rows;
    var statusCount = data.statuses.length, status = data.status;
    var count = new Int32Array(size), first = new Int32Array(size), picked = new Int32Array(size);
    var sumX = new Float64Array(size), sumY = new Float64Array(size);
    var minX = new Float64Array(size).fill(Infinity), maxX = new Float64Array(size).fill(-Infinity);
    var minY = new Float64Array(size).fill(Infinity), maxY = new Float64Array(size).fill(-Infinity);
    var counts = new Int32Array(size * statusCount);
    for (i = 0; i < mx.length; i++) {
      x = mx[i]; y = my[i];
      if (x < west || x > east || y < north || y > south) continue;
      c = (Math.floor(x * world) - kx0) * rows + (Math.floor(y * world) - ky0);
      if (count[c]++ === 0) first[c] = i;
      sumX[c] += x;
      sumY[c] += y;
      if (x < minX[c]) minX[c] = x;
      if (x > maxX[c]) maxX[c] = x;
      if (y < minY[c]) minY[c] = y;
      if (y > maxY[c]) maxY[c] = y;
      counts[c * statusCount + status[i]]++;
      if (chosen[i]) picked[c]++;
    }
    var grid = new Array(size);
    for (c = 0; c < size; c++) {
      if (count[c] === 0) continue;
      grid[c] = { kx: Math.floor(c / rows), ky: c % rows, n: count[c], sx: sumX[c], sy: sumY[c],
                  first: first[c], chosen: picked[c], west: minX[c], east: maxX[c],
                  north: minY[c], south: maxY[c], into: null,
                  counts: Array.from(counts.subarray(c * statusCount, (c + 1) * statusCount)) };
      groups.push(grid[c]);
    }
    mergeNeighbours(grid, cols, rows, groups, world * CELL);
    return groups;
  }

  function mergeNeighbours(grid, cols, rows, groups, pixels) {
    var limit = (MERGE / pixels) * (MERGE / pixels);
    groups.sort(function (a, b) { return b.n - a.n; });
    groups.forEach(function (group) { group.cx = group.sx / group.n; group.cy = group.sy / group.n; });
    groups.forEach(function (group) {
      if (group.into) return;
      for (var dx = -1; dx <= 1; dx++) {
        for (var dy = -1; dy <= 1; dy++) {
          var kx = group.kx + dx, ky = group.ky + dy;
          if (kx < 0 || kx >= cols || ky < 0 || ky >= rows) continue;
          var other = grid[kx * rows + ky];
          if (!other || other === group || other.into || other.n > group.n) continue;
          var ddx = other.cx - group.cx, ddy = other.cy - group.cy;
          if (ddx * ddx + ddy * ddy > limit) continue;
          other.into = group;
          group.n += other.n;
          group.sx += other.sx;
          group.sy += other.sy;
          group.chosen += other.chosen;
          group.west = Math.min(group.west, other.west);
          group.east = Math.max(group.east, other.east);
          group.north = Math.min(group.north, other.north);
          group.south = Math.max(group.south, other.south);
          for (var s = 0; s < group.counts.length; s++) group.counts[s] += other.counts[s];
        }
      }
    });
  }

  function pointMarker(i) {
    var on = chosen[i] === 1;
    var status = data.statuses[data.status[i]] || { colour: "#616161" };
    var category = data.categories[data.category[i]] || { colour: "#333333" };
    return L.circleMarker([data.lat[i], data.lon[i]], {
      renderer: renderer, radius: on ? 10 : 7, weight: on ? 5 : 3, opacity: 1,
      fillOpacity: 0.9, fillColor: status.colour, color: on ? SELECTED_COLOUR : category.colour,
      // Only the layer's click handler sees marker clicks: not the map's "click on empty map
      // clears the selection".
      bubblingMouseEvents: false,
      complaintId: data.id[i]
    });
  }

  function redraw() {
    if (!clusterLayer) return;
    clusterLayer.clearLayers();
    pointLayer.clearLayers();
    drawn = new Map();
    if (heatOn || mx.length === 0) return;
    var groups = cellsOnScreen(Math.round(map.getZoom()));
    var chosenAlone = [];
    for (var g = 0; g < groups.length; g++) {
      var group = groups[g];
      if (group.into) continue;
      if (group.n === 1) {
        if (chosen[group.first]) { chosenAlone.push(group.first); continue; }
        drawn.set(data.id[group.first], pointMarker(group.first).addTo(pointLayer));
      } else {
        var centre = [latitude(group.sy / group.n), (group.sx / group.n - 0.5) * 360];
        clusterLayer.addLayer(L.marker(centre, { icon: clusterIcon(group), group: group }));
      }
    }
    // Selected markers last: the canvas paints in order, so they lie on top.
    chosenAlone.forEach(function (i) { drawn.set(data.id[i], pointMarker(i).addTo(pointLayer)); });
  }

  function markersDrawn(token) {
    if (token !== loadToken) return;
    if (heatOn) showHeat();
    if (desk) desk.markersLoaded(data.count, data.skipped);
    state.markers = true;
    maybeReady();
  }

  function draw(payload, token) {
    if (payload.v !== 2) throw new Error("markers: unknown payload version " + payload.v);
    data = payload;
    project(payload);
    if (heat) { map.removeLayer(heat); heat = null; }
    var ids = payload.id;
    chosen = new Uint8Array(ids.length);
    // New markers (a filter change, a reload): what is still shown stays selected.
    var kept = new Set();
    if (selected.size > 0) {
      for (var i = 0; i < ids.length; i++) {
        if (selected.has(ids[i])) { chosen[i] = 1; kept.add(ids[i]); }
      }
    }
    if (kept.size !== selected.size) { selected = kept; selectionChanged(); }
    showLegend();
    redraw();
    // Leaflet paints the canvas on its next frame: report after that.
    setTimeout(function () { markersDrawn(token); }, 0);
  }

  function loadMarkers(url) {
    var token = ++loadToken;
    return fetch(url || cfg.markersUrl)
      .then(function (response) {
        if (!response.ok) throw new Error("markers: HTTP " + response.status);
        return response.json();
      })
      .then(function (payload) { if (token === loadToken) draw(payload, token); });
  }

  function indexOf(complaintId) {
    return data.id.indexOf(complaintId);  // 0.3 ms at 300,000: no index kept for a click
  }

  // ------------------------------------------------------------------ popup
  // The markers carry no text: a popup asks for its complaint (app://data/complaint/<id>.json),
  // a few ms, and fills in when it comes.
  function popupLine(colour, text) {
    var line = el("div", "fondue-popup-line");
    line.appendChild(swatch(colour));
    line.appendChild(document.createTextNode(text));
    return line;
  }

  function fillPopup(box, details) {
    box.title.textContent = details.tracking_no;
    var lines = box.lines;
    lines.textContent = "";
    lines.appendChild(popupLine(details.category.colour, details.category.name));
    lines.appendChild(popupLine(details.status.colour, details.status.label));
    lines.appendChild(el("div", "fondue-popup-line",
      label("age", "อายุเรื่อง") + " " + details.age_days + " " + label("days", "วัน")));
    if (details.overdue_days > 0) {
      lines.appendChild(el("div", "fondue-popup-line fondue-overdue",
        label("overdue", "เกินกำหนด") + " " + details.overdue_days + " " + label("days", "วัน")));
    }
  }

  function popupBox(complaintId) {
    var box = el("div", "fondue-popup");
    var title = el("div", "fondue-popup-title", label("popup_loading", "กำลังโหลด…"));
    var lines = el("div", "fondue-popup-lines");
    box.appendChild(title);
    box.appendChild(lines);
    var link = el("a", "fondue-popup-open", label("open", "เปิดในทะเบียน"));
    link.href = "#";
    link.addEventListener("click", function (event) {
      event.preventDefault();
      if (desk) desk.openComplaint(complaintId);
    });
    box.appendChild(link);
    return { node: box, title: title, lines: lines };
  }

  function openPopup(complaintId) {
    var i = indexOf(complaintId);
    if (i < 0) return false;
    var box = popupBox(complaintId);
    var popup = L.popup({ offset: [0, -4] }).setLatLng([data.lat[i], data.lon[i]])
      .setContent(box.node).openOn(map);
    fetch((cfg.detailsUrl || "app://data/complaint/") + complaintId + ".json")
      .then(function (response) {
        if (!response.ok) throw new Error("complaint: HTTP " + response.status);
        return response.json();
      })
      .then(function (details) { fillPopup(box, details); popup.update(); })
      .catch(function () { box.title.textContent = label("load_failed", "โหลดข้อมูลไม่สำเร็จ"); });
    return true;
  }

  // ------------------------------------------------------------------ layers and controls
  function showHeat() {
    if (heat) map.removeLayer(heat);
    var n = data.id.length;
    var points = new Array(n);
    for (var i = 0; i < n; i++) points[i] = [data.lat[i], data.lon[i], 1];
    heat = L.heatLayer(points, { radius: 18, blur: 16, maxZoom: 16, minOpacity: 0.35 });
    map.addLayer(heat);
  }

  function setHeat(on) {
    heatOn = !!on;
    if (!clusterLayer) return heatOn;
    if (heatOn) {
      map.removeLayer(clusterLayer);
      map.removeLayer(pointLayer);
      redraw();
      showHeat();
    } else {
      if (heat) { map.removeLayer(heat); heat = null; }
      if (!map.hasLayer(clusterLayer)) map.addLayer(clusterLayer);
      if (!map.hasLayer(pointLayer)) map.addLayer(pointLayer);
      redraw();
    }
    return heatOn;
  }

  function showLegend() {
    if (legend) map.removeControl(legend);
    legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var box = el("div", "fondue-legend");
      data.statuses.forEach(function (status) {
        var line = el("div", "fondue-legend-line");
        line.appendChild(swatch(status.colour));
        line.appendChild(document.createTextNode(status.label));
        box.appendChild(line);
      });
      return box;
    };
    legend.addTo(map);
  }

  function notice(text, position, className) {
    var control = L.control({ position: position });
    control.onAdd = function () { return el("div", className, text); };
    control.addTo(map);
    return control;
  }

  function showArea(lat, lon, radiusM) {
    var centre = L.latLng(lat, lon);
    if (highlight) map.removeLayer(highlight);
    highlight = L.circle(centre, { radius: radiusM, color: "#d32f2f", weight: 2,
      dashArray: "6 4", fill: false, interactive: false }).addTo(map);
    map.fitBounds(centre.toBounds(radiusM * 6), { maxZoom: 17 });
  }

  function loadBoundary() {
    return fetch(cfg.boundaryUrl)
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (geojson) {
        if (!geojson) return;
        var layer = L.geoJSON(geojson, { interactive: false,
          style: { color: "#1d5fa8", weight: 2, opacity: 0.9, fill: false },
          onEachFeature: labelVillage }).addTo(map);
        layer.bringToBack();
        if (cfg.mode === "register") map.fitBounds(layer.getBounds(), { padding: [16, 16] });
      });
  }

  // Each village outline carries its name (services.map_places labels it), centred and always
  // shown: "หมู่ที่ 3 บ้านหนองบัว" close up, "ม.3" where full names would pile on each other,
  // nothing when the whole district is in view.
  var VILLAGE_FULL_LABEL_ZOOM = 14;
  var VILLAGE_SHORT_LABEL_ZOOM = 12;

  function labelVillage(feature, layer) {
    var props = feature.properties || {};
    if (typeof props.label !== "string" || !props.label) return;
    var box = el("span");
    box.appendChild(el("span", "fondue-label-full", props.label));
    box.appendChild(el("span", "fondue-label-short", props.short_label || props.label));
    layer.bindTooltip(box, { permanent: true, direction: "center",
      className: "fondue-village-label", interactive: false, opacity: 1 });
  }

  function showVillageLabels() {
    var zoom = map.getZoom();
    var classes = map.getContainer().classList;
    classes.toggle("fondue-labels-hidden", zoom < VILLAGE_SHORT_LABEL_ZOOM);
    classes.toggle("fondue-labels-short", zoom < VILLAGE_FULL_LABEL_ZOOM);
  }

  // Offline, a square never shown on this desk has no tile: say why it is empty, and take the
  // note away once a whole screenful loads again.
  function watchTiles() {
    var missing = null;
    map.eachLayer(function (layer) {
      if (!(layer instanceof L.TileLayer)) return;
      var failed = 0;
      layer.on("loading", function () { failed = 0; });
      layer.on("tileerror", function () {
        failed++;
        if (!missing) {
          missing = notice(label("tiles_missing",
            "ไม่มีแผนที่ฐานของบริเวณนี้ในเครื่อง (ไม่ได้เชื่อมต่ออินเทอร์เน็ต)"),
            "topright", "fondue-notice fondue-tiles-missing");
        }
      });
      layer.on("load", function () {
        if (failed === 0 && missing) { map.removeControl(missing); missing = null; }
      });
    });
  }

  // ------------------------------------------------------------------ selection
  // Shift + drag selects every complaint inside the box (from the data, so also those hidden
  // in clusters); Ctrl/⌘ + click toggles one; Esc or a click on empty map clears. Each change
  // sets the markers' flags in `chosen` and redraws what is on screen, clusters included (their
  // badge counts the selected complaints they hold). Python hears of every change
  // (desk.selectionChanged).
  var SELECTED_COLOUR = "#0b3d91";

  function applySelection(changedIds) {
    if (changedIds.length === 0) return;
    redraw();
    selectionChanged();
  }

  function selectInBounds(south, west, north, east) {
    var lats = data.lat, lons = data.lon, ids = data.id;
    var added = [];
    for (var i = 0; i < ids.length; i++) {
      var lat = lats[i], lon = lons[i];
      if (lat >= south && lat <= north && lon >= west && lon <= east && !chosen[i]) {
        chosen[i] = 1;
        selected.add(ids[i]);
        added.push(ids[i]);
      }
    }
    applySelection(added);
    return selected.size;
  }

  function toggleSelected(complaintId) {
    var i = indexOf(complaintId);
    if (i < 0) return false;
    chosen[i] = chosen[i] ? 0 : 1;
    if (chosen[i]) selected.add(complaintId);
    else selected.delete(complaintId);
    applySelection([complaintId]);
    return chosen[i] === 1;
  }

  function clearSelection() {
    if (selected.size === 0) return 0;
    var was = Array.from(selected);
    selected = new Set();
    chosen.fill(0);
    applySelection(was);
    return 0;
  }

  function selectedIds() {
    return Array.from(selected).sort(function (a, b) { return a - b; });
  }

  function selectionChanged() {
    showSelectionCount();
    sendSelection();
  }

  function sendSelection() {
    if (!desk) return;  // sent once the channel is up
    desk.selectionChanged(selectedIds());
  }

  function showSelectionCount() {
    if (!selectionControl) return;
    var box = selectionControl.getContainer();
    box.style.display = selected.size > 0 ? "" : "none";
    box.firstChild.textContent = label("selected", "เลือก") + " " +
      selected.size.toLocaleString("th-TH") + " " +
      (selected.size === 1 ? label("complaint", "เรื่อง") : label("complaints", "เรื่อง"));
  }

  function addSelectionControl() {
    selectionControl = L.control({ position: "topleft" });
    selectionControl.onAdd = function () {
      var box = el("div", "fondue-selection");
      box.appendChild(el("span", "fondue-selection-count"));
      var clear = el("a", "fondue-selection-clear", label("clear", "ล้าง"));
      clear.href = "#";
      clear.addEventListener("click", function (event) {
        event.preventDefault();
        clearSelection();
      });
      box.appendChild(clear);
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    selectionControl.addTo(map);
    showSelectionCount();
  }

  // Leaflet's Shift-drag box, ending in a selection instead of a zoom.
  var BoxSelect = L.Map.BoxZoom.extend({
    _onMouseMove: function (event) {
      L.Map.BoxZoom.prototype._onMouseMove.call(this, event);
      if (this._box) this._box.classList.add("fondue-select-box");
    },
    _onMouseUp: function (event) {
      if ((event.which !== 1) && (event.button !== 1)) return;
      this._finish();
      if (!this._moved) return;
      // As BoxZoom does: stay "moved" until the click that follows this mouseup has passed.
      this._clearDeferredResetState();
      this._resetStateTimeout = setTimeout(L.Util.bind(this._resetState, this), 0);
      var bounds = L.latLngBounds(this._map.containerPointToLatLng(this._startPoint),
                                  this._map.containerPointToLatLng(this._point));
      selectInBounds(bounds.getSouth(), bounds.getWest(), bounds.getNorth(), bounds.getEast());
    }
  });

  function enableSelection() {
    map.boxZoom.disable();
    map.addHandler("boxSelect", BoxSelect);
    selectionBox = map.boxSelect;
    selectionBox.enable();
    map.on("click", function (event) {
      var original = event.originalEvent || {};
      if (selectionBox.moved() || original.shiftKey || original.ctrlKey || original.metaKey) return;
      clearSelection();
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") clearSelection();
    });
    addSelectionControl();
  }

  // ------------------------------------------------------------------ picker
  var pinIcon = L.divIcon({ className: "fondue-pin", html: "<span></span>",
    iconSize: [26, 26], iconAnchor: [13, 26] });

  function placePin(latlng) {
    if (pin) { pin.setLatLng(latlng); return; }
    pin = L.marker(latlng, { draggable: true, icon: pinIcon, autoPan: true }).addTo(map);
    pin.on("dragend", function () { report(pin.getLatLng()); });
  }

  function report(latlng) {
    if (desk) desk.pickLocation(round6(latlng.lat), round6(latlng.lng));
  }

  function round6(value) { return Math.round(value * 1e6) / 1e6; }

  function setPicked(lat, lon) {
    var latlng = L.latLng(lat, lon);
    placePin(latlng);
    map.setView(latlng, Math.max(map.getZoom(), 16));
  }

  // ------------------------------------------------------------------ start
  // Clustering needs the map's zoom range; without a tile layer the map has none.
  if (map.options.maxZoom === undefined) map.setMaxZoom(cfg.maxZoom || 19);
  if (map.options.minZoom === undefined) map.setMinZoom(cfg.minZoom || 0);

  window.fondue = {
    map: map,
    loadMarkers: loadMarkers,
    markerCount: function () { return data.id.length; },
    payload: function () { return { count: data.count, skipped: data.skipped }; },
    openPopup: openPopup,
    setHeat: setHeat,
    heatShown: function () { return !!heat && map.hasLayer(heat); },
    showArea: showArea,
    setPicked: setPicked,
    picked: function () { return pin ? [pin.getLatLng().lat, pin.getLatLng().lng] : null; },
    isReady: function () { return state.readySent; },
    selectInBounds: selectInBounds,
    selectedIds: selectedIds,
    clearSelection: clearSelection,
    toggleSelected: toggleSelected,
    // For tests: how many markers wear the selected look (drawn or hidden in a cluster), and
    // where a marker drawn on its own is (container pixels), or null while a cluster holds it.
    markedCount: function () {
      var n = 0;
      for (var i = 0; i < chosen.length; i++) {
        if (!chosen[i]) continue;
        var marker = drawn.get(data.id[i]);
        if (!marker || marker.options.color === SELECTED_COLOUR) n++;
      }
      return n;
    },
    markerPoint: function (complaintId) {
      var marker = drawn.get(complaintId);
      if (!marker || !marker._map) return null;
      var point = map.latLngToContainerPoint(marker.getLatLng());
      return [point.x, point.y];
    }
  };

  if (cfg.noBaseMap) notice(label("no_base_map", "ไม่มีแผนที่ฐาน"), "topright", "fondue-notice");
  else watchTiles();
  map.on("zoomend", showVillageLabels);
  showVillageLabels();
  if (cfg.hasBoundary) loadBoundary();
  if (cfg.mode === "picker") {
    notice(label("picker_hint", "คลิกบนแผนที่เพื่อปักหมุด"), "topright", "fondue-hint");
    map.on("click", function (event) { placePin(event.latlng); report(event.latlng); });
  } else {
    createLayers();
    enableSelection();
    loadMarkers(cfg.markersUrl);
  }
  if (typeof QWebChannel === "function" && window.qt && qt.webChannelTransport) {
    new QWebChannel(qt.webChannelTransport, function (channel) {
      desk = channel.objects.desk;
      state.channel = true;
      if (state.markers && cfg.mode === "register") desk.markersLoaded(data.count, data.skipped);
      if (selected.size > 0) sendSelection();  // chosen before the channel was up
      maybeReady();
    });
  }
})();
