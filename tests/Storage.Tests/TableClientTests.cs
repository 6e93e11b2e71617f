using System.Text;
using Azure;
using MotCua.Storage.Tables;
using MotCua.TestSupport;

namespace MotCua.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class TableClientTests(AzuriteFixture azurite)
{
    private async Task<TableClient> NewTableAsync(StorageClientOptions? options = null)
    {
        var table = new TableServiceClient(azurite.ConnectionString, options).GetTableClient(UniqueNames.Table("entities"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    [Fact]
    public async Task Create_if_not_exists_accepts_an_existing_table()
    {
        var table = await NewTableAsync();

        var again = await table.CreateIfNotExistsAsync();

        Assert.Equal(409, again.Status);
    }

    [Fact]
    public async Task Adding_an_entity_twice_fails_with_409_EntityAlreadyExists()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }));

        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Equal(1, (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetInt32("N"));
    }

    [Fact]
    public async Task Updating_with_a_stale_etag_fails_with_412_and_keeps_the_newer_values()
    {
        var table = await NewTableAsync();
        var entity = new TableEntity("p", "r") { ["N"] = 1 };
        await table.AddEntityAsync(entity);
        var stale = entity.ETag;
        entity["N"] = 2;
        await table.UpdateEntityAsync(entity, stale, TableUpdateMode.Replace);

        entity["N"] = 3;
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(entity, stale, TableUpdateMode.Replace));

