using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using MotCua.Domain.Codes;
using MotCua.Domain.Pages;
using MotCua.Domain.Sheets;

namespace MotCua.Data.Codes;

/// <summary>
/// The published short-code registry, <c>/_data/codes.json</c> in <c>$web</c>: the one reader of the file for
/// the scan endpoint, the statistics and the publisher's check that no printed code disappears.
/// </summary>
public static class CodesFile
{
    public const string GzipEncoding = "gzip";

    /// <summary>The blob's name in the container.</summary>
    public static readonly string BlobName = SitePaths.BlobName(SitePaths.CodesJson);

    /// <summary>
    /// The registry in <paramref name="bytes"/> as stored: gzip when <paramref name="contentEncoding"/> says so.
    /// A <see cref="FormatException"/> says what is wrong with a file that is not a codes.json.
    /// </summary>
    public static ResolvedCodes Parse(byte[] bytes, string? contentEncoding = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ResolvedCodes? resolved;
        try
        {
            ReadOnlySpan<byte> json = string.Equals(contentEncoding, GzipEncoding, StringComparison.OrdinalIgnoreCase) ? Gzip.Decompress(bytes) : bytes;
            resolved = JsonSerializer.Deserialize(json.StartsWith(Encoding.UTF8.Preamble) ? json[Encoding.UTF8.Preamble.Length..] : json, ResolvedCodesJsonContext.Default.ResolvedCodes);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw new FormatException($"tệp mã QR đã đăng codes.json không phải JSON đọc được: hãy dùng đúng tệp /_data/codes.json do publisher tạo ra", ex);
        }

        if (resolved is null)
        {
            throw new FormatException("tệp mã QR đã đăng codes.json đang trống: hãy dùng đúng tệp /_data/codes.json do publisher tạo ra");
        }

        return resolved.Codes is null
            ? throw new FormatException("tệp mã QR đã đăng codes.json không có danh sách 'codes': hãy dùng đúng tệp /_data/codes.json do publisher tạo ra")
            : resolved;
    }

    /// <summary>The codes of a registry, as printed.</summary>
    public static IReadOnlyList<string> CodesOf(ResolvedCodes codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return [.. codes.Codes.Select(c => c.Code)];
    }

    /// <summary>The registry published in <paramref name="container"/>, or null before the first publish.</summary>
    public static async Task<ResolvedCodes?> ReadAsync(BlobContainerClient container, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(container);
        try
        {
            var download = (await container.GetBlobClient(BlobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
            return Parse(download.Content.ToArray(), download.Details.ContentEncoding);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
