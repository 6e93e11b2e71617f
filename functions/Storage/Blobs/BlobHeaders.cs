using System.Globalization;
using Azure;
using Azure.Core;
using MotCua.Storage.Pipeline;

namespace MotCua.Storage.Blobs;

/// <summary>Blob request and response headers: properties (the <c>x-ms-blob-*</c> forms), metadata, conditions.</summary>
internal static class BlobHeaders
{
    private const string MetadataPrefix = "x-ms-meta-";

    public static void ApplyHttpHeaders(Request request, BlobHttpHeaders headers, byte[] md5)
    {
        // Azurite ignores a standard Content-Encoding on Put Blob; the x-ms-blob-* forms are stored everywhere.
        Set(request, "x-ms-blob-content-type", headers.ContentType);
        Set(request, "x-ms-blob-content-encoding", headers.ContentEncoding);
        Set(request, "x-ms-blob-content-language", headers.ContentLanguage);
        Set(request, "x-ms-blob-content-disposition", headers.ContentDisposition);
        Set(request, "x-ms-blob-cache-control", headers.CacheControl);
        request.Headers.SetValue("x-ms-blob-content-md5", Convert.ToBase64String(md5));
    }

    public static void ApplyMetadata(Request request, IDictionary<string, string>? metadata)
    {
        if (metadata is null)
            return;
        foreach (var (name, value) in metadata)
        {
            if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                throw new ArgumentException($"Metadata name '{name}' must be a C# identifier (ASCII letters, digits, '_').", nameof(metadata));
            if (!value.All(c => c is >= ' ' and <= '~'))
                throw new ArgumentException($"Metadata '{name}' must be printable ASCII (HTTP headers carry it); encode other text first.", nameof(metadata));
            request.Headers.SetValue(MetadataPrefix + name, value);
        }
    }

    public static void ApplyConditions(Request request, BlobRequestConditions? conditions)
    {
        if (conditions is null)
            return;
        if (conditions.IfMatch is { } ifMatch)
            request.Headers.SetValue(StorageHeaders.IfMatch, ToHeader(ifMatch));
        if (conditions.IfNoneMatch is { } ifNoneMatch)
            request.Headers.SetValue(StorageHeaders.IfNoneMatch, ToHeader(ifNoneMatch));
        if (conditions.IfModifiedSince is { } since)
            request.Headers.SetValue(StorageHeaders.IfModifiedSince, since.ToString("r", CultureInfo.InvariantCulture));
        if (conditions.IfUnmodifiedSince is { } until)
            request.Headers.SetValue(StorageHeaders.IfUnmodifiedSince, until.ToString("r", CultureInfo.InvariantCulture));
    }

    public static T ReadProperties<T>(Response response)
        where T : BlobProperties, new()
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            if (header.Name.StartsWith(MetadataPrefix, StringComparison.OrdinalIgnoreCase))
                metadata[header.Name[MetadataPrefix.Length..]] = header.Value;
        }

        return new T
        {
            ContentLength = response.Headers.ContentLength ?? 0,
            ContentType = Get(response, "Content-Type"),
            ContentEncoding = Get(response, "Content-Encoding"),
            ContentLanguage = Get(response, "Content-Language"),
            ContentDisposition = Get(response, "Content-Disposition"),
            CacheControl = Get(response, "Cache-Control"),
            ContentHash = Get(response, "Content-MD5") is { } md5 ? Convert.FromBase64String(md5) : null,
            ETag = response.Headers.ETag ?? default,
            LastModified = LastModified(response),
            Metadata = metadata,
        };
    }

    public static DateTimeOffset LastModified(Response response) =>
        Get(response, "Last-Modified") is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) : default;

    /// <summary>An ETag as a request header: <c>*</c> stays bare, others keep (or get) their quotes.</summary>
    internal static string ToHeader(ETag etag) => etag == ETag.All ? "*" : etag.ToString("H");

    private static void Set(Request request, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
            request.Headers.SetValue(name, value);
    }

    private static string? Get(Response response, string name) =>
        response.Headers.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
