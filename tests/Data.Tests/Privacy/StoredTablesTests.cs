using System.Reflection;
using MotCua.Data.Privacy;
using MotCua.Data.Scans;
using MotCua.Data.Slips;
using MotCua.Data.Surveys;

namespace MotCua.Data.Tests.Privacy;

/// <summary>The privacy notice is rendered from <see cref="StoredTables"/>; these tests keep it equal to what is stored.</summary>
public sealed class StoredTablesTests
{
    /// <summary>The columns an entity writes: its public properties, less what storage itself keeps (Timestamp, ETag).</summary>
    private static string[] Columns<T>() where T : TableRow => [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.Name is not nameof(TableRow.Timestamp) and not nameof(TableRow.ETag) && p.GetCustomAttribute<System.Runtime.Serialization.IgnoreDataMemberAttribute>() is null)
        .Select(p => p.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_column_of_a_scan_is_described_in_the_notice_and_nothing_else_is() =>
        Assert.Equal(Columns<ScanEntity>(), StoredTables.Scan.Columns.Select(c => c.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_column_of_an_answer_is_described_in_the_notice_and_nothing_else_is() =>
        Assert.Equal(Columns<SurveyEntity>(), StoredTables.Survey.Columns.Select(c => c.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_column_of_a_tally_row_is_described_in_the_notice_and_nothing_else_is() =>
        Assert.Equal(Columns<SurveyTallyEntity>(), StoredTables.SurveyTally.Columns.Select(c => c.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_column_of_a_day_key_row_is_described_in_the_notice_and_nothing_else_is() =>
        Assert.Equal(Columns<VisitorKeyEntity>(), StoredTables.VisitorKey.Columns.Select(c => c.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_column_of_a_slip_answer_is_described_in_the_notice_and_nothing_else_is() =>
        Assert.Equal(Columns<SlipAnswerEntity>(), StoredTables.SlipAnswer.Columns.Select(c => c.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_column_of_a_slip_use_row_is_described_in_the_notice_and_nothing_else_is() =>
        Assert.Equal(Columns<SlipUseEntity>(), StoredTables.SlipUse.Columns.Select(c => c.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void A_slip_answer_stores_no_slip_id_and_no_time_finer_than_the_hour()
    {
        Assert.DoesNotContain("Slip", Columns<SlipAnswerEntity>());
        Assert.DoesNotContain("LocalTime", Columns<SlipAnswerEntity>());
    }

    [Fact]
    public void An_answer_stores_no_client_id_no_visitor_and_no_time_finer_than_the_hour()
    {
        Assert.DoesNotContain("ClientId", Columns<SurveyEntity>());
        Assert.DoesNotContain("Visitor", Columns<SurveyEntity>());
        Assert.DoesNotContain("LocalTime", Columns<SurveyEntity>());
        Assert.DoesNotContain("Visitor", Columns<ScanEntity>());
    }

    [Fact]
    public void Every_table_the_notice_describes_is_every_table_there_is_but_the_statistics_own()
    {
        // scanfailures (counts per instance and day), statsdaily and statsstate (rollups, the watermark) and slips (printed
        // slips and batches: id, office, day, count) hold nothing about a person.
        string[] described = [TableNames.Scans, TableNames.Surveys, TableNames.VisitorKeys, TableNames.SlipAnswers];
        Assert.Equal(described.Concat([TableNames.ScanFailures, TableNames.StatsDaily, TableNames.StatsState, TableNames.Slips]).Order(StringComparer.Ordinal), TableNames.All.Order(StringComparer.Ordinal));
    }
}
