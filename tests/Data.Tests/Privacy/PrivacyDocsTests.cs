using System.Text.RegularExpressions;
using MotCua.Data.Privacy;
using MotCua.Data.Surveys;
using MotCua.Domain.Privacy;
using MotCua.Domain.Surveys;
using MotCua.TestSupport;

namespace MotCua.Data.Tests.Privacy;

/// <summary>docs/privacy.md, the privacy notice (its columns from <see cref="StoredTables"/>, the rest from <see cref="StoredData"/>) and the entities agree.</summary>
public sealed partial class PrivacyDocsTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "privacy.md"));

    public static TheoryData<string, string> Tables => new()
    {
        { "### `scans`", nameof(StoredTables.Scan) },
        { "### `surveys`: answers", nameof(StoredTables.Survey) },
        { "### `surveys`: tally rows", nameof(StoredTables.SurveyTally) },
        { "### `visitorkeys`", nameof(StoredTables.VisitorKey) },
        { "### `slipanswers`: answers", nameof(StoredTables.SlipAnswer) },
        { "### `slipanswers`: use rows", nameof(StoredTables.SlipUse) },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Each_tables_columns_in_the_docs_are_the_notices(string heading, string list)
    {
        var columns = ((StoredTable)typeof(StoredTables).GetProperty(list)!.GetValue(null)!).Columns;
        var start = Doc.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/privacy.md has no section {heading}");
        var end = Doc.IndexOf("\n#", start + heading.Length, StringComparison.Ordinal);
        var section = Doc[start..(end < 0 ? Doc.Length : end)];

        var documented = Row().Matches(section).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);

        Assert.Equal(columns.Select(c => c.Name).Order(StringComparer.Ordinal), documented);
    }

    [Fact]
    public void The_docs_name_the_phones_stores_the_limits_and_the_region_the_notice_gives()
    {
        Assert.Contains($"`{SurveyScript.PendingKey}`", Doc, StringComparison.Ordinal);
        Assert.Contains($"`{Domain.Pages.ServiceWorkerScript.CacheName}`", Doc, StringComparison.Ordinal);
        Assert.Contains($"`{StoredData.AzureRegion}`", Doc, StringComparison.Ordinal);
        Assert.Contains($"({StoredData.LogDays} by default", Doc, StringComparison.Ordinal);
        Assert.Contains($"at most {RetentionPolicy.MaxDays}, the notice's promise", Doc, StringComparison.Ordinal);
        Assert.Contains($"`MisuseReason={SurveyRecord.MisuseCrossSite}`", Doc, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}
