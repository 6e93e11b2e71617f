using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MotCua.Data;
using MotCua.Domain.Pages;

namespace MotCua.TestSupport;

/// <summary>Writes pages into a <c>$web</c>-like container the way the publisher does: gzip bytes with their headers.</summary>
public static class WebSiteSeeder
{
    public const string HtmlType = "text/html; charset=utf-8";

    public static async Task<BlobContainerClient> ContainerAsync(string connectionString, string name)
    {
        var container = new BlobServiceClient(connectionString, StorageClientDefaults.BlobOptions()).GetBlobContainerClient(name);
        await container.CreateIfNotExistsAsync();
        return container;
    }

    public static Task PutHtmlAsync(BlobContainerClient container, string blobName, string html) =>
        PutAsync(container, blobName, Encoding.UTF8.GetBytes(html), HtmlType);

    /// <summary>Stores <paramref name="content"/> gzipped, with its type, <c>Content-Encoding: gzip</c> and a five-minute cache.</summary>
    public static async Task PutAsync(BlobContainerClient container, string blobName, byte[] content, string contentType, CancellationToken cancellationToken = default)
    {
        await container.GetBlobClient(blobName).UploadAsync(
            BinaryData.FromBytes(Gzip.Compress(content)),
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders
                {
                    ContentType = contentType,
                    ContentEncoding = "gzip",
                    CacheControl = "public, max-age=300",
                },
            },
            cancellationToken);
    }
}
