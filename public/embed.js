/*
 * Claimed Ground host script: resizes every iframe on this page that shows Claimed Ground
 * to the height of its content. Include it once, anywhere on the page:
 *
 *   <script src="https://YOUR-HOST/embed.js" async></script>
 *
 * The embedded page posts { type: "claimed-ground:resize", version: 1, height: <px> }.
 * Messages are accepted only from a frame on this page whose origin is the one this
 * script was served from, and only in that exact shape; anything else is ignored.
 */
(function () {
  'use strict';
  if (window.__claimedGroundEmbed) return;
  window.__claimedGroundEmbed = true;

  var script = document.currentScript;
  var origin =
    script && script.src ? new URL(script.src, window.location.href).origin : window.location.origin;
  var MAX_HEIGHT = 20000;

  function frameFor(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function isResize(data) {
    return (
      data !== null &&
      typeof data === 'object' &&
      data.type === 'claimed-ground:resize' &&
      data.version === 1 &&
      typeof data.height === 'number' &&
      Math.floor(data.height) === data.height &&
      data.height > 0 &&
      data.height <= MAX_HEIGHT
    );
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !isResize(event.data)) return;
    var frame = frameFor(event.source);
    if (!frame) return;
    frame.style.height = event.data.height + 'px';
    frame.setAttribute('height', String(event.data.height));
    frame.setAttribute('scrolling', 'no');
  });
})();
