using System.Diagnostics;
using System.Text;
using System.Text.Json;
using MotCua.Domain.Codes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MotCua.Data;
using MotCua.Data.Scans;
using MotCua.Domain.Pages;

namespace MotCua.Bench.ScanBench;

/// <summary>Azurite-side work: the site a scan needs, Azurite's own insert rate, the stored count.</summary>
internal static class BenchStorage
{
    public const string Code = "BENCH1";
    public const string PagePath = "/bench/ho-tich/dang-ky-khai-sinh.html";

    public static async Task<int> SeedAsync(string connection)
    {
        var container = new BlobServiceClient(connection, StorageClientDefaults.BlobOptions()).GetBlobContainerClient("$web");
        await container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
        var codes = new ResolvedCodes([new CodeEntry(Code, CodeKind.Procedure, "bench", "bench/ho-tich/dang-ky-khai-sinh", "board-ho-tich", PagePath)]);
        await UploadAsync(container, "_data/codes.json", JsonSerializer.SerializeToUtf8Bytes(codes), "application/json");
        await UploadAsync(container, PagePath.TrimStart('/'), Encoding.UTF8.GetBytes(Page()), "text/html; charset=utf-8");
        Console.WriteLine($"seeded {Code} -> {PagePath}");
        return 0;
    }

    /// <summary>Entities per second Azurite accepts from concurrent single inserts shaped like scans.</summary>
    public static async Task<int> InsertRateAsync(string connection, TimeSpan duration, int concurrency)
    {
        var table = new TableServiceClient(connection, StorageClientDefaults.TableOptions()).GetTableClient("benchinsert");
        await table.CreateIfNotExistsAsync(CancellationToken.None);
        long done = 0;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            while (watch.Elapsed < duration)
            {
                var n = Interlocked.Increment(ref done);
                await table.AddEntityAsync(Entity(worker, n), CancellationToken.None);
            }
        });
        await Task.WhenAll(workers);
        Console.WriteLine($"insert_per_s={done / watch.Elapsed.TotalSeconds:F0} inserted={done}");
        return 0;
    }

    public static async Task<int> CountScansAsync(string connection)
    {
        var table = new TableServiceClient(connection, StorageClientDefaults.TableOptions()).GetTableClient(TableNames.Scans);
        long total = 0, bots = 0;
        await foreach (var e in table.QueryAsync<ScanEntity>(filter: (string?)null, maxPerPage: 1000, select: [nameof(ScanEntity.IsBot)], CancellationToken.None))
        {
            total++;
            if (e.IsBot)
            {
                bots++;
            }
        }

        Console.WriteLine($"stored={total} bots={bots}");
        return 0;
    }

    private static ScanEntity Entity(int worker, long n) => new()
    {
        PartitionKey = $"20261122-s{worker % 8}", RowKey = $"{DateTimeOffset.UtcNow.UtcTicks:D19}-{n:x8}",
        Event = "scan", Code = Code, Kind = "procedure", Target = "bench/ho-tich/dang-ky-khai-sinh",
        Placement = "board-ho-tich", Unit = "bench", LocalTime = "2026-11-22T15:04:05+07:00", LocalDate = "2026-11-22",
        Device = "mobile", IsBot = false, BotReason = "", Referrer = "",
    };

    private static async Task UploadAsync(BlobContainerClient container, string name, byte[] content, string type)
    {
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(Gzip.Compress(content)), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = type, ContentEncoding = "gzip", CacheControl = "public, max-age=300" },
        }, CancellationToken.None);
    }

    // About the size of a real procedure page: ~12 KB of HTML, ~4 KB gzipped.
    private static string Page()
    {
        var steps = string.Concat(Enumerable.Range(1, 40).Select(i => $"<li>Bước {i}: Người dân nộp hồ sơ tại Bộ phận Một cửa, công chức tiếp nhận kiểm tra tính đầy đủ của giấy tờ.</li>"));
        return $"""<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Đăng ký khai sinh</title><body><h1>Đăng ký khai sinh</h1><ol>{steps}</ol><p><a href="/bench/">Bảng Hộ tịch</a></p></body></html>""";
    }
}
