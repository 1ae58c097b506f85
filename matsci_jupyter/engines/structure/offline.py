"""HTML that draws a plotly figure with no server and no internet (exported notebooks).

plotly.js (4.8 MB) travels gzip-compressed and base64-encoded (about 2 MB) inside a
non-executed ``<script type="application/x-matsci-plotlyjs">`` block. Each figure's
small loader uses ``window.Plotly`` when the page has it, otherwise decompresses the
first such block on the page (``DecompressionStream``: Chrome 80+, Firefox 113+,
Safari 16.4+). So plotly.js needs to be in one output of a notebook only; the
viewer embeds it in the first view of a kernel session and whenever asked.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
import uuid
from functools import lru_cache
from typing import Any

PLOTLYJS_TYPE = "application/x-matsci-plotlyjs"

_LOADER = """
%(helpers)s
(function () {
  var id = %(id)s, tries = 0;
  function el(sel) { return document.querySelector(sel); }
  function fail(msg) {
    var box = document.getElementById(id);
    if (box) box.innerHTML = '<div style="padding:1em;color:#9a6700">' + msg + '</div>';
  }
  function draw() {
    var spec = JSON.parse(document.getElementById(id + "-spec").textContent);
    var div = document.getElementById(id);
    window.Plotly.newPlot(div, spec.figure.data, spec.figure.layout, spec.config).then(
      function () { matsciDecorate(div, window.Plotly); });
  }
  function start() {
    if (!document.getElementById(id)) {  // the output may not be attached yet
      if (tries++ < 100) return setTimeout(start, 50);
      return;
    }
    if (window.Plotly) return draw();
    if (!window.__matsciPlotly) {
      var blob = el('script[type="%(type)s"]');
      if (!blob) return fail("3D view unavailable: plotly.js was embedded in an earlier output " +
        "that is no longer on this page. Re-run the cell with view(..., plotlyjs='embed').");
      if (typeof DecompressionStream === "undefined")
        return fail("3D view needs a newer browser (DecompressionStream).");
      var raw = atob(blob.textContent.trim()), bytes = new Uint8Array(raw.length);
      for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      window.__matsciPlotly = new Response(stream).text().then(function (code) {
        var s = document.createElement("script");
        s.textContent = "(function (define, module, exports) {\\n" + code + "\\n})();";
        document.head.appendChild(s);
      });
    }
    window.__matsciPlotly.then(draw, function (e) { fail("could not load plotly.js: " + e); });
  }
  start();
})();
"""


@lru_cache(maxsize=1)
def _helpers() -> str:
    """Theme, resize and level-of-detail functions shared with the live widget."""
    from importlib import resources

    return resources.files(__package__).joinpath("static/figure_helpers.js").read_text("utf-8")


@lru_cache(maxsize=1)
def plotlyjs_payload() -> str:
    """plotly.min.js, gzip-compressed and base64-encoded (about 2 MB)."""
    from plotly.offline import get_plotlyjs

    return base64.b64encode(gzip.compress(get_plotlyjs().encode("utf-8"), 6)).decode("ascii")


def plotlyjs_block() -> str:
    return f'<script type="{PLOTLYJS_TYPE}">{plotlyjs_payload()}</script>'


def _script_json(text: str) -> str:
    """JSON text made safe inside a <script> element."""
    return text.replace("</", "<\\/")


def figure_html(
    figure_json: str, config: dict[str, Any], *, height: int, embed_plotlyjs: bool
) -> str:
    """A div plus the scripts that draw ``figure_json`` (plotly's ``fig.to_json()``) into it."""
    div_id = f"matsci-{uuid.uuid4().hex[:12]}"
    spec = f'{{"figure": {figure_json}, "config": {json.dumps(config)}}}'
    parts = [
        f'<div id="{div_id}" class="matsci-structure-figure" '
        f'style="height:{height}px;width:100%;min-width:0"></div>',
        f'<script type="application/json" id="{div_id}-spec">{_script_json(spec)}</script>',
    ]
    if embed_plotlyjs:
        parts.append(plotlyjs_block())
    loader = _LOADER % {"id": json.dumps(div_id), "type": PLOTLYJS_TYPE, "helpers": _helpers()}
    parts.append(f"<script>{loader}</script>")
    return "\n".join(parts)


def download_link(text: str, filename: str, mime: str = "text/plain") -> str:
    """An <a download> link carrying ``text`` as a data URI (works offline)."""
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return (
        f'<a download="{html.escape(filename)}" href="data:{mime};base64,{data}" '
        f'style="margin-right:8px">{html.escape(filename)}</a>'
    )


def standalone_page(body: str, title: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}"
        f"</title></head><body style='font-family:sans-serif'>{body}</body></html>"
    )
