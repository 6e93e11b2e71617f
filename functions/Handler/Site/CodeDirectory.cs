using MotCua.Data.Codes;
using MotCua.Domain.Codes;
using MotCua.Domain.Text;

namespace MotCua.Handler.Site;

/// <summary>
/// The published short-code registry (<c>/_data/codes.json</c>), parsed once per version. A merged office's code
/// is answered with its successor's page from the merger's first day (Vietnam time) on; its code, unit, target and
/// placement stay the old ones, so the scan is still counted against the code that was printed.
/// </summary>
public sealed class CodeDirectory(WebContent web, TimeProvider time, ILogger<CodeDirectory> logger) : IDisposable
{
    private readonly PublishedJson<ResolvedCodes> _file = new(web, CodesFile.BlobName, f => CodesFile.Parse(f.Bytes, f.ContentEncoding), logger);

    /// <summary>The entry for a code as printed or typed (case-insensitive), or null.</summary>
    public async ValueTask<CodeEntry?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var entry = (await GetAllAsync(cancellationToken))?.Find(code);
        return entry?.SuccessorPath is null ? entry : entry with { Path = entry.PathOn(VietnamTime.Date(time.GetUtcNow())) };
    }

    /// <summary>The whole registry, or null when it is not published (or storage was never reachable).</summary>
    public ValueTask<ResolvedCodes?> GetAllAsync(CancellationToken cancellationToken) => _file.GetAsync(cancellationToken);

    public void Dispose() => _file.Dispose();
}
