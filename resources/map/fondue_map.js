/* Fondue Desk map: markers, clusters, heat, boundary and the location picker.
 *
 * Loaded last by the folium page (fondue_desk.maps.page), after Leaflet, MarkerCluster,
 * leaflet-heat and qwebchannel.js. Everything it shows comes from app://data/... as JSON and is
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
  // One canvas for all circle markers: 100k SVG elements would stall the page.
  var renderer = L.canvas({ padding: 0.5 });
  var group = null;
  var heat = null;
  var heatOn = false;
  var data = { statuses: [], categories: [], rows: [], count: 0, skipped: 0 };
  var byId = {};
  var loadToken = 0;
  var pendingLoad = null;
  var legend = null;
  var highlight = null;
  var pin = null;
  var markers = [];  // the L.circleMarker of data.rows[i] is markers[i]
  // Selection: complaint ids in a Set (100k markers), the look kept in each marker's options.
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
  function clusterIcon(cluster) {
    var children = cluster.getAllChildMarkers();
    var counts = {};
    var chosen = 0;
    var anyChosen = selected.size > 0;
    for (var i = 0; i < children.length; i++) {
      var s = children[i].options.status;
      counts[s] = (counts[s] || 0) + 1;
      if (anyChosen && selected.has(children[i].options.complaintId)) chosen++;
    }
    // A ring of status shares: a cluster of mostly overdue work looks red from afar.
    var stops = [];
    var start = 0;
    for (var key = 0; key < data.statuses.length; key++) {
      if (!counts[key]) continue;
      var end = start + (counts[key] / children.length) * 360;
      var colour = data.statuses[key].colour;
      stops.push(colour + " " + start.toFixed(1) + "deg " + end.toFixed(1) + "deg");
      start = end;
    }
    var size = children.length < 100 ? 34 : children.length < 1000 ? 42 : 50;
    var ring = el("div", "fondue-cluster");
    ring.style.background = "conic-gradient(" + stops.join(",") + ")";
    ring.style.width = ring.style.height = size + "px";
    ring.appendChild(el("span", "fondue-cluster-count", children.length.toLocaleString("th-TH")));
    if (chosen > 0) {
      // A blue ring and a badge: this cluster holds selected complaints (how many).
      ring.classList.add("fondue-cluster-selected");
      ring.appendChild(el("span", "fondue-cluster-badge", chosen.toLocaleString("th-TH")));
    }
    return L.divIcon({ html: ring, className: "fondue-cluster-icon", iconSize: [size, size] });
  }

  function createGroup() {
    group = L.markerClusterGroup({
      chunkedLoading: true,
      chunkInterval: 120,
      chunkDelay: 5,
      chunkProgress: chunkProgress,
      showCoverageOnHover: false,
      maxClusterRadius: 60,
      iconCreateFunction: clusterIcon
    });
    group.on("click", function (event) {
      if (selectionBox && selectionBox.moved()) return;  // the click that ends a Shift-drag
      var id = event.layer.options.complaintId;
      var original = event.originalEvent || {};
      if (original.ctrlKey || original.metaKey) toggleSelected(id);
      else openPopup(id);
    });
    map.addLayer(group);  // before addLayers: only a group on the map loads in chunks
  }

  function chunkProgress(processed, total) {
    if (processed < total || pendingLoad === null) return;
    var finished = pendingLoad;
    pendingLoad = null;
    // MarkerCluster draws the clusters right after this callback; report after that.
    setTimeout(function () { markersDrawn(finished); }, 0);
  }

  function markersDrawn(token) {
    if (token !== loadToken) return;
    if (heatOn) showHeat();
    if (desk) desk.markersLoaded(data.count, data.skipped);
    state.markers = true;
    maybeReady();
  }

  function draw(payload, token) {
    data = payload;
    byId = {};
    group.clearLayers();
    if (heat) { map.removeLayer(heat); heat = null; }
    var rows = payload.rows;
    var kept = new Set();
    markers = new Array(rows.length);
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var status = payload.statuses[row[3]] || { colour: "#616161" };
      var category = payload.categories[row[4]] || { colour: "#333333" };
      var marker = L.circleMarker([row[1], row[2]], {
        renderer: renderer, radius: 7, weight: 3, opacity: 1, fillOpacity: 0.9,
        fillColor: status.colour, color: category.colour, baseColour: category.colour,
        // Only the group's click handler sees marker clicks: not the map's "click on empty
        // map clears the selection".
        bubblingMouseEvents: false,
        complaintId: row[0], status: row[3]
      });
      markers[i] = marker;
      byId[row[0]] = i;
      if (selected.has(row[0])) { kept.add(row[0]); markerLook(marker, true); }
    }
    // New markers (a filter change, a reload): what is still shown stays selected.
    if (kept.size !== selected.size) { selected = kept; selectionChanged(); }
    showLegend();
    if (markers.length === 0) {
      setTimeout(function () { markersDrawn(token); }, 0);
      return;
    }
    pendingLoad = token;
    group.addLayers(markers, true);
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

  // ------------------------------------------------------------------ popup
  function popupContent(row) {
    var status = data.statuses[row[3]] || { label: "?", colour: "#616161" };
    var category = data.categories[row[4]] || { name: "?", colour: "#333333" };
    var box = el("div", "fondue-popup");
    box.appendChild(el("div", "fondue-popup-title", row[6]));
    var categoryLine = el("div", "fondue-popup-line");
    categoryLine.appendChild(swatch(category.colour));
    categoryLine.appendChild(document.createTextNode(category.name));
    box.appendChild(categoryLine);
    var statusLine = el("div", "fondue-popup-line");
    statusLine.appendChild(swatch(status.colour));
    statusLine.appendChild(document.createTextNode(status.label));
    box.appendChild(statusLine);
    box.appendChild(el("div", "fondue-popup-line",
      label("age", "อายุเรื่อง") + " " + row[5] + " " + label("days", "วัน")));
    if (row[7] > 0) {
      box.appendChild(el("div", "fondue-popup-line fondue-overdue",
        label("overdue", "เกินกำหนด") + " " + row[7] + " " + label("days", "วัน")));
    }
    var link = el("a", "fondue-popup-open", label("open", "เปิดในทะเบียน"));
    link.href = "#";
    link.addEventListener("click", function (event) {
      event.preventDefault();
      if (desk) desk.openComplaint(row[0]);
    });
    box.appendChild(link);
    return box;
  }

  function openPopup(complaintId) {
    var index = byId[complaintId];
    if (index === undefined) return false;
    var row = data.rows[index];
    L.popup({ offset: [0, -4] }).setLatLng([row[1], row[2]])
      .setContent(popupContent(row)).openOn(map);
    return true;
  }

  // ------------------------------------------------------------------ layers and controls
  function showHeat() {
    if (heat) map.removeLayer(heat);
    var points = new Array(data.rows.length);
    for (var i = 0; i < data.rows.length; i++) points[i] = [data.rows[i][1], data.rows[i][2], 1];
    heat = L.heatLayer(points, { radius: 18, blur: 16, maxZoom: 16, minOpacity: 0.35 });
    map.addLayer(heat);
  }

  function setHeat(on) {
    heatOn = !!on;
    if (heatOn) {
      if (group && map.hasLayer(group)) map.removeLayer(group);
      showHeat();
    } else {
      if (heat) { map.removeLayer(heat); heat = null; }
      if (group && !map.hasLayer(group)) map.addLayer(group);
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
          style: { color: "#1d5fa8", weight: 2, opacity: 0.9, fill: false } }).addTo(map);
        layer.bringToBack();
        if (cfg.mode === "register") map.fitBounds(layer.getBounds(), { padding: [16, 16] });
      });
  }

  // ------------------------------------------------------------------ selection
  // Shift + drag selects every complaint inside the box (from the data, so also those hidden
  // in clusters); Ctrl/⌘ + click toggles one; Esc or a click on empty map clears. A marker's
  // look lives in its options: a cluster that opens later draws it selected, and only markers
  // drawn at this moment are repainted. Python hears of every change (desk.selectionChanged).
  var SELECTED_COLOUR = "#0b3d91";

  function markerLook(marker, on) {
    var options = marker.options;
    options.weight = on ? 5 : 3;
    options.color = on ? SELECTED_COLOUR : options.baseColour;
    if (marker._map) {
      marker.setRadius(on ? 10 : 7);  // repaints it
      if (on) marker.bringToFront();
    } else {
      options.radius = marker._radius = on ? 10 : 7;
    }
  }

  function applySelection(changedIds) {
    if (changedIds.length === 0) return;
    var changed = [];
    for (var i = 0; i < changedIds.length; i++) {
      var index = byId[changedIds[i]];
      if (index === undefined) continue;
      markerLook(markers[index], selected.has(changedIds[i]));
      changed.push(markers[index]);
    }
    if (group && changed.length) {
      flagClusters(changed);
      group.refreshClusters([]);  // new icons for the flagged clusters on the map now
    }
    selectionChanged();
  }

  // Mark the clusters above changed markers as needing a new icon; those not on the map get
  // it when next shown. MarkerCluster's own refreshClusters(markers) walks from every marker
  // up to the top; a stamp stops each walk where an earlier one went (half the time at 50,000).
  var flagStamp = 0;
  function flagClusters(changed) {
    var stamp = ++flagStamp;
    for (var i = 0; i < changed.length; i++) {
      var parent = changed[i].__parent;
      while (parent && parent._fondueStamp !== stamp) {
        parent._fondueStamp = stamp;
        parent._iconNeedsUpdate = true;
        parent = parent.__parent;
      }
    }
  }

  function selectInBounds(south, west, north, east) {
    var rows = data.rows;
    var added = [];
    for (var i = 0; i < rows.length; i++) {
      var lat = rows[i][1], lon = rows[i][2];
      if (lat >= south && lat <= north && lon >= west && lon <= east && !selected.has(rows[i][0])) {
        selected.add(rows[i][0]);
        added.push(rows[i][0]);
      }
    }
    applySelection(added);
    return selected.size;
  }

  function toggleSelected(complaintId) {
    if (byId[complaintId] === undefined) return false;
    if (selected.has(complaintId)) selected.delete(complaintId);
    else selected.add(complaintId);
    applySelection([complaintId]);
    return selected.has(complaintId);
  }

  function clearSelection() {
    if (selected.size === 0) return 0;
    var was = Array.from(selected);
    selected = new Set();
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
      selected.size.toLocaleString("th-TH") + " " + label("complaints", "เรื่อง");
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
  // MarkerCluster needs the map's zoom range; without a tile layer the map has none.
  if (map.options.maxZoom === undefined) map.setMaxZoom(cfg.maxZoom || 19);
  if (map.options.minZoom === undefined) map.setMinZoom(cfg.minZoom || 0);

  window.fondue = {
    map: map,
    loadMarkers: loadMarkers,
    markerCount: function () { return group ? group.getLayers().length : 0; },
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
      for (var i = 0; i < markers.length; i++) {
        if (markers[i].options.color === SELECTED_COLOUR) n++;
      }
      return n;
    },
    markerPoint: function (complaintId) {
      var marker = markers[byId[complaintId]];
      if (!marker || !marker._map) return null;
      var point = map.latLngToContainerPoint(marker.getLatLng());
      return [point.x, point.y];
    }
  };

  if (cfg.noBaseMap) notice(label("no_base_map", "ไม่มีแผนที่ฐาน"), "topright", "fondue-notice");
  if (cfg.hasBoundary) loadBoundary();
  if (cfg.mode === "picker") {
    notice(label("picker_hint", "คลิกบนแผนที่เพื่อปักหมุด"), "topright", "fondue-hint");
    map.on("click", function (event) { placePin(event.latlng); report(event.latlng); });
  } else {
    createGroup();
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
