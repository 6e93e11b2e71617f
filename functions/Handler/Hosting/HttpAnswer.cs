using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Pages;

namespace MotCua.Handler.Hosting;

/// <summary>
/// What an HTTP function returns: a response written straight to the <see cref="HttpContext"/>, so the
/// bytes and headers are exactly ours, without MVC's
/// result executors. Every answer carries the security headers (<see cref="SecurityHeaders"/>), whatever it is.
/// </summary>
public abstract class HttpAnswer : IActionResult
{
    /// <summary>An ASP.NET Core <see cref="IResult"/> (e.g. <c>Results.Text</c>) as an answer.</summary>
    public static HttpAnswer From(IResult result) => new Wrapped(result);

    public abstract Task WriteAsync(HttpContext context);

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.HttpContext.Response.Headers;
        foreach (var (name, value) in SecurityHeaders.Headers)
        {
            headers[name] = value;
        }

        return WriteAsync(context.HttpContext);
    }

    private sealed class Wrapped(IResult result) : HttpAnswer
    {
        public override Task WriteAsync(HttpContext context) => result.ExecuteAsync(context);
    }
}

/// <summary>A redirect that is never stored (a cached redirect would be a scan not counted, or a form sent twice).</summary>
public sealed class NoStoreRedirect(int status, string location) : HttpAnswer
{
    public override Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = location;
        context.Response.Headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }
}
