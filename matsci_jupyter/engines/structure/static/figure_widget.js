/* The StructureFigure widget (anywidget ESM): one plotly figure, drawn with the page's
   plotly.js (window.Plotly, or the compressed copy an earlier output embedded, or — only when
   the page has neither — one copy asked from the kernel). figure_helpers.js is prepended. */
var PLOTLYJS_TYPE = "application/x-matsci-plotlyjs";

function matsciEvalPlotly(b64) {
  var raw = atob(b64.trim()), bytes = new Uint8Array(raw.length);
  for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text().then(function (code) {
    var s = document.createElement("script");
    s.textContent = "(function (define, module, exports) {\n" + code + "\n})();";
    document.head.appendChild(s);
  });
}

function matsciPlotly(model) {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  if (!window.__matsciPlotly) {
    var blob = document.querySelector('script[type="' + PLOTLYJS_TYPE + '"]');
    if (blob) {
      window.__matsciPlotly = matsciEvalPlotly(blob.textContent);
    } else {
      window.__matsciPlotly = new Promise(function (resolve, reject) {
        var got = function () {
          var payload = model.get("plotlyjs");
          if (!payload) return;
          model.off("change:plotlyjs", got);
          matsciEvalPlotly(payload).then(resolve, reject);
        };
        model.on("change:plotlyjs", got);
        got();
        model.send({ type: "need-plotlyjs" });
      });
    }
  }
  return window.__matsciPlotly.then(function () { return window.Plotly; });
}

function render({ model, el }) {
  var div = document.createElement("div");
  div.className = "matsci-structure-figure";
  div.style.width = "100%";
  div.style.height = model.get("height") + "px";
  el.appendChild(div);
  var draw = function (Plotly, first) {
    var fig = model.get("figure");
    var call = first ? Plotly.newPlot : Plotly.react;
    return call(div, fig.data, fig.layout, model.get("config")).then(function () {
      div.__matsciThemeKey = null;
      matsciDecorate(div, Plotly);
    });
  };
  matsciPlotly(model).then(function (Plotly) {
    draw(Plotly, true);
    model.on("change:figure", function () { draw(Plotly, false); });
  }, function (e) {
    div.textContent = "could not load plotly.js: " + e;
  });
}

export default { render };
