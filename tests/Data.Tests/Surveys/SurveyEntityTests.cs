using Azure.Data.Tables;
using FsCheck;
using FsCheck.Fluent;
using MotCua.Data.Surveys;
using MotCua.TestSupport;

namespace MotCua.Data.Tests.Surveys;

[Collection(AzuriteCollection.Name)]
public sealed class SurveyEntityTests(AzuriteFixture azurite)
{
    private const string Hostile = "x' or Visitor ne '";

    private static SurveyEntity Answer(string rowKey, string visitor, string counter = "quay-1") =>
        new() { PartitionKey = "20261122", RowKey = rowKey, Visitor = visitor, Unit = "tp-cao-bang", Counter = counter, Option = 1 };

    [Fact]
    public async Task A_hostile_visitor_value_cannot_widen_the_count_of_earlier_answers()
    {
        var table = await azurite.NewTableAsync("surveys");
        await table.AddEntityAsync(Answer("a", "0123456789abcdef"));
        await table.AddEntityAsync(Answer("b", "fedcba9876543210"));
        await table.AddEntityAsync(Answer("c", Hostile));

        var matches = await table.QueryAsync<SurveyEntity>(SurveyEntity.VisitorFilter("20261122", Hostile, "tp-cao-bang", "quay-1")).ToListAsync();

        Assert.Equal("c", Assert.Single(matches).RowKey);
    }

    [Fact]
    public async Task A_hostile_counter_value_matches_nothing()
    {
        var table = await azurite.NewTableAsync("surveys");
        await table.AddEntityAsync(Answer("a", "v"));

        var matches = await table.QueryAsync<SurveyEntity>(SurveyEntity.VisitorFilter("20261122", "v", "tp-cao-bang", "quay-1' or Counter ne '")).ToListAsync();

        Assert.Empty(matches);
    }

    [Fact]
    public void No_visitor_string_can_escape_its_literal()
    {
        Prop.ForAll(
            ArbMap.Default.ArbFor<string>(),
            (string s) =>
            {
                var value = s ?? string.Empty;
                var filter = SurveyEntity.VisitorFilter("p", value, "u", "c");
                const string before = "PartitionKey eq 'p' and Visitor eq ";
                const string after = " and Unit eq 'u' and Counter eq 'c'";
                if (!filter.StartsWith(before, StringComparison.Ordinal) || !filter.EndsWith(after, StringComparison.Ordinal))
                {
                    return false;
                }

                var literal = filter[before.Length..^after.Length];
                return literal.Length >= 2 && literal[0] == '\'' && literal[^1] == '\''
                    && !literal[1..^1].Replace("''", string.Empty, StringComparison.Ordinal).Contains('\'', StringComparison.Ordinal)
                    && literal[1..^1].Replace("''", "'", StringComparison.Ordinal) == value;
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public async Task Option_is_stored_as_int32_and_misuse_as_boolean()
    {
        var table = await azurite.NewTableAsync("surveys");
        await table.AddEntityAsync(Answer("a", "v") with { Misuse = true, MisuseReason = "rate" });

        var row = (await table.GetEntityAsync<TableEntity>("20261122", "a")).Value;

        Assert.IsType<int>(row["Option"]);
        Assert.IsType<bool>(row["Misuse"]);
        Assert.Equal("rate", row.GetString("MisuseReason"));
    }
}
