using System.Net.Http.Headers;
using System.Text;
using Azure.Data.Tables;
using MotCua.Data;
using MotCua.Data.Slips;
using MotCua.Domain.Slips;
using MotCua.Handler.Tests.Hosting;

namespace MotCua.Handler.Tests.Slips;

/// <summary>
/// The Functions app on its own Azurite with two offices' printed batches recorded as <c>publisher slips</c> records
/// them, and helpers to answer slips and read what was stored.
/// </summary>
public sealed class SlipSite : AppFixture
{
    public const string Unit = "phuong-thuc-phan";
    public const string UnitName = "Trung tâm Phục vụ hành chính công phường Thục Phán";
    public const string OtherUnit = "phuong-tan-giang";

    /// <summary>Slips of <see cref="Unit"/>, each test taking its own.</summary>
    public SlipBatch Batch { get; } = SlipBatch.Create(Unit, UnitName, new DateOnly(2026, 11, 18), 200);

    public SlipBatch OtherBatch { get; } = SlipBatch.Create(OtherUnit, "Phường Tân Giang", new DateOnly(2026, 11, 18), 5);

    private int _taken;

    /// <summary>A slip no other test has used.</summary>
    public string NextSlip() => Batch.Ids[Interlocked.Increment(ref _taken)];

    public static async Task RecordAsync(string connectionString, params SlipBatch[] batches)
    {
        var table = new TableServiceClient(connectionString).GetTableClient(TableNames.Slips);
        await table.CreateIfNotExistsAsync();
        foreach (var batch in batches)
        {
            foreach (var id in batch.Ids)
            {
                await table.AddEntityAsync(SlipEntity.From(batch, id));
            }

            await table.AddEntityAsync(SlipBatchEntity.From(batch, SlipLabelLayout.A4x24));
        }
    }

    protected override Task SeedAsync(string connectionString) => RecordAsync(connectionString, Batch, OtherBatch);

    public static ByteArrayContent Form(params (string Name, string Value)[] fields)
    {
        var body = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded");
        return content;
    }

    public Task<HttpResponseMessage> AnswerAsync(string slip, params (string Name, string Value)[] fields) =>
        App.Client.PostAsync($"/p/{slip}", Form(fields));

    /// <summary>Every row of the office's partition of <c>slipanswers</c>: uses (<c>u-</c>) and answers (<c>a-</c>).</summary>
    public async Task<List<TableEntity>> RowsAsync(string unit = Unit)
    {
        var rows = new List<TableEntity>();
        var table = new TableServiceClient(ConnectionString).GetTableClient(TableNames.SlipAnswers);
        try
        {
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == unit))
            {
                rows.Add(row);
            }
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
        }

        return rows;
    }

    public async Task<List<TableEntity>> AnswersAsync(string unit = Unit) =>
        [.. (await RowsAsync(unit)).Where(r => r.RowKey.StartsWith("a-", StringComparison.Ordinal))];

    public async Task<bool> IsUsedAsync(string slip, string unit = Unit) =>
        (await RowsAsync(unit)).Any(r => r.RowKey == SlipKeys.UseRow(slip));
}
