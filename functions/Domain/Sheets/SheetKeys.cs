namespace MotCua.Domain.Sheets;

/// <summary>The front-matter keys a sheet may use (English keys, Vietnamese values).</summary>
public static partial class SheetKeys
{
    public const string Title = "title";
    public const string Code = "code";
    public const string Level = "level";
    public const string Agency = "agency";
    public const string Applicants = "applicants";
    public const string ProcessingTime = "processing_time";
    public const string Fee = "fee";
    public const string Result = "result";
    public const string OnlineUrl = "online_url";
    public const string Updated = "updated";
    public const string Status = "status";
    public const string ReplacedBy = "replaced_by";
    public const string RetiredReason = "retired_reason";
    public const string Aliases = "aliases";

    /// <summary>In a merged unit's sheet: where its codes go when the default (same national code, then same field) is wrong.</summary>
    public const string MovedTo = "moved_to";

    /// <summary><c>draft: true</c>: the sheet is still being written, and may be published with the placeholders of <c>new</c>.</summary>
    public const string Draft = "draft";

    public static readonly IReadOnlyList<string> All =
    [
        Title, Code, Level, Agency, Applicants, ProcessingTime, Fee, Result, OnlineUrl, Updated, Status, ReplacedBy, RetiredReason, Aliases, MovedTo, Draft,
    ];

    public static readonly IReadOnlyList<string> Required = [Title];

    /// <summary>
    /// The level a <c>level:</c> value names: a slug below or the national portal's words ("Toàn trình", "Một phần",
    /// "Trực tiếp"), with or without diacritics, in any case.
    /// </summary>
    public static bool TryParseLevel(string text, out ServiceLevel level) => Levels.TryGetValue(Text.TextFolding.Slug(text), out level);

    /// <summary>
    /// Today's level for one of the four levels before Decree 42/2022/ND-CP ("mức độ 4"), or null: level 4 (filed and
    /// paid online) is now Toàn trình, level 3 (filed online) Một phần, levels 1–2 (information, forms) Trực tiếp.
    /// </summary>
    public static string? OldLevel(string text) =>
        OldLevelPattern().Match(Text.TextFolding.Slug(text)) is { Success: true } match
            ? match.Groups[1].Value switch { "4" => "Toàn trình", "3" => "Một phần", _ => "Trực tiếp" }
            : null;

    [System.Text.RegularExpressions.GeneratedRegex("^(?:dich-vu-cong-)?(?:truc-tuyen-)?(?:muc-?(?:do-?)?|md-?)([1-4])$")]
    private static partial System.Text.RegularExpressions.Regex OldLevelPattern();

    /// <summary>Values of <c>level</c> in their canonical form.</summary>
    public static readonly IReadOnlyDictionary<string, ServiceLevel> Levels = new Dictionary<string, ServiceLevel>(StringComparer.Ordinal)
    {
        ["toan-trinh"] = ServiceLevel.ToanTrinh,
        ["mot-phan"] = ServiceLevel.MotPhan,
        ["truc-tiep"] = ServiceLevel.TrucTiep,
    };

    public const string Active = "active";
    public const string Retired = "retired";
}
