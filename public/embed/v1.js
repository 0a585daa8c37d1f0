/* Exchange hack timeline embed loader v1 (documented in the README). Never changed incompatibly. */
(function () {
  var script = document.currentScript;
  // A later copy (a snippet added after load) mounts the new placeholders.
  if (typeof window.__timelineEmbedV1 == 'function') return window.__timelineEmbedV1();
  if (!script) return;
  var base = new URL('..', script.src);
  var WIDGET = /^(timeline|thread\/[a-z0-9-]{1,80}|event\/[a-z0-9-]{1,120})\/?(\?[\w=&.-]{0,200})?$/;
  var frames = [];

  function mount() {
    var holders = document.querySelectorAll('[data-timeline-embed]:not([data-timeline-embed-ready])');
    for (var i = 0; i < holders.length; i++) {
      var holder = holders[i];
      var match = WIDGET.exec((holder.getAttribute('data-timeline-embed') || '').replace(/^\/?(embed\/)?/, ''));
      if (!match) continue;
      var link = holder.querySelector('a');
      var frame = document.createElement('iframe');
      frame.src = new URL('embed/' + match[1] + '/' + (match[2] || ''), base).href;
      frame.title = holder.getAttribute('data-title') || (link && link.textContent.trim()) || 'Timeline';
      frame.loading = 'lazy';
      frame.setAttribute('scrolling', 'no');
      frame.style.cssText = 'display:block;width:100%;height:360px;border:0;overflow:hidden';
      holder.setAttribute('data-timeline-embed-ready', '');
      holder.replaceChildren(frame);
      frames.push(frame);
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== base.origin || !data || data.type !== 'exchange-timeline:height' || data.version !== 1) return;
    var height = data.height;
    if (typeof height !== 'number' || !(height > 0 && height < 20000)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';
    }
  });

  window.__timelineEmbedV1 = mount;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
  else mount();
})();
