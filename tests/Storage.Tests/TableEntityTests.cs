using Azure;
using MotCua.Storage.Tables;

namespace MotCua.Storage.Tests;

public sealed class TableEntityTests
{
    [Fact]
    public void The_indexer_reaches_keys_and_custom_properties_but_the_dictionary_holds_only_custom_ones()
    {
        var entity = new TableEntity("p", "r") { ["Code"] = "HT2K" };
        entity["RowKey"] = "r2";

        Assert.Equal("p", entity["PartitionKey"]);
        Assert.Equal("r2", entity.RowKey);
        Assert.Equal(["Code"], entity.Keys);
    }

    [Fact]
    public void A_missing_property_reads_as_null()
    {
        var entity = new TableEntity("p", "r");

        Assert.Null(entity["Nothing"]);
        Assert.Null(entity.GetInt64("Nothing"));
        Assert.Null(entity.GetString("Nothing"));
    }

    [Fact]
    public void Typed_getters_widen_numbers_but_refuse_other_types()
    {
        var entity = new TableEntity("p", "r") { ["I"] = 7, ["S"] = "7" };

        Assert.Equal(7L, entity.GetInt64("I"));
        Assert.Equal(7.0, entity.GetDouble("I"));
        var error = Assert.Throws<InvalidOperationException>(() => entity.GetInt32("S"));
        Assert.Contains("'S'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_reads_as_bytes_or_binary_data()
    {
        var entity = new TableEntity("p", "r") { ["B"] = new byte[] { 1, 2 } };

        Assert.Equal(new byte[] { 1, 2 }, entity.GetBinaryData("B")!.ToArray());
        Assert.Equal(new byte[] { 1, 2 }, entity.GetBinary("B"));
    }

    [Fact]
    public void The_odata_etag_name_sets_the_etag()
    {
        var entity = new TableEntity { ["odata.etag"] = "W/\"datetime'x'\"" };

        Assert.Equal(new ETag("W/\"datetime'x'\""), entity.ETag);
    }
}
