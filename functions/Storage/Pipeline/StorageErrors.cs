using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Azure;
using Azure.Core;

namespace MotCua.Storage.Pipeline;

/// <summary>Turns a storage error response into a <see cref="RequestFailedException"/> with status, error code and a readable message.</summary>
internal static class StorageErrors
{
    private const int MaxBodyChars = 64 * 1024;

    public static RequestFailedException Create(HttpMessage message)
    {
        var response = message.Response;
        var (code, detail) = Parse(response);
        var request = $"{message.Request.Method.Method} {message.Request.Uri.ToUri().AbsolutePath}";
        return new RequestFailedException(response.Status, Describe(response.Status, code, detail, request), code, null);
    }

    internal static string Describe(int status, string? code, string? detail, string request)
    {
        var head = $"Storage refused the request ({status}{(code is null ? string.Empty : " " + code)})";
        var hint = status switch
        {
            403 => ": check the account key (connection string) or, with a managed identity, its storage data role assignment",
            304 => ": not modified (the resource still matches the ETag sent in If-None-Match)",
            412 => ": the ETag sent in If-Match is stale (someone changed the resource since it was read)",
            _ => string.Empty,
        };
        var text = $"{head}{hint}. {request}";
        return string.IsNullOrWhiteSpace(detail) ? text : $"{text}: {detail}";
    }

    internal static (string? Code, string? Detail) Parse(Response response)
    {
        response.Headers.TryGetValue(StorageHeaders.ErrorCode, out var headerCode);
        var (code, detail) = ParseBody(response.Content);
        return (headerCode ?? code, detail);
    }

    internal static (string? Code, string? Detail) ParseBody(BinaryData body)
    {
        var bytes = body.ToMemory();
        if (bytes.IsEmpty || bytes.Length > MaxBodyChars)
            return (null, null);
        var (code, detail) = bytes.Span[0] == (byte)'{' ? FromJson(body) : FromXml(body.ToString());
        return (code, FirstLine(detail));
    }

    // Table: {"odata.error":{"code":"…","message":{"lang":"en-US","value":"…"}}}
    private static (string? Code, string? Detail) FromJson(BinaryData body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("odata.error", out var error))
                return (null, null);
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            string? text = null;
            if (error.TryGetProperty("message", out var m))
                text = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString();
            return (code, text);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    // Blob: <Error><Code>…</Code><Message>…</Message></Error>
    private static (string? Code, string? Detail) FromXml(string body)
    {
        try
        {
            var root = XDocument.Parse(body).Root;
            return (root?.Element("Code")?.Value, root?.Element("Message")?.Value);
        }
        catch (XmlException)
        {
            return (null, null);
        }
    }

    // The service appends "RequestId:…\nTime:…" lines that only add noise to a log line.
    private static string? FirstLine(string? text)
    {
        if (text is null)
            return null;
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim();
    }
}
