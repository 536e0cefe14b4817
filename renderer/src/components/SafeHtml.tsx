import DOMPurify from 'dompurify';
import { useEffect, useRef } from 'react';

/**
 * Shows a saved page without running anything from it and without contacting the network:
 * DOMPurify strips scripts, event handlers, frames, forms and styles' remote loads; every remaining
 * src/href pointing off-device is dropped; the result is rendered inside a shadow root so the page's
 * CSS cannot restyle the app. The app's CSP (no remote img/font/connect) is the second wall.
 */
export function SafeHtml({ html }: { html: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const clean = DOMPurify.sanitize(html, {
      FORBID_TAGS: ['style', 'link', 'meta', 'base', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'video', 'audio', 'source', 'track', 'picture'],
      FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'background', 'poster'],
      ALLOW_DATA_ATTR: false,
      WHOLE_DOCUMENT: false,
      RETURN_DOM_FRAGMENT: true,
    }) as DocumentFragment;
    for (const el of clean.querySelectorAll('[src], [href]')) {
      const src = el.getAttribute('src');
      if (src !== null && !src.startsWith('data:')) {
        // A remote image is never loaded: show what it was instead of a broken-image icon.
        const note = document.createElement('span');
        note.className = 'image-placeholder';
        note.textContent = `[image${el.getAttribute('alt') ? `: ${el.getAttribute('alt')}` : ''} — not loaded]`;
        el.replaceWith(note);
        continue;
      }
      const href = el.getAttribute('href');
      if (href !== null) {
        el.setAttribute('title', href);
        el.removeAttribute('href');
      }
    }
    const root = host.current.shadowRoot ?? host.current.attachShadow({ mode: 'open' });
    root.replaceChildren();
    const style = document.createElement('style');
    style.textContent = ':host{display:block;font:15px/1.6 Georgia,serif;color:inherit} img{max-width:100%;height:auto} a{color:inherit} .image-placeholder{display:inline-block;color:#888;font:italic 13px system-ui;border:1px dashed #888;padding:2px 6px;border-radius:4px}';
    root.append(style, clean);
  }, [html]);
  return <div ref={host} className="safe-html" data-testid="original-html" />;
}
