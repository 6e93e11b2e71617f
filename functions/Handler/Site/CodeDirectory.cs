using MotCua.Data.Codes;
using MotCua.Domain.Codes;

namespace MotCua.Handler.Site;

/// <summary>The published short-code registry (<c>/_data/codes.json</c>), parsed once per version.</summary>
public sealed class CodeDirectory(WebContent web)
{
    private (string ETag, ResolvedCodes Codes)? _parsed;

    /// <summary>The entry for a code as printed or typed (case-insensitive), or null.</summary>
    public async ValueTask<CodeEntry?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var codes = await GetAllAsync(cancellationToken);
        return codes?.Find(code);
    }

    /// <summary>The whole registry, or null when it is not published (or storage was never reachable).</summary>
    public async ValueTask<ResolvedCodes?> GetAllAsync(CancellationToken cancellationToken)
    {
        var file = await web.GetAsync(CodesFile.BlobName, cancellationToken);
        if (file is null)
        {
            return null;
        }

        var parsed = _parsed;
        if (parsed is { } p && p.ETag == file.ETag)
        {
            return p.Codes;
        }

        var codes = CodesFile.Parse(file.Bytes, file.ContentEncoding);
        _parsed = (file.ETag, codes);
        return codes;
    }
}
