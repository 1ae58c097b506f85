/* matsci structure figures: follow the JupyterLab theme (live), fit the container, and hide
   the bond trace while rotating large cells. Plain functions, used by the offline HTML loader
   and by the StructureFigure widget (figure_widget.js). */
function matsciThemeColors() {
  var cs = getComputedStyle(document.body || document.documentElement);
  var fg = cs.getPropertyValue("--jp-ui-font-color1").trim();
  var fg2 = cs.getPropertyValue("--jp-ui-font-color2").trim();
  if (!fg) {  // not inside JupyterLab's theme (a standalone page): dark text on the page
    fg = "#222222";
    fg2 = "#666666";
  }
  return { fg: fg, fg2: fg2 || fg };
}

function matsciApplyTheme(div, Plotly) {
  var c = matsciThemeColors();
  if (div.__matsciThemeKey === c.fg + c.fg2) return;
  div.__matsciThemeKey = c.fg + c.fg2;
  Plotly.relayout(div, {
    "font.color": c.fg,
    "legend.font.color": c.fg,
    "modebar.color": c.fg2,
    "modebar.activecolor": c.fg,
    "modebar.bgcolor": "rgba(0,0,0,0)"
  });
}

function matsciBondIndex(div) {
  var data = div.data || [];
  for (var k = 0; k < data.length; k++) if (data[k].name === "bonds") return k;
  return -1;
}

function matsciDecorate(div, Plotly) {
  matsciApplyTheme(div, Plotly);
  if (div.__matsciDecorated) return;
  div.__matsciDecorated = true;
  var alive = function () { return document.body.contains(div); };
  // the theme: JupyterLab flips data-jp-theme-* on <body>; its CSS arrives a moment later
  var themeObserver = new MutationObserver(function () {
    if (!alive()) return themeObserver.disconnect();
    [30, 300, 1000].forEach(function (ms) {
      setTimeout(function () { if (alive()) matsciApplyTheme(div, Plotly); }, ms);
    });
  });
  themeObserver.observe(document.body, { attributes: true, attributeFilter: ["data-jp-theme-light", "data-jp-theme-name"] });
  // the size: sidebars, tabs and narrow windows change the container, not the window
  if (typeof ResizeObserver !== "undefined") {
    var lastWidth = 0, pending = false;
    var resizeObserver = new ResizeObserver(function () {
      if (!alive()) return resizeObserver.disconnect();
      var width = div.clientWidth;
      if (!width || width === lastWidth || pending) return;
      pending = true;
      requestAnimationFrame(function () {
        pending = false;
        lastWidth = div.clientWidth;
        Plotly.Plots.resize(div);
      });
    });
    resizeObserver.observe(div);
  }
  // level of detail: bonds of large cells are hidden while the camera moves
  var hidden = false;
  div.on("plotly_relayouting", function () {
    var meta = (div.layout && div.layout.meta) || {};
    var k = matsciBondIndex(div);
    if (!meta.matsci_lod || hidden || k < 0) return;
    hidden = true;
    Plotly.restyle(div, { visible: false }, [k]);
  });
  div.on("plotly_relayout", function () {
    if (!hidden) return;
    hidden = false;
    var k = matsciBondIndex(div);
    if (k >= 0) Plotly.restyle(div, { visible: true }, [k]);
  });
}
