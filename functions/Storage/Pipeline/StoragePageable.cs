using System.Runtime.CompilerServices;
using Azure;

namespace MotCua.Storage.Pipeline;

/// <summary>An <see cref="AsyncPageable{T}"/> that fetches pages lazily, following the service's continuation until it ends.</summary>
internal sealed class StoragePageable<T>(
    Func<string?, int?, CancellationToken, Task<Page<T>>> fetchPage,
    CancellationToken cancellationToken) : AsyncPageable<T>(cancellationToken)
    where T : notnull
{
    public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null) =>
        Pages(continuationToken, pageSizeHint, CancellationToken);

    private async IAsyncEnumerable<Page<T>> Pages(string? continuationToken, int? pageSizeHint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        do
        {
            var page = await fetchPage(continuationToken, pageSizeHint, cancellationToken).ConfigureAwait(false);
            yield return page;
            continuationToken = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuationToken));
    }
}
