using Azure;
using Azure.Data.Tables;
using MotCua.TestSupport;

namespace MotCua.Data.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class MissingTableTests(AzuriteFixture azurite)
{
    private TableClient MissingTableClient() =>
        new TableServiceClient(azurite.ConnectionString).GetTableClient("missing" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task A_write_that_finds_its_table_missing_creates_it_and_is_stored()
    {
        var table = MissingTableClient();
        var writes = 0;

        await table.WithTableAsync(() =>
        {
            writes++;
            return table.AddEntityAsync(new TableEntity("p", "r"));
        }, CancellationToken.None);

        Assert.Equal(2, writes);
        Assert.True((await table.GetEntityIfExistsAsync<TableEntity>("p", "r")).HasValue);
    }

    [Fact]
    public async Task A_transaction_that_finds_its_table_missing_creates_it_and_is_stored()
    {
        var table = MissingTableClient();
        TableTransactionAction[] actions = [new(TableTransactionActionType.Add, new TableEntity("p", "a")), new(TableTransactionActionType.Add, new TableEntity("p", "b"))];

        await table.WithTableAsync(() => table.SubmitTransactionAsync(actions), CancellationToken.None);

        Assert.Equal(2, await table.QueryAsync<TableEntity>().CountAsync());
    }

    [Fact]
    public async Task A_write_that_fails_on_a_missing_row_once_the_table_is_there_still_fails()
    {
        var table = MissingTableClient();
        await table.CreateAsync();

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() =>
            table.WithTableAsync(() => table.UpdateEntityAsync(new TableEntity("p", "gone"), ETag.All, TableUpdateMode.Replace), CancellationToken.None));

        Assert.Equal(404, failure.Status);
    }

    [Fact]
    public async Task A_read_of_a_missing_table_or_row_finds_nothing()
    {
        var table = MissingTableClient();

        Assert.Null(await table.FindAsync<TableEntity>("p", "r", null, CancellationToken.None));
        await table.CreateAsync();
        Assert.Null(await table.FindAsync<TableEntity>("p", "r", null, CancellationToken.None));
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Column"] = "value" });
        Assert.Equal("value", (await table.FindAsync<TableEntity>("p", "r", ["Column"], CancellationToken.None))?["Column"]);
    }
}
