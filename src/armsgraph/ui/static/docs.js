// Renders /openapi.json as a readable list of routes and parameters (offline API docs).
(function () {
  "use strict";
  var root = document.getElementById("api-docs");
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined) n.textContent = text;
    return n;
  }
  function typeOf(schema) {
    if (!schema) return "";
    if (schema.anyOf) return schema.anyOf.map(typeOf).filter(function (t) { return t !== "null"; }).join(" | ");
    if (schema.enum) return schema.enum.join(" | ");
    if (schema.type === "array") return typeOf(schema.items) + "[]";
    return schema.type || (schema.$ref ? schema.$ref.split("/").pop() : "");
  }
  fetch("/openapi.json").then(function (r) { return r.json(); }).then(function (spec) {
    root.textContent = "";
    var info = el("p", "muted", spec.info.title + " " + spec.info.version + " — " + (spec.info.description || ""));
    root.appendChild(info);
    Object.keys(spec.paths).sort().forEach(function (path) {
      var ops = spec.paths[path];
      Object.keys(ops).forEach(function (method) {
        var op = ops[method];
        var sec = el("section", "route panel");
        var h = el("h2");
        h.appendChild(el("span", "method m-" + method, method.toUpperCase()));
        h.appendChild(document.createTextNode(" "));
        var code = el("code", null, path);
        h.appendChild(code);
        sec.appendChild(h);
        if (op.summary) sec.appendChild(el("p", null, op.summary));
        if (op.description && op.description !== op.summary) sec.appendChild(el("p", "muted", op.description));
        var params = op.parameters || [];
        if (params.length) {
          var wrap = el("div", "table-wrap");
          var t = el("table");
          var head = el("tr");
          ["Parameter", "In", "Type", "Description"].forEach(function (c) { var th = el("th", null, c); th.scope = "col"; head.appendChild(th); });
          var thead = el("thead"); thead.appendChild(head); t.appendChild(thead);
          var tb = el("tbody");
          params.forEach(function (p) {
            var tr = el("tr");
            tr.appendChild(el("td", null, p.name + (p.required ? " *" : "")));
            tr.appendChild(el("td", null, p["in"]));
            tr.appendChild(el("td", null, typeOf(p.schema)));
            tr.appendChild(el("td", null, p.description || (p.schema && p.schema.description) || ""));
            tb.appendChild(tr);
          });
          t.appendChild(tb); wrap.appendChild(t); sec.appendChild(wrap);
        }
        if (op.requestBody) {
          var types = Object.keys(op.requestBody.content || {}).join(", ");
          sec.appendChild(el("p", "muted", "Body: " + types + " (needs the server token)"));
        }
        var required = params.some(function (p) { return p.required; });
        if (method === "get" && path.indexOf("{") < 0 && !required) {
          var a = el("a", null, "Try " + path);
          a.href = path;
          sec.appendChild(a);
        }
        root.appendChild(sec);
      });
    });
  }).catch(function (err) {
    root.textContent = "Could not load /openapi.json: " + err;
  });
})();
