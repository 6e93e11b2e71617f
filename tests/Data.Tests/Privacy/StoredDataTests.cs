using System.Reflection;
using MotCua.Data.Scans;
using MotCua.Data.Surveys;
using MotCua.Domain.Privacy;

namespace MotCua.Data.Tests.Privacy;

/// <summary>The privacy notice is rendered from <see cref="StoredData"/>; these tests keep it equal to what is stored.</summary>
public sealed class StoredDataTests
{
    /// <summary>The columns an entity writes: its public properties, less what storage itself keeps (Timestamp, ETag).</summary>
    private static string[] Columns<T>() where T : TableRow => [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.Name is not nameof(TableRow.Timestamp) and not nameof(TableRow.ETag) && p.GetCustomAttribute<System.Runtime.Serialization.IgnoreDataMemberAttribute>() is null)
        .Select(p => p.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_column_of_a_scan_is_described_in_the_notice_and_nothing_else_is() =>
        Assert.Equal(Columns<ScanEntity>(), StoredData.Scan.Select(c => c.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_column_of_an_answer_is_described_in_the_notice_and_nothing_else_is() =>
        Assert.Equal(Columns<SurveyEntity>(), StoredData.Survey.Select(c => c.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void An_answer_stores_no_client_id_column() =>
        Assert.DoesNotContain("ClientId", Columns<SurveyEntity>());
}
