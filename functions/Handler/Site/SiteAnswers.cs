using MotCua.Handler.Hosting;

namespace MotCua.Handler.Site;

/// <summary>A <c>$web</c> file written as the static website would (see <see cref="WebFile.WriteToAsync"/>).</summary>
public sealed class WebFileAnswer(WebFile file, int statusCode = StatusCodes.Status200OK, string? cacheControl = null) : HttpAnswer
{
    public override Task WriteAsync(HttpContext context) => file.WriteToAsync(context, statusCode, cacheControl);
}

/// <summary>The Vietnamese 404 page (see <see cref="NotFoundPage"/>).</summary>
public sealed class NotFoundAnswer(WebContent web, string? homePath = null) : HttpAnswer
{
    public override Task WriteAsync(HttpContext context) => NotFoundPage.WriteAsync(context, web, homePath);
}
