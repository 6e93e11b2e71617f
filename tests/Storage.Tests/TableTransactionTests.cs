using MotCua.Storage.Tables;
using MotCua.TestSupport;

namespace MotCua.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class TableTransactionTests(AzuriteFixture azurite)
{
    private readonly RequestCounter _counter = new();

    private async Task<TableClient> NewTableAsync()
    {
        var table = new TableServiceClient(azurite.ConnectionString, _counter.Options()).GetTableClient(UniqueNames.Table("batch"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    private static TableTransactionAction Add(string partition, string row) =>
        new(TableTransactionActionType.Add, new TableEntity(partition, row) { ["N"] = 1 });

    [Fact]
    public async Task A_transaction_of_100_operations_commits_them_all()
    {
        var table = await NewTableAsync();

        var result = await table.SubmitTransactionAsync(Enumerable.Range(0, 100).Select(i => Add("p", $"r{i:D3}")));

        Assert.Equal(100, result.Value.Count);
        Assert.All(result.Value, r => Assert.Equal(204, r.Status));
        Assert.Equal(100, await table.QueryAsync<TableEntity>().CountAsync());
    }

    [Fact]
    public async Task A_transaction_of_101_operations_is_refused_before_any_request()
    {
        var table = await NewTableAsync();
        var before = _counter.Count;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(Enumerable.Range(0, 101).Select(i => Add("p", $"r{i:D3}"))));

        Assert.Contains("at most 100", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, _counter.Count);
        Assert.Equal(0, await table.QueryAsync<TableEntity>().CountAsync());
    }

    [Fact]
    public async Task A_transaction_over_two_partitions_is_refused_before_any_request()
    {
        var table = await NewTableAsync();
        var before = _counter.Count;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([Add("p1", "a"), Add("p2", "b")]));

        Assert.Contains("one partition", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, _counter.Count);
        Assert.Equal(0, await table.QueryAsync<TableEntity>().CountAsync());
    }

    [Fact]
    public async Task A_transaction_touching_an_entity_twice_is_refused_before_any_request()
    {
        var table = await NewTableAsync();
        var before = _counter.Count;

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([Add("p", "a"), Add("p", "a")]));

        Assert.Equal(before, _counter.Count);
    }

    [Fact]
    public async Task A_failing_operation_rolls_back_the_whole_transaction_and_is_named()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "taken"));

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync([Add("p", "new1"), Add("p", "new2"), Add("p", "taken"), Add("p", "new3")]));

        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Equal(2, error.FailedTransactionActionIndex);
        Assert.Contains("operation 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(["taken"], (await table.QueryAsync<TableEntity>().ToListAsync()).Select(e => e.RowKey));
    }

    [Fact]
    public async Task Every_action_type_applies_in_one_transaction()
    {
        var table = await NewTableAsync();
        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "merge") { ["A"] = "a", ["B"] = "b" }),
            new(TableTransactionActionType.Add, new TableEntity("p", "replace") { ["A"] = "a", ["B"] = "b" }),
            new(TableTransactionActionType.Add, new TableEntity("p", "delete")),
        ]);
        var replaceEtag = (await table.GetEntityAsync<TableEntity>("p", "replace")).Value.ETag;

        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "merge") { ["B"] = "b2" }),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "replace") { ["B"] = "b2" }, replaceEtag),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "upsert-merge") { ["C"] = 1L }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "upsert-replace") { ["C"] = 2L }),
        ]);
        var rows = (await table.QueryAsync<TableEntity>().ToListAsync()).ToDictionary(e => e.RowKey);

        Assert.Equal(["merge", "replace", "upsert-merge", "upsert-replace"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("a", rows["merge"].GetString("A"));
        Assert.Equal("b2", rows["merge"].GetString("B"));
        Assert.Null(rows["replace"].GetString("A"));
        Assert.Equal(2L, rows["upsert-replace"].GetInt64("C"));
    }

    [Fact]
    public async Task A_stale_etag_inside_a_transaction_fails_it_with_412()
    {
        var table = await NewTableAsync();
        var entity = new TableEntity("p", "r") { ["N"] = 1 };
        await table.AddEntityAsync(entity);
        var stale = entity.ETag;
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }, TableUpdateMode.Replace);

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
            [Add("p", "other"), new TableTransactionAction(TableTransactionActionType.UpdateReplace, new TableEntity("p", "r") { ["N"] = 3 }, stale)]));

        Assert.Equal(412, error.Status);
        Assert.Equal(1, error.FailedTransactionActionIndex);
        Assert.Equal(2, (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetInt32("N"));
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>("p", "other")).HasValue);
    }

    [Fact]
    public async Task An_empty_transaction_is_refused()
    {
        var table = await NewTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([]));
    }
}
