using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MotCua.Data;
using MotCua.Domain.Pages;

namespace MotCua.Handler.Tests.Site;

/// <summary>Writes pages into a <c>$web</c>-like container the way the publisher does: gzip bytes with their headers.</summary>
internal static class WebSiteSeeder
{
    public static async Task<BlobContainerClient> ContainerAsync(string connectionString, string name)
    {
        var container = new BlobServiceClient(connectionString, StorageClientDefaults.BlobOptions()).GetBlobContainerClient(name);
        await container.CreateIfNotExistsAsync();
        return container;
    }

    public static async Task PutHtmlAsync(BlobContainerClient container, string blobName, string html)
    {
        await container.GetBlobClient(blobName).UploadAsync(
            new BinaryData(Gzip.Compress(Encoding.UTF8.GetBytes(html))),
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders
                {
                    ContentType = "text/html; charset=utf-8",
                    ContentEncoding = "gzip",
                    CacheControl = "public, max-age=300",
                },
            });
    }
}
