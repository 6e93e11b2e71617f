using Microsoft.Extensions.Options;
using MotCua.Handler.Qr;
using MotCua.Handler.Scan;
using MotCua.Handler.Site;
using MotCua.Handler.Stats;
using MotCua.Handler.Survey;

namespace MotCua.Handler.Hosting;

/// <summary>Every route the handler answers, in one place.</summary>
public static class HandlerEndpoints
{
    public static WebApplication MapHandlerEndpoints(this WebApplication app)
    {
        app.MapQrEndpoints();

        if (app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.ServeStatic)
        {
            // On its own the handler is the whole site: "/" is the home page (or "ok" before a publish).
            app.MapStaticSite();
        }
        else
        {
            // The Functions host probes "/" until it gets any answer; keep it instant and storage-free.
            app.MapGet("/", () => Results.Text("ok", "text/plain"))
                .WithMetadata(new LocalOnlyMetadata("the Functions host's readiness probe"));
        }

        app.MapScanEndpoints();
        app.MapStatsTimer();
        app.MapSurveyEndpoints();
        return app;
    }
}
