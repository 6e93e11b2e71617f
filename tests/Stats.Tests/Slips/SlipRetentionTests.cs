using MotCua.Data;
using MotCua.Stats.Retention;
using MotCua.TestSupport;

namespace MotCua.Stats.Tests.Slips;

/// <summary>Slip answers hold comments: they go after the retention limit as the counter answers do; the slips' use rows stay.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SlipRetentionTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Answers_past_the_limit_are_deleted_and_every_slip_stays_used()
    {
        var storage = await new StatsStorage(azurite.ConnectionString).ResetAsync();
        var options = new RetentionOptions();
        var old = await SlipRows.AnswerAsync(storage, "tp-cao-bang", Now.AddDays(-options.Days - 2), 2, "thai-do");
        var recent = await SlipRows.AnswerAsync(storage, "phuong-quan-thanh", Now.AddDays(-options.Days + 2), 1, "");

        var report = await new RetentionJob(storage.Tables, options).RunAsync(Now, CancellationToken.None);

        var left = (await StatsStorage.AllAsync(storage.Tables.GetTableClient(TableNames.SlipAnswers))).Select(e => e.RowKey).Order(StringComparer.Ordinal);
        Assert.Equal(1, report.AnswersDeleted);
        Assert.Equal(new[] { recent.AnswerRowKey, old.UseRowKey, recent.UseRowKey }.Order(StringComparer.Ordinal), left);
    }
}
