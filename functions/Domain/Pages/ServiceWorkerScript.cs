namespace MotCua.Domain.Pages;

/// <summary>
/// Offline revisits: a service worker that keeps a copy of every page the citizen opened (and the
/// board of a procedure they opened) so it opens again with no connection. Pages still come from
/// the network first, so content stays fresh and every scan is still counted; the cache answers
/// only when the network fails. Registered after the load event, it adds no blocking request.
/// </summary>
public static class ServiceWorkerScript
{
    /// <summary>Ceiling on the script's size: it is fetched over 2G after the page has loaded.</summary>
    public const int MaxBytes = 2048;

    /// <summary>Ceiling on the inline registration added to every page (inside the 14 KB budget).</summary>
    public const int MaxRegistrationBytes = 256;

    /// <summary>Site path of the script; at the root so its scope is the whole site.</summary>
    public const string SitePath = "/sw.js";

    /// <summary>The name of the worker's cache on the phone: the privacy notice names it.</summary>
    public const string CacheName = "pages-v1";

    /// <summary>The media type the script must be served with, or browsers refuse to register it.</summary>
    public const string ContentType = "text/javascript; charset=utf-8";

    /// <summary>
    /// The worker. Each page posts its own HTML to it after load, so the copy costs no second
    /// download and a page answered at <c>/s/CODE</c> is not counted twice. The deepest folder in
    /// the page's breadcrumb trail (its first <c>nav</c>), which for a procedure is its board, is
    /// fetched once, in the background, so the citizen can go back to the board offline too.
    /// </summary>
    public const string Script = """
        const CACHE = "pages-v1";
        const NAV = /<nav[^>]*>([\s\S]*?)<\/nav>/;
        const HTML = { headers: { "Content-Type": "text/html; charset=utf-8" } };
        self.addEventListener("install", () => self.skipWaiting());
        self.addEventListener("activate", (e) => e.waitUntil(self.clients.claim()));
        self.addEventListener("message", (e) => {
          if (typeof e.data !== "string" || !e.source) return;
          const url = new URL(e.source.url);
          url.hash = "";
          e.waitUntil(caches.open(CACHE).then(async (c) => {
            await c.put(url.href, new Response(e.data, HTML));
            const crumbs = [...(e.data.match(NAV)?.[1] ?? "").matchAll(/href="(\/[^"]*\/)"/g)];
            const board = crumbs.pop()?.[1];
            if (board && board !== url.pathname && !(await c.match(board))) await c.add(board).catch(() => {});
          }));
        });
        self.addEventListener("fetch", (e) => {
          const r = e.request;
          if (r.method !== "GET" || r.mode !== "navigate") return;
          e.respondWith(fetch(r).catch(() =>
            caches.match(r, { ignoreSearch: true }).then((m) => m || Response.error())));
        });

        """;

    /// <summary>
    /// The inline registration for the page shell: it waits for the load event, so the page's
    /// first paint and load never wait on the worker, then hands the worker the page's own HTML
    /// to keep. Browsers without service workers skip it.
    /// </summary>
    public const string RegistrationTag =
        """<script>if("serviceWorker"in navigator)addEventListener("load",()=>navigator.serviceWorker.register("/sw.js").then(()=>navigator.serviceWorker.ready).then(r=>r.active.postMessage("<!DOCTYPE html>"+document.documentElement.outerHTML)))</script>""";
}
