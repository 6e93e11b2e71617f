using System.Text;
using MotCua.Domain.Pages;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>A response's body as text, gunzipped when the app answered with the published gzip bytes.</summary>
internal static class ResponseText
{
    public static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return Encoding.UTF8.GetString(response.Content.Headers.ContentEncoding.Contains("gzip") ? Gzip.Decompress(bytes) : bytes);
    }
}
