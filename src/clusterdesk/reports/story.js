/* ClusterDesk web story: steps through the slides of a presentation over the project's map.
   Texts are in the page's HTML (escaped there) or set as textContent here: nothing from the data is ever
   parsed as HTML. The map is drawn from embedded data over the offline basemap; no tile server. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("cd-story-data").textContent);
  var root = document.documentElement;
  var slides = Array.prototype.slice.call(document.querySelectorAll(".cd-slide"));
  var railButtons = Array.prototype.slice.call(document.querySelectorAll(".cd-rail-item"));
  var counter = document.querySelector(".cd-counter");
  var black = document.querySelector(".cd-black");
  var notesButton = document.querySelector(".cd-toggle-notes");
  var reducedMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var current = -1, moveToken = 0;

  // A circle marker outlined by any polygon of unit vertices (x right, y up), drawn on the canvas
  var ShapeMarker = L.CircleMarker.extend({
    options: { outlineShape: null },
    _updatePath: function () {
      var vertices = this.options.outlineShape;
      if (!vertices) { return L.CircleMarker.prototype._updatePath.call(this); }
      var renderer = this._renderer;
      if (!renderer._drawing || this._empty()) { return; }
      var ctx = renderer._ctx, p = this._point, r = this._radius;
      ctx.beginPath();
      for (var i = 0; i < vertices.length; i++) {
        var x = p.x + vertices[i][0] * r, y = p.y - vertices[i][1] * r;
        if (i === 0) { ctx.moveTo(x, y); } else { ctx.lineTo(x, y); }
      }
      ctx.closePath();
      renderer._fillStroke(ctx, this);
    }
  });

  function textElement(className, text) {
    var element = document.createElement("span");
    element.className = className;
    element.textContent = text;
    return element;
  }

  var map = L.map("cd-map", {
    zoomControl: false, keyboard: false, attributionControl: true, preferCanvas: true, zoomSnap: 0.25,
    worldCopyJump: false
  });
  L.control.zoom({ position: "topright", zoomInTitle: data.controls.zoomIn, zoomOutTitle: data.controls.zoomOut })
    .addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(data.attribution.replace(/[&<>"']/g, function (c) {
    return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
  }));
  map.createPane("cdBasemap").style.zIndex = 250;
  map.createPane("cdBoundaries").style.zIndex = 380;
  map.createPane("cdHighlight").style.zIndex = 620;
  var basemapRenderer = L.canvas({ pane: "cdBasemap", padding: 0.5 });
  var boundaryRenderer = L.canvas({ pane: "cdBoundaries", padding: 0.5 });
  var overlayRenderer = L.canvas({ padding: 0.5 });
  var highlightRenderer = L.svg({ pane: "cdHighlight" });

  // The basemap: land, water, borders and towns (the "labels" layer names the towns)
  var basemap = L.layerGroup(), placeLabels = [];
  var basemapStyles = {
    land: { stroke: false, fillColor: "#f3efe4", fillOpacity: 1 },
    lakes: { color: "#9cc3dc", weight: 0.8, fillColor: "#cfe3f0", fillOpacity: 1 },
    rivers: { color: "#8db9d6", weight: 1.2 },
    borders: { color: "#8c7a8c", weight: 1.4, dashArray: "6 3 1.5 3" }
  };
  ["land", "lakes", "rivers", "borders"].forEach(function (name) {
    var collection = data.basemap[name];
    if (collection && collection.features.length) {
      basemap.addLayer(L.geoJSON(collection, { style: basemapStyles[name], interactive: false, renderer: basemapRenderer }));
    }
  });
  var places = L.layerGroup();
  data.basemap.places.forEach(function (place) {
    var dot = L.circleMarker([place[2], place[1]], {
      renderer: basemapRenderer, radius: 3, color: "#555", weight: 1, fillColor: "#fff", fillOpacity: 1, interactive: false
    });
    dot.bindTooltip(textElement("", place[0]), { permanent: true, direction: "right", offset: [5, 0], className: "cd-place" });
    places.addLayer(dot);
    placeLabels.push(dot);
  });
  // Town names would print over each other: in order of importance, a name stays only where it is clear
  function declutter() {
    // The names of highlighted stakeholders come first: a town's name gives way to them
    var taken = Array.prototype.map.call(document.querySelectorAll(".cd-highlight-name"), function (element) {
      var box = element.getBoundingClientRect(), origin = map.getContainer().getBoundingClientRect();
      return { left: box.left - origin.left - 30, top: box.top - origin.top,
               right: box.right - origin.left, bottom: box.bottom - origin.top };
    });
    placeLabels.forEach(function (dot) {
      var tooltip = dot.getTooltip(), element = tooltip && tooltip.getElement();
      if (!element || !map.hasLayer(dot)) { return; }
      var at = map.latLngToContainerPoint(dot.getLatLng());
      var box = { left: at.x - 4, top: at.y - element.offsetHeight / 2,
                  right: at.x + 10 + element.offsetWidth, bottom: at.y + element.offsetHeight / 2 };
      var clear = taken.every(function (o) {
        return box.right < o.left || box.left > o.right || box.bottom < o.top || box.top > o.bottom;
      });
      element.style.visibility = clear ? "" : "hidden";
      dot.setStyle({ opacity: clear ? 1 : 0, fillOpacity: clear ? 1 : 0 });
      if (clear) { taken.push(box); }
    });
  }
  map.on("zoomend", declutter);

  var boundaries = L.layerGroup();
  if (data.boundaries) {
    boundaries.addLayer(L.geoJSON(data.boundaries, { renderer: boundaryRenderer, style: data.boundaryStyle, interactive: false }));
  }
  var relationGroups = {};
  data.relations.forEach(function (layer) {
    var group = L.layerGroup();
    layer.lines.forEach(function (line) {
      group.addLayer(L.polyline(line, {
        renderer: overlayRenderer, color: layer.colour, weight: layer.weight, opacity: layer.opacity,
        dashArray: layer.dash, interactive: false
      }));
    });
    relationGroups[layer.kind] = group;
  });
  var stakeholderGroups = {};
  data.stakeholders.forEach(function (layer) {
    var group = L.featureGroup();
    for (var i = 0; i < layer.lon.length; i++) {
      group.addLayer(new ShapeMarker([layer.lat[i], layer.lon[i]], {
        renderer: overlayRenderer, radius: layer.radius, outlineShape: layer.shape, color: layer.outline,
        weight: 1, fillColor: layer.colour, fillOpacity: 0.9, index: i
      }));
    }
    group.on("click", function (event) {
      var box = document.createElement("div");
      box.appendChild(textElement("cd-popup-name", layer.name[event.layer.options.index]));
      box.appendChild(document.createElement("br"));
      box.appendChild(textElement("cd-popup-kind", layer.label));
      L.popup().setLatLng(event.latlng).setContent(box).openOn(map);
    });
    stakeholderGroups[layer.kind] = group;
  });
  var highlights = L.layerGroup().addTo(map);

  function toggle(layer, on) {
    if (on && !map.hasLayer(layer)) { map.addLayer(layer); }
    if (!on && map.hasLayer(layer)) { map.removeLayer(layer); }
  }

  var OFFSETS = { right: [16, 0], left: [-16, 0], top: [0, -16] };

  function nameRing(ring, name, side) {
    ring.unbindTooltip();
    ring.bindTooltip(textElement("", name), {
      permanent: true, direction: side, offset: OFFSETS[side], className: "cd-highlight-name"
    });
    ring.options.cdName = name;
    ring.options.cdSide = side;
  }

  // A name goes right of its ring, else left, else above, wherever it clears the card and the map's edge
  function placeNames() {
    var slide = slides[current], card = slide && slide.querySelector(".cd-slide-map .cd-card");
    var low = card && card.offsetWidth ? card.offsetLeft + card.offsetWidth + 8 : 8;
    var high = map.getSize().x - 50;
    highlights.eachLayer(function (ring) {
      var tooltip = ring.getTooltip(), element = tooltip && tooltip.getElement();
      if (!element) { return; }
      var x = map.latLngToContainerPoint(ring.getLatLng()).x, w = element.offsetWidth;
      var spans = { right: [x + 16, x + 16 + w], left: [x - 16 - w, x - 16], top: [x - w / 2, x + w / 2] };
      var side = ["right", "left", "top"].filter(function (name) {
        return spans[name][0] >= low && spans[name][1] <= high;
      })[0] || "right";
      if (side !== ring.options.cdSide) { nameRing(ring, ring.options.cdName, side); }
    });
  }
  map.on("zoomend", placeNames);

  // A slide's layers, kinds and highlighted stakeholders
  function applyLayers(view) {
    var shown = {};
    view.layers.forEach(function (name) { shown[name] = true; });
    toggle(basemap, !!shown.basemap);
    toggle(places, !!shown.basemap && !!shown.labels);
    toggle(boundaries, !!shown.boundaries);
    Object.keys(relationGroups).forEach(function (kind) {
      toggle(relationGroups[kind], !!shown.relations && (!view.relationKinds || view.relationKinds.indexOf(kind) >= 0));
    });
    Object.keys(stakeholderGroups).forEach(function (kind) {
      toggle(stakeholderGroups[kind], !!shown.stakeholders && (!view.kinds || view.kinds.indexOf(kind) >= 0));
    });
    highlights.clearLayers();
    var picked = view.highlighted;
    for (var i = 0; i < picked.lat.length; i++) {
      var ring = L.circleMarker([picked.lat[i], picked.lon[i]], {
        renderer: highlightRenderer, pane: "cdHighlight", radius: 15, color: "#e76f51", weight: 4, opacity: 1,
        fill: true, fillOpacity: 0.15, className: "cd-highlight", interactive: false
      });
      highlights.addLayer(ring);
      if (picked.name.length) { nameRing(ring, picked.name[i], "right"); }
    }
    root.setAttribute("data-story-highlighted", String(picked.lat.length));
    setTimeout(declutter, 0);
  }

  // Room the card and the notes leave for the map, so the slide's extent shows beside them
  function padding(slide) {
    var pad = 24, left = pad, bottom = pad;
    var card = slide.querySelector(".cd-card");
    if (slide.classList.contains("cd-slide-map") && card && card.offsetWidth < map.getSize().x * 0.6) {
      left = card.offsetLeft + card.offsetWidth + pad;
    }
    var notes = slide.querySelector(".cd-notes");
    if (notes && notes.offsetHeight) { bottom = notes.offsetHeight + pad; }
    return { paddingTopLeft: [left, pad], paddingBottomRight: [pad + 40, bottom] };
  }

  function viewReached(index, token) {
    if (token !== moveToken) { return; }
    placeNames();
    declutter();
    root.setAttribute("data-story-view", String(index));
  }

  function moveTo(index, slide, view) {
    var token = ++moveToken;
    root.removeAttribute("data-story-view");
    var bounds = view.bounds ? L.latLngBounds(view.bounds) : null;
    if (!bounds) { viewReached(index, token); return; }
    var options = padding(slide);
    options.maxZoom = 17;
    var target = map._getBoundsCenterZoom(bounds, options);
    var same = map.getZoom() === target.zoom && map.getCenter().distanceTo(target.center) < 1;
    if (reducedMotion || same || current < 0) {
      map.fitBounds(bounds, L.extend({ animate: false }, options));
      viewReached(index, token);
      return;
    }
    map.once("moveend", function () { viewReached(index, token); });
    map.flyToBounds(bounds, L.extend({ duration: 0.8, easeLinearity: 0.5 }, options));
  }

  // A ready-made view longer than its card is set smaller, step by step, down to 70 % of its size;
  // past that the card scrolls rather than shrink the type below what a room can read
  function fitView(slide) {
    var card = slide.querySelector(".cd-card"), view = slide.querySelector(".cd-view");
    if (!card || !view) { return; }
    var scale = 1;
    view.style.setProperty("--cd-fit", "1em");
    while (card.scrollHeight > card.clientHeight + 1 && scale > 0.7) {
      scale = Math.round((scale - 0.05) * 100) / 100;
      view.style.setProperty("--cd-fit", scale + "em");
    }
    slide.setAttribute("data-fit", String(scale));
  }

  function show(index) {
    index = Math.max(0, Math.min(slides.length - 1, index));
    var first = current < 0;
    slides.forEach(function (slide, i) { slide.hidden = i !== index; });
    railButtons.forEach(function (button, i) {
      if (i === index) { button.setAttribute("aria-current", "step"); } else { button.removeAttribute("aria-current"); }
    });
    counter.textContent = (index + 1) + "\u2009/\u2009" + slides.length;
    var slide = slides[index], view = data.views[index];
    root.classList.toggle("cd-on-view", slide.classList.contains("cd-slide-view"));
    fitView(slide);
    applyLayers(view);
    moveTo(index, slide, view);
    current = index;
    root.setAttribute("data-story-slide", String(index));
    if (!first && history.replaceState) {
      history.replaceState(null, "", "#" + (root.classList.contains("cd-show-notes") ? "notes," : "") + (index + 1));
    }
  }

  function setNotes(on) {
    root.classList.toggle("cd-show-notes", on);
    if (current >= 0) { fitView(slides[current]); }
    notesButton.setAttribute("aria-pressed", on ? "true" : "false");
    if (history.replaceState) { history.replaceState(null, "", "#" + (on ? "notes," : "") + (current + 1)); }
  }

  function toggleFullScreen() {
    if (document.fullscreenElement) { document.exitFullscreen(); }
    else if (root.requestFullscreen) { root.requestFullscreen().catch(function () {}); }
  }

  document.querySelector(".cd-previous").addEventListener("click", function () { show(current - 1); });
  document.querySelector(".cd-next").addEventListener("click", function () { show(current + 1); });
  document.querySelector(".cd-full-screen").addEventListener("click", toggleFullScreen);
  notesButton.addEventListener("click", function () { setNotes(!root.classList.contains("cd-show-notes")); });
  railButtons.forEach(function (button) {
    button.addEventListener("click", function () { show(Number(button.getAttribute("data-go"))); });
  });
  black.addEventListener("click", function () { black.hidden = true; });
  window.addEventListener("resize", function () { if (current >= 0) { fitView(slides[current]); } });

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (!black.hidden) { black.hidden = true; event.preventDefault(); return; }
    var key = event.key;
    var onButton = event.target && event.target.tagName === "BUTTON";
    if (key === "ArrowRight" || key === "ArrowDown" || key === "PageDown" || (key === " " && !onButton)) {
      show(current + 1);
    } else if (key === "ArrowLeft" || key === "ArrowUp" || key === "PageUp") {
      show(current - 1);
    } else if (key === "Home") {
      show(0);
    } else if (key === "End") {
      show(slides.length - 1);
    } else if (key === "Escape") {
      setNotes(false);
      map.closePopup();
      return;
    } else if (key === "n" || key === "N") {
      setNotes(!root.classList.contains("cd-show-notes"));
    } else if (key === "b" || key === "B" || key === ".") {
      black.hidden = false;
    } else if (key === "f" || key === "F") {
      toggleFullScreen();
    } else {
      return;
    }
    event.preventDefault();
  });

  // The first view: the slide named in the address (#3, #notes,3), or the first
  var hash = decodeURIComponent(location.hash.replace(/^#/, "")).split(",");
  if (hash.indexOf("notes") >= 0) { root.classList.add("cd-show-notes"); notesButton.setAttribute("aria-pressed", "true"); }
  var asked = hash.map(Number).filter(function (n) { return n >= 1 && n <= slides.length; });
  if (data.home) { map.fitBounds(data.home, { animate: false }); } else { map.setView([0, 0], 2); }
  var limits = L.latLngBounds(data.limits);
  map.setMinZoom(Math.max(0, map.getBoundsZoom(limits, true) - 0.25));
  map.setMaxBounds(limits.pad(0.05));
  map.options.maxBoundsViscosity = 1.0;
  show(asked.length ? asked[0] - 1 : 0);
  root.setAttribute("data-story-markers", String(data.markerCount));
  root.setAttribute("data-story-ready", "1");
  window.clusterdeskStory = { map: map, show: show, current: function () { return current; }, count: slides.length };
})();
