namespace MotCua.Domain.Sheets;

/// <summary>
/// How the storage account's static website answers a request path: the blobs it tries, in order, before its 404
/// document. The host stand-in and the editor's preview both answer with these, so a link works in each exactly
/// when it works in Azure; the publisher names blobs with <see cref="SitePaths.BlobName"/>, which these invert.
/// </summary>
public static class StaticWebsitePaths
{
    /// <summary>What a folder serves: the deploy workflow's <c>--index-document</c>.</summary>
    public const string IndexDocument = "index.html";

    /// <summary>What anything not found serves, with status 404: the deploy workflow's <c>--404-document</c>.</summary>
    public static readonly string NotFoundDocument = SitePaths.BlobName(SitePaths.NotFound);

    /// <summary>
    /// The blobs that may answer <paramref name="requestTarget"/> as sent on the wire (percent-encoded, query
    /// ignored), the first that exists wins; none for a path that could leave the container, which gets the 404 document.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string requestTarget)
    {
        var query = requestTarget.IndexOf('?', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(query < 0 ? requestTarget : requestTarget[..query]);
        if (!path.StartsWith('/') || path.Contains("..", StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal)
            || path.Contains("//", StringComparison.Ordinal))
        {
            return [];
        }

        var blob = SitePaths.BlobName(path);

        // Azure: the index document answers "the root of a website or any subfolder", /folder without its slash too, with no
        // redirect (blog.brianbeach.com, 2020-01-08); nothing maps "x" to "x.html" (MicrosoftDocs/azure-docs#23412).
        return path.EndsWith('/') || Path.HasExtension(path) ? [blob] : [blob, $"{blob}/{IndexDocument}"];
    }
}
