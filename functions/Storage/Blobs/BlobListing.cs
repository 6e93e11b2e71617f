using System.Globalization;
using System.Xml.Linq;
using Azure;

namespace MotCua.Storage.Blobs;

/// <summary>Reads the List Blobs XML (<c>EnumerationResults</c>).</summary>
internal static class BlobListing
{
    public static (List<BlobItem> Items, string? NextMarker) Parse(string xml)
    {
        var root = XDocument.Parse(xml).Root ?? throw new FormatException("The blob listing is empty.");
        var items = new List<BlobItem>();
        foreach (var blob in root.Element("Blobs")?.Elements("Blob") ?? [])
        {
            var p = blob.Element("Properties");
            items.Add(new BlobItem
            {
                Name = blob.Element("Name")?.Value ?? string.Empty,
                Properties = new BlobItemProperties
                {
                    // Same form as Azure.Core's header parsing (quotes stripped), so listed and downloaded ETags compare equal.
                    ETag = Text(p, "Etag") is { } etag ? new ETag(etag.Trim('"')) : null,
                    ContentLength = Text(p, "Content-Length") is { } len ? long.Parse(len, CultureInfo.InvariantCulture) : null,
                    ContentType = Text(p, "Content-Type"),
                    ContentEncoding = Text(p, "Content-Encoding"),
                    CacheControl = Text(p, "Cache-Control"),
                    ContentHash = Text(p, "Content-MD5") is { } md5 ? Convert.FromBase64String(md5) : null,
                    LastModified = Text(p, "Last-Modified") is { } lm ? DateTimeOffset.Parse(lm, CultureInfo.InvariantCulture) : null,
                },
            });
        }

        var next = root.Element("NextMarker")?.Value;
        return (items, string.IsNullOrEmpty(next) ? null : next);
    }

    private static string? Text(XElement? parent, string name) =>
        parent?.Element(name)?.Value is { Length: > 0 } value ? value : null;
}
