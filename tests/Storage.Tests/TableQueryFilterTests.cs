using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using MotCua.Storage.Tables;

namespace MotCua.Storage.Tests;

public sealed class TableQueryFilterTests
{
    [Fact]
    public void Strings_are_quoted_with_single_quotes_doubled()
    {
        const string value = "x' or PartitionKey ne '";

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {value}");

        Assert.Equal("PartitionKey eq 'x'' or PartitionKey ne '''", filter);
    }

    [Fact]
    public void Each_type_becomes_its_odata_literal_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
        try
        {
            var when = new DateTimeOffset(2026, 11, 22, 15, 4, 5, TimeSpan.FromHours(7));
            var id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");

            var filter = TableClient.CreateQueryFilter($"A eq {5} and B eq {9_007_199_254_740_993L} and C eq {1.5} and D eq {2.0} and E eq {true} and F ge {when} and G eq {id} and H eq {new byte[] { 0x0A, 0xFF }}");

            Assert.Equal(
                "A eq 5 and B eq 9007199254740993L and C eq 1.5 and D eq 2.0 and E eq true and F ge datetime'2026-11-22T08:04:05.0000000Z' and G eq guid'0f8fad5b-d9cb-469f-a165-70867728950e' and H eq X'0AFF'",
                filter);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Unsupported_values_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TableClient.CreateQueryFilter($"A eq {new object()}"));
        Assert.Throws<ArgumentException>(() => TableClient.CreateQueryFilter($"A eq {double.NaN}"));
    }

    [Fact]
    public void No_string_can_escape_its_literal()
    {
        Prop.ForAll(
            ArbMap.Default.ArbFor<string>(),
            (string s) =>
            {
                var value = s ?? string.Empty;
                var filter = TableClient.CreateQueryFilter($"RowKey eq {value}");
                var literal = filter["RowKey eq ".Length..];
                return literal.StartsWith('\'') && literal.EndsWith('\'') && literal.Length >= 2
                    && !literal[1..^1].Replace("''", string.Empty, StringComparison.Ordinal).Contains('\'', StringComparison.Ordinal)
                    && literal[1..^1].Replace("''", "'", StringComparison.Ordinal) == value;
            }).QuickCheckThrowOnFailure();
    }
}
