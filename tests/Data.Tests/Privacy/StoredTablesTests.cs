using System.Reflection;
using MotCua.Data.Privacy;
using MotCua.Data.Scans;
using MotCua.Data.Slips;
using MotCua.Data.Surveys;
using MotCua.Domain.Privacy;

namespace MotCua.Data.Tests.Privacy;

/// <summary>The privacy notice is rendered from <see cref="StoredTables"/>; these tests keep it equal to what is stored.</summary>
public sealed class StoredTablesTests
{
    /// <summary>Each table the notice describes, with the entity that writes its rows.</summary>
    public static TheoryData<string, Type> Tables => new()
    {
        { nameof(StoredTables.Scan), typeof(ScanEntity) },
        { nameof(StoredTables.Survey), typeof(SurveyEntity) },
        { nameof(StoredTables.SurveyTally), typeof(SurveyTallyEntity) },
        { nameof(StoredTables.VisitorKey), typeof(VisitorKeyEntity) },
        { nameof(StoredTables.SlipAnswer), typeof(SlipAnswerEntity) },
        { nameof(StoredTables.SlipUse), typeof(SlipUseEntity) },
    };

    /// <summary>The columns an entity writes: its public properties, less what storage itself keeps (Timestamp, ETag).</summary>
    private static string[] Columns<T>() where T : TableRow => Columns(typeof(T));

    private static string[] Columns(Type entity) => [.. entity.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.Name is not nameof(TableRow.Timestamp) and not nameof(TableRow.ETag) && p.GetCustomAttribute<System.Runtime.Serialization.IgnoreDataMemberAttribute>() is null)
        .Select(p => p.Name).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_column_of_a_table_is_described_in_the_notice_and_nothing_else_is(string table, Type entity)
    {
        var described = ((StoredTable)typeof(StoredTables).GetProperty(table)!.GetValue(null)!).Columns;

        Assert.Equal(Columns(entity), described.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_tables_checked_above_are_every_table_the_notice_describes() =>
        Assert.Equal(StoredTables.All, Tables.Select(row => (StoredTable)typeof(StoredTables).GetProperty((string)row[0])!.GetValue(null)!));

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
