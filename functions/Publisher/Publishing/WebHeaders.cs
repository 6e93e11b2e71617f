using System.Text.RegularExpressions;

namespace MotCua.Publisher.Publishing;

/// <summary>
/// The HTTP headers each published blob is stored with (the static website serves them as stored); content types
/// come with the file (<see cref="Domain.Pages.BuiltPage"/>).
/// </summary>
public static partial class WebHeaders
{
    public const string Gzip = "gzip";

    /// <summary>Pages change when editors commit: browsers and the CDN may keep them five minutes.</summary>
    public const string ShortCache = "public, max-age=300";

    /// <summary>A file whose name carries its content hash never changes under that name.</summary>
    public const string ImmutableCache = "public, max-age=31536000, immutable";

    public const string NoCache = "no-cache";

    public static string CacheControlFor(string blobName) => HashedName().IsMatch(blobName) ? ImmutableCache : ShortCache;

    [GeneratedRegex(@"\.[0-9a-f]{8,64}\.(css|js|svg|png|webp|woff2)$", RegexOptions.CultureInvariant)]
    private static partial Regex HashedName();
}
