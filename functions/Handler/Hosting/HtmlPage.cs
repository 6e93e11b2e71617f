using System.Text;

namespace MotCua.Handler.Hosting;

/// <summary>A page a function renders: never cached; a 503 also says when to try again.</summary>
public sealed class HtmlPage(int status, string html) : HttpAnswer
{
    public override Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            response.Headers.RetryAfter = "30";
        }

        return response.WriteAsync(html, Encoding.UTF8);
    }
}
