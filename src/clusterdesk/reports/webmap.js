/* ClusterDesk web map layers: stakeholders as canvas-drawn symbols, relations, boundaries, the offline
   basemap and the legend. Data arrive as columns (one array per field) to keep large maps small and fast. */
(function () {
  "use strict";

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // A circle marker whose outline can be any polygon given as unit vertices (x right, y up, |v| <= 1),
  // so canvas hit-testing and redraw bounds of the circle still hold.
  var ShapeMarker = L.CircleMarker.extend({
    options: { outlineShape: null },
    _updatePath: function () {
      var vertices = this.options.outlineShape;
      if (!vertices) {
        return L.CircleMarker.prototype._updatePath.call(this);
      }
      var renderer = this._renderer;
      if (!renderer._drawing || this._empty()) {
        return;
      }
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

  function popupHtml(layer, i, labels) {
    var rows = ["<div class='cd-popup'><div class='cd-popup-name'>" + escapeHtml(layer.name[i]) + "</div>",
                "<div class='cd-popup-kind' style='border-color:" + layer.colour + "'>" +
                escapeHtml(layer.label) + "</div><table>"];
    if (layer.employees[i] !== null) {
      rows.push("<tr><th>" + escapeHtml(labels.employees) + "</th><td>" +
                // the map's language, not the browser's, as in the legend
                Number(layer.employees[i]).toLocaleString(document.documentElement.lang || "en") + "</td></tr>");
    }
    if (layer.products[i]) {
      rows.push("<tr><th>" + escapeHtml(labels.products) + "</th><td>" + escapeHtml(layer.products[i]) + "</td></tr>");
    }
    rows.push("</table>");
    if (layer.contacts && layer.contacts[i] && layer.contacts[i].length) {
      rows.push("<div class='cd-popup-contacts'><b>" + escapeHtml(labels.contacts) + "</b><ul>");
      layer.contacts[i].forEach(function (line) { rows.push("<li>" + escapeHtml(line) + "</li>"); });
      rows.push("</ul></div>");
    }
    rows.push("</div>");
    return rows.join("");
  }

  function addStakeholders(map, group, layer, renderer, labels) {
    var markers = L.featureGroup();
    for (var i = 0; i < layer.lon.length; i++) {
      markers.addLayer(new ShapeMarker([layer.lat[i], layer.lon[i]], {
        renderer: renderer, radius: layer.radius[i], outlineShape: layer.shape,
        color: layer.outline, weight: 1, fillColor: layer.colour, fillOpacity: 0.9, index: i
      }));
    }
    // One click handler per kind instead of one popup per marker keeps 100,000 markers light
    markers.on("click", function (event) {
      // Keep the popup clear of the legend (left) and the layer list (right) when the map pans to it
      var legend = document.querySelector(".cd-legend");
      var layers = document.querySelector(".leaflet-control-layers");
      L.popup({
        maxWidth: 320,
        autoPanPaddingTopLeft: [(legend ? legend.offsetWidth : 0) + 20, 20],
        autoPanPaddingBottomRight: [(layers ? layers.offsetWidth : 0) + 20, 20]
      }).setLatLng(event.latlng)
        .setContent(popupHtml(layer, event.layer.options.index, labels)).openOn(map);
    });
    group.addLayer(markers);
  }

  function addRelations(group, relations, renderer) {
    for (var i = 0; i < relations.lines.length; i++) {
      group.addLayer(L.polyline(relations.lines[i], {
        renderer: renderer, color: relations.colour, weight: relations.weight, opacity: relations.opacity,
        dashArray: relations.dash, interactive: false
      }));
    }
  }

  function addBasemap(map, group, basemap, renderer) {
    var styles = {
      land: { stroke: false, fillColor: "#f3efe4", fillOpacity: 1 },
      lakes: { color: "#9cc3dc", weight: 0.8, fillColor: "#cfe3f0", fillOpacity: 1 },
      rivers: { color: "#8db9d6", weight: 1.2 },
      borders: { color: "#8c7a8c", weight: 1.4, dashArray: "6 3 1.5 3" }
    };
    ["land", "lakes", "rivers", "borders"].forEach(function (name) {
      if (basemap[name] && basemap[name].features.length) {
        group.addLayer(L.geoJSON(basemap[name], {
          style: styles[name], interactive: false, renderer: renderer
        }));
      }
    });
    var places = basemap.places.map(function (place) {
      var dot = L.circleMarker([place[2], place[1]], {
        renderer: renderer, radius: 2.5, color: "#555", weight: 1, fillColor: "#fff", fillOpacity: 1,
        interactive: false
      });
      dot.bindTooltip(escapeHtml(place[0]), {
        permanent: true, direction: "right", offset: [4, 0], className: "cd-place"
      });
      group.addLayer(dot);
      return dot;
    });
    // Names would print over each other where towns are close (Panama City and Balboa): at each zoom,
    // places in order of importance keep their label only where it clears those already shown
    function declutter() {
      var taken = [];
      places.forEach(function (dot) {
        var tooltip = dot.getTooltip(), element = tooltip && tooltip.getElement();
        if (!element || !map.hasLayer(dot)) { return; }
        var at = map.latLngToContainerPoint(dot.getLatLng());
        var box = { left: at.x - 3, top: at.y - element.offsetHeight / 2,
                    right: at.x + 8 + element.offsetWidth, bottom: at.y + element.offsetHeight / 2 };
        var clear = taken.every(function (other) {
          return box.right < other.left || box.left > other.right ||
                 box.bottom < other.top || box.top > other.bottom;
        });
        element.style.visibility = clear ? "" : "hidden";
        // A dot without its name says nothing; it goes with the name
        dot.setStyle({ opacity: clear ? 1 : 0, fillOpacity: clear ? 1 : 0 });
        element.classList.toggle("cd-place-hidden", !clear);
        if (clear) { taken.push(box); }
      });
    }
    map.on("zoomend", declutter);
    group.on("add", function () { setTimeout(declutter, 0); });
    return declutter;
  }

  // Leaflet's own words (zoom buttons, popup close button, layer switcher, scale bar) in the map's language;
  // the scale is metric only, its number written as the language writes numbers
  function speakTheMapsLanguage(map, words, language) {
    if (map.zoomControl) {
      map.removeControl(map.zoomControl);
    }
    map.zoomControl = L.control.zoom({ zoomInTitle: words.zoomIn, zoomOutTitle: words.zoomOut }).addTo(map);
    var scale = L.control.scale({ metric: true, imperial: false, position: "bottomright" });
    scale._updateMetric = function (maxMeters) {
      var meters = this._getRoundNum(maxMeters);
      var label = meters < 1000 ? meters.toLocaleString(language) + "\u00a0" + words.metres
        : (meters / 1000).toLocaleString(language) + "\u00a0" + words.kilometres;
      this._updateScale(this._mScale, label, meters / maxMeters);
    };
    scale.addTo(map);
    map.on("popupopen", function (event) {
      var close = event.popup.getElement().querySelector(".leaflet-popup-close-button");
      if (close) {
        close.setAttribute("aria-label", words.closePopup);
        close.title = words.closePopup;
      }
    });
  }

  // The legend's Results block: a click on a result rings the firms taking part in its plan actions
  // (a second click, or another result, clears them) and brings them into view
  function addResultHighlights(map, results, legendBox) {
    var buttons = legendBox.querySelectorAll(".cd-result[data-result]");
    if (!buttons.length) { return; }
    map.createPane("cdHighlight").style.zIndex = 620;
    var renderer = L.svg({ pane: "cdHighlight" });
    var rings = L.featureGroup().addTo(map);
    function show(button) {
      var wasPressed = button.getAttribute("aria-pressed") === "true";
      rings.clearLayers();
      buttons.forEach(function (other) { other.setAttribute("aria-pressed", "false"); });
      var firms = wasPressed ? null : results[Number(button.getAttribute("data-result"))];
      if (firms) {
        button.setAttribute("aria-pressed", "true");
        for (var i = 0; i < firms.lat.length; i++) {
          rings.addLayer(L.circleMarker([firms.lat[i], firms.lon[i]], {
            renderer: renderer, pane: "cdHighlight", radius: 11, color: "#e76f51", weight: 3, opacity: 0.95,
            fill: true, fillOpacity: 0.12, className: "cd-highlight"
          }).bindTooltip(escapeHtml(firms.name[i])));
        }
        if (!map.getBounds().contains(rings.getBounds())) {
          map.fitBounds(rings.getBounds().pad(0.2), {
            paddingTopLeft: [legendBox.offsetWidth + 30, 30], paddingBottomRight: [30, 30], maxZoom: 15
          });
        }
      }
      document.documentElement.setAttribute("data-clusterdesk-highlighted", String(firms ? firms.lat.length : 0));
    }
    buttons.forEach(function (button) {
      button.addEventListener("click", function () { show(button); });
    });
  }

  window.clusterdeskMap = function (map, groups, data) {
    window.clusterdeskLeafletMap = map;
    map.createPane("cdBasemap").style.zIndex = 250;
    map.createPane("cdBoundaries").style.zIndex = 380;
    var basemapRenderer = L.canvas({ pane: "cdBasemap", padding: 0.5 });
    var boundaryRenderer = L.canvas({ pane: "cdBoundaries", padding: 0.5 });
    var overlayRenderer = L.canvas({ padding: 0.5 });
    var declutter = addBasemap(map, groups.basemap, data.basemap, basemapRenderer);
    if (data.boundaries) {
      groups.boundaries.addLayer(L.geoJSON(data.boundaries, {
        renderer: boundaryRenderer, style: data.boundaryStyle,
        onEachFeature: function (feature, layer) { layer.bindTooltip(escapeHtml(feature.properties.name)); }
      }));
    }
    data.relations.forEach(function (relations, i) { addRelations(groups.relations[i], relations, overlayRenderer); });
    data.stakeholders.forEach(function (layer, i) {
      addStakeholders(map, groups.stakeholders[i], layer, overlayRenderer, data.labels);
    });
    speakTheMapsLanguage(map, data.controls, data.language || "en");
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(escapeHtml(data.attribution));
    var legend = L.control({ position: "bottomleft" });
    legend.onAdd = function () {
      var box = L.DomUtil.create("div", "cd-legend");
      box.innerHTML = data.legendHtml;
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    legend.addTo(map);
    addResultHighlights(map, data.results || [], legend.getContainer());
    // Fit once the layer control exists too, keeping the cluster clear of the legend and the control
    setTimeout(function () {
      if (data.bounds) {
        var layers = document.querySelector(".leaflet-control-layers");
        var left = legend.getContainer().offsetWidth + 30;
        var right = (layers ? layers.offsetWidth : 0) + 30;
        if (left + right > map.getSize().x * 0.6) { left = 30; right = 30; }
        map.fitBounds(data.bounds, { paddingTopLeft: [left, 30], paddingBottomRight: [right, 30], maxZoom: 16,
                                  animate: false });
      }
      if (data.limits) {
        // The embedded basemap ends at its box: keep the view inside it so the map never shows its edge
        var limits = L.latLngBounds(data.limits);
        map.setMinZoom(Math.min(map.getZoom(), map.getBoundsZoom(limits, true)));
        map.setMaxBounds(limits);
        map.options.maxBoundsViscosity = 1.0;
      }
      declutter();
      var toggle = document.querySelector(".leaflet-control-layers-toggle");
      if (toggle) {
        toggle.title = data.controls.layers;
        toggle.setAttribute("aria-label", data.controls.layers);
      }
      document.documentElement.lang = data.language || "en";
      document.documentElement.setAttribute("data-clusterdesk-markers", String(data.markerCount));
    }, 0);
  };
})();