        Assert.Equal(412, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.Equal(2, (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetInt32("N"));
    }

    [Fact]
    public async Task Update_with_the_etag_just_read_succeeds()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });
        var read = (await table.GetEntityAsync<TableEntity>("p", "r")).Value;

        read["N"] = 5;
        await table.UpdateEntityAsync(read, read.ETag, TableUpdateMode.Merge);

        Assert.Equal(5, (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetInt32("N"));
    }

    [Fact]
    public async Task The_etag_of_a_queried_entity_works_as_if_match_and_goes_stale_after_a_change()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });
        var queried = await table.QueryAsync<TableEntity>().SingleAsync();

        var etag = queried.ETag;
        queried["N"] = 2;
        await table.UpdateEntityAsync(queried, etag, TableUpdateMode.Replace);
        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 3 }, etag, TableUpdateMode.Replace));

        Assert.Equal(412, stale.Status);
        Assert.Equal(2, (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetInt32("N"));
    }

    [Fact]
    public async Task Upsert_merge_keeps_other_properties_and_replace_removes_them()
    {
        var table = await NewTableAsync();
        await table.UpsertEntityAsync(new TableEntity("p", "merge") { ["A"] = "a", ["B"] = "b" }, TableUpdateMode.Replace);
        await table.UpsertEntityAsync(new TableEntity("p", "replace") { ["A"] = "a", ["B"] = "b" }, TableUpdateMode.Replace);

        await table.UpsertEntityAsync(new TableEntity("p", "merge") { ["B"] = "b2" }, TableUpdateMode.Merge);
        await table.UpsertEntityAsync(new TableEntity("p", "replace") { ["B"] = "b2" }, TableUpdateMode.Replace);
        var merged = (await table.GetEntityAsync<TableEntity>("p", "merge")).Value;
        var replaced = (await table.GetEntityAsync<TableEntity>("p", "replace")).Value;

        Assert.Equal("a", merged.GetString("A"));
        Assert.Equal("b2", merged.GetString("B"));
        Assert.Null(replaced.GetString("A"));
        Assert.Equal("b2", replaced.GetString("B"));
    }

    [Fact]
    public async Task Get_if_exists_of_a_missing_entity_has_no_value_and_does_not_throw()
    {
        var table = await NewTableAsync();

        var missing = await table.GetEntityIfExistsAsync<TableEntity>("p", "nothing");

        Assert.False(missing.HasValue);
        Assert.Equal(404, missing.GetRawResponse().Status);
    }

    [Fact]
    public async Task Get_of_a_missing_entity_fails_with_404()
    {
        var table = await NewTableAsync();

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync<TableEntity>("p", "nothing"));

        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task Delete_removes_an_entity_and_a_stale_etag_is_refused()
    {
        var table = await NewTableAsync();
        var entity = new TableEntity("p", "r");
        await table.AddEntityAsync(entity);
        var stale = entity.ETag;
        await table.UpsertEntityAsync(entity, TableUpdateMode.Merge);

        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => table.DeleteEntityAsync("p", "r", stale));
        await table.DeleteEntityAsync("p", "r", entity.ETag);

        Assert.Equal(412, refused.Status);
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>("p", "r")).HasValue);
    }

    [Fact]
    public async Task Every_supported_type_round_trips_with_its_type()
    {
        var table = await NewTableAsync();
        var when = new DateTimeOffset(2026, 11, 22, 8, 4, 5, 123, TimeSpan.FromHours(7)).AddTicks(4567);
        var id = Guid.NewGuid();
        await table.AddEntityAsync(new TableEntity("p", "types")
        {
            ["S"] = "chuỗi",
            ["I"] = -42,
            ["L"] = 5L,
            ["D"] = 2.0,
            ["F"] = 0.1,
            ["B"] = true,
            ["T"] = when,
            ["G"] = id,
            ["Bytes"] = new byte[] { 0, 1, 254, 255 },
            ["Data"] = BinaryData.FromString("nhị phân"),
        });

        var got = (await table.GetEntityAsync<TableEntity>("p", "types")).Value;

        Assert.Equal("chuỗi", got["S"]);
        Assert.Equal(-42, got["I"]);
        Assert.Equal(5L, got["L"]);
        Assert.Equal(2.0, got["D"]);
        Assert.Equal(0.1, got["F"]);
        Assert.Equal(true, got["B"]);
        Assert.Equal(when, got.GetDateTimeOffset("T"));
        Assert.Equal(TimeSpan.Zero, got.GetDateTimeOffset("T")!.Value.Offset);
        Assert.Equal(id, got["G"]);
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, got["Bytes"]);
        Assert.Equal("nhị phân", got.GetBinaryData("Data")!.ToString());
        Assert.NotNull(got.Timestamp);
        Assert.NotEqual(default, got.ETag);
    }

    [Theory]
    [InlineData(9_007_199_254_740_993L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public async Task Int64_values_beyond_2_pow_53_round_trip_exactly_and_filter_exactly(long value)
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "big") { ["Count"] = value });
        await table.AddEntityAsync(new TableEntity("p", "neighbour") { ["Count"] = value == long.MinValue ? value + 1 : value - 1 });

        var got = (await table.GetEntityAsync<TableEntity>("p", "big")).Value;
        var matches = await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Count eq {value}")).ToListAsync();

        Assert.Equal(value, got.GetInt64("Count"));
        Assert.Equal(["big"], matches.Select(e => e.RowKey));
    }

    [Theory]
    [InlineData(NormalizationForm.FormC)]
    [InlineData(NormalizationForm.FormD)]
    public async Task Vietnamese_keys_and_values_round_trip_in_both_normalization_forms(NormalizationForm form)
    {
        var table = await NewTableAsync();
        var partition = "Cao Bằng – Phường Hợp Giang".Normalize(form);
        var row = "Đăng ký khai sinh 'có yếu tố' nước ngoài".Normalize(form);
        var value = "Thủ tục: giấy chứng nhận quyền sử dụng đất, ỹ ữ ẵ".Normalize(form);
        await table.AddEntityAsync(new TableEntity(partition, row) { ["Tên"] = value });

        var got = (await table.GetEntityAsync<TableEntity>(partition, row)).Value;
        var queried = await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey eq {row}")).ToListAsync();

        Assert.Equal(partition, got.PartitionKey);
        Assert.Equal(row, got.RowKey);
        Assert.Equal(value, got.GetString("Tên"));
        var only = Assert.Single(queried);
        Assert.Equal(value, only.GetString("Tên"));
    }

    [Theory]
    [InlineData("50% + 1 & (x)", "a=b;c,d")]
    [InlineData("", "row with spaces")]
    [InlineData("o'brien''", "'")]
    public async Task Keys_with_url_and_odata_special_characters_address_the_right_entity(string partition, string row)
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity(partition, row) { ["V"] = "exact" });
        await table.AddEntityAsync(new TableEntity(partition + "x", row) { ["V"] = "other" });

        var got = await table.GetEntityIfExistsAsync<TableEntity>(partition, row);
        await table.DeleteEntityAsync(partition, row);

        Assert.Equal("exact", got.Value!.GetString("V"));
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>(partition, row)).HasValue);
        Assert.True((await table.GetEntityIfExistsAsync<TableEntity>(partition + "x", row)).HasValue);
    }

    [Fact]
    public async Task A_filter_value_that_tries_to_widen_the_query_matches_only_that_exact_value()
    {
        var table = await NewTableAsync();
        const string hostile = "x' or PartitionKey ne '";
        await table.AddEntityAsync(new TableEntity("a", "1"));
        await table.AddEntityAsync(new TableEntity("b", "2"));
        await table.AddEntityAsync(new TableEntity(hostile, "3"));

        var matches = await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {hostile}")).ToListAsync();

        var only = Assert.Single(matches);
        Assert.Equal(hostile, only.PartitionKey);
    }

    [Fact]
    public async Task Query_follows_continuation_tokens_past_1000_entities_with_select()
    {
        var table = await NewTableAsync();
        const int total = 1050;
        for (var start = 0; start < total; start += 100)
        {
            var batch = Enumerable.Range(start, Math.Min(100, total - start))
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("day", i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)) { ["N"] = i, ["Extra"] = "x" }));
            await table.SubmitTransactionAsync(batch);
        }

        var pages = 0;
        var rows = new List<TableEntity>();
        await foreach (var page in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"day"}"), select: ["N"]).AsPages())
        {
            pages++;
            rows.AddRange(page.Values);
        }

        Assert.Equal(2, pages);
        Assert.Equal(Enumerable.Range(0, total), rows.Select(r => r.GetInt32("N")!.Value));
        Assert.All(rows, r => Assert.False(r.ContainsKey("Extra")));
    }

    [Fact]
    public async Task Max_per_page_sets_the_page_size()
    {
        var table = await NewTableAsync();
        await table.SubmitTransactionAsync(Enumerable.Range(0, 25).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)))));

        var sizes = new List<int>();
        await foreach (var page in table.QueryAsync<TableEntity>(maxPerPage: 10).AsPages())
            sizes.Add(page.Values.Count);

        Assert.Equal([10, 10, 5], sizes);
    }

    [Fact]
    public async Task Keys_with_characters_tables_refuse_are_rejected_before_sending()
    {
        var counter = new RequestCounter();
        var table = await NewTableAsync(counter.Options());
        var before = counter.Count;

        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", "a/b")));

        Assert.Equal(before, counter.Count);
    }
}
