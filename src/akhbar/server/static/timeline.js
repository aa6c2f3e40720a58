// Tooltips for the story page's timeline plot (templates/timeline_plot.html).
// Hover, keyboard focus or a tap on a point shows its date, event and sources; a click or tap pins
// the tooltip so its links can be followed, Escape or a click elsewhere closes it. Without this
// script every point is still a link to its row of the table below the plot.
(function () {
  "use strict";

  function setUp(plot) {
    var open = null;
    var pinned = false;
    var timer = 0;

    function place(point, tip) {
      var box = plot.getBoundingClientRect();
      var at = point.getBoundingClientRect();
      var width = tip.offsetWidth;
      var left = at.left + at.width / 2 - box.left - width / 2;
      tip.style.left = Math.max(0, Math.min(left, box.width - width)) + "px";
      tip.style.top = at.bottom - box.top + 6 + "px";
    }

    function hide() {
      clearTimeout(timer);
      if (open) {
        open.tip.hidden = true;
        open.point.classList.remove("active");
      }
      open = null;
      pinned = false;
    }

    function hideSoon() {
      if (pinned) return;
      clearTimeout(timer);
      // a short delay lets the pointer travel from the point onto the tooltip's links
      timer = setTimeout(hide, 300);
    }

    function show(point) {
      clearTimeout(timer);
      var tip = document.getElementById(point.getAttribute("data-tip"));
      if (!tip) return;
      if (open && open.point !== point) hide();
      tip.hidden = false;
      place(point, tip);
      point.classList.add("active");
      open = { point: point, tip: tip };
    }

    plot.querySelectorAll(".tl-pt").forEach(function (point) {
      point.addEventListener("mouseenter", function () { show(point); });
      point.addEventListener("mouseleave", hideSoon);
      point.addEventListener("focus", function () { show(point); });
      point.addEventListener("blur", function (event) {
        if (!open || !open.tip.contains(event.relatedTarget)) hideSoon();
      });
      point.addEventListener("click", function (event) {
        event.preventDefault();
        if (open && open.point === point && pinned) {
          hide();
        } else {
          show(point);
          pinned = true;
        }
      });
    });
    plot.querySelectorAll(".tl-tip").forEach(function (tip) {
      tip.addEventListener("mouseenter", function () { clearTimeout(timer); });
      tip.addEventListener("mouseleave", hideSoon);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") hide();
    });
    document.addEventListener("click", function (event) {
      if (open && !plot.contains(event.target)) hide();
    });
    window.addEventListener("resize", function () {
      if (open) place(open.point, open.tip);
    });
  }

  document.querySelectorAll(".tl-plot").forEach(setUp);
})();
