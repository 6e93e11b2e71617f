using Azure.Data.Tables;
using MotCua.Data.Surveys;
using MotCua.TestSupport;

namespace MotCua.Data.Tests.Surveys;

[Collection(AzuriteCollection.Name)]
public sealed class SurveyEntityTests(AzuriteFixture azurite)
{
    private static SurveyEntity Answer(string partition, string rowKey, string hour) =>
        new() { PartitionKey = partition, RowKey = rowKey, Unit = "tp-cao-bang", Counter = "quay-1", Option = 1, LocalHour = hour, LocalDate = hour[..10] };

    [Fact]
    public async Task The_received_filter_finds_the_answers_of_whole_hours_of_every_unit_of_the_day_and_no_tally_row()
    {
        var table = await azurite.NewTableAsync("surveys");
        await table.AddEntityAsync(Answer("20261122-tp-cao-bang", "c-early", "2026-11-22T08+07:00"));
        await table.AddEntityAsync(Answer("20261122-tp-cao-bang", "c-in", "2026-11-22T09+07:00"));
        await table.AddEntityAsync(Answer("20261122-phuong-quan-thanh", "c-in-too", "2026-11-22T10+07:00"));
        await table.AddEntityAsync(Answer("20261122-tp-cao-bang", "c-late", "2026-11-22T11+07:00"));
        await table.AddEntityAsync(Answer("20261123-tp-cao-bang", "c-next-day", "2026-11-22T10+07:00"));
        await table.AddEntityAsync(new SurveyTallyEntity { PartitionKey = "20261122-tp-cao-bang", RowKey = "n-0123", Count = 3 });

        var filter = SurveyEntity.ReceivedFilter("20261122", "2026-11-22T09", "2026-11-22T11", "2026-11-22T09:30:00+07:00", "2026-11-22T11:30:00+07:00");
        var found = await table.QueryAsync<TableEntity>(filter).Select(e => e.RowKey).ToListAsync();

        Assert.Equal(["c-in", "c-in-too"], found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Rows_written_before_hours_were_stored_are_found_by_the_second_in_their_old_partition()
    {
        var table = await azurite.NewTableAsync("surveys");
        await table.AddEntityAsync(new TableEntity("20261122", "c-old-in") { ["Unit"] = "u", ["Counter"] = "q", ["LocalTime"] = "2026-11-22T09:45:00+07:00" });
        await table.AddEntityAsync(new TableEntity("20261122", "c-old-out") { ["Unit"] = "u", ["Counter"] = "q", ["LocalTime"] = "2026-11-22T09:15:00+07:00" });

        var filter = SurveyEntity.ReceivedFilter("20261122", "2026-11-22T09", "2026-11-22T09", "2026-11-22T09:30:00+07:00", "2026-11-22T10:00:00+07:00");
        var found = await table.QueryAsync<TableEntity>(filter).Select(e => e.RowKey).ToListAsync();

        Assert.Equal(["c-old-in"], found);
    }

    [Fact]
    public async Task Option_is_stored_as_int32_and_misuse_as_boolean()
    {
        var table = await azurite.NewTableAsync("surveys");
        await table.AddEntityAsync(Answer("20261122-u", "a", "2026-11-22T09+07:00") with { Misuse = true, MisuseReason = "rate" });

        var row = (await table.GetEntityAsync<TableEntity>("20261122-u", "a")).Value;

        Assert.IsType<int>(row["Option"]);
        Assert.IsType<bool>(row["Misuse"]);
        Assert.Equal("rate", row.GetString("MisuseReason"));
        Assert.False(row.ContainsKey("Visitor"));
    }
}
