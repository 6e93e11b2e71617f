using MotCua.Domain.Slips;
using MotCua.Stats.Pages;

namespace MotCua.Stats.OpenData;

/// <summary>The Table Schema of <c>stats.csv</c>, field by field in <see cref="StatsCsvWriter.Columns"/> order.</summary>
internal static class StatsCsvSchema
{
    private static readonly Dictionary<string, SchemaField> Known = new(StringComparer.Ordinal)
    {
        ["date"] = new("date", "date", "Ngày (giờ Việt Nam)") { Constraints = new(true) },
        ["unit"] = new("unit", "string", "Mã đơn vị") { Constraints = new(true) },
        ["row"] = new("row", "string", "Loại dòng") { Constraints = new(true, ["code", "counter", StatsCsvWriter.ReprintRow]) },
        ["code"] = new("code", "string", "Mã QR, hoặc quầy") { Constraints = new(true) },
        ["kind"] = new("kind", "string", "Loại mã") { Constraints = new(true, ["procedure", "board", "counter"]) },
        ["target"] = new("target", "string", "Trang mà mã dẫn tới"),
        ["placement"] = new("placement", "string", "Nơi dán mã"),
        ["scans"] = Count("scans", "Lượt quét của người dùng"),
        ["bot_scans"] = Count("bot_scans", "Lượt quét của bot"),
        ["portal_clicks"] = Count("portal_clicks", "Lượt bấm nộp hồ sơ trực tuyến"),
        ["bot_portal_clicks"] = Count("bot_portal_clicks", "Lượt bấm nộp trực tuyến của bot"),
        ["answers"] = Count("answers", "Phiếu đánh giá tự do (không tính lạm dụng)"),
        ["misuse"] = Count("misuse", "Phiếu bị đánh dấu lạm dụng"),
        ["option_0"] = Count("option_0", "Phiếu rất hài lòng"),
        ["option_1"] = Count("option_1", "Phiếu hài lòng"),
        ["option_2"] = Count("option_2", "Phiếu không hài lòng"),
    };

    public static IReadOnlyList<SchemaField> Fields { get; } = [.. StatsCsvWriter.Columns.Select(c => Known[c])];

    public static SchemaField Count(string name, string description) => new(name, "integer", description);
}

/// <summary>The Table Schema of <c>surveys.csv</c>, field by field in <see cref="SurveysCsvWriter.Columns"/> order.</summary>
internal static class SurveysCsvSchema
{
    private static readonly Dictionary<string, SchemaField> Known = new(StringComparer.Ordinal)
    {
        ["month"] = new("month", "yearmonth", "Tháng (giờ Việt Nam)") { Constraints = new(true) },
        ["unit"] = new("unit", "string", "Mã đơn vị") { Constraints = new(true) },
        ["survey"] = new("survey", "string", "slip: đánh giá có phiếu; open: đánh giá tự do") { Constraints = new(true, [SurveysCsvWriter.SlipSurvey, SurveysCsvWriter.OpenSurvey]) },
        ["handed_out"] = StatsCsvSchema.Count("handed_out", "Phiếu in trong tháng (chỉ đánh giá có phiếu)"),
        ["answers"] = StatsCsvSchema.Count("answers", "Phiếu trả lời; trống khi từ 1 đến 4"),
        ["response_rate"] = new("response_rate", "number", "Phiếu trả lời trên phiếu phát ra (chỉ đánh giá có phiếu)"),
        ["not_unsatisfied_share"] = new("not_unsatisfied_share", "number", "Tỉ lệ phiếu không chọn “không hài lòng”; trống khi dưới 5 phiếu"),
        ["option_0"] = StatsCsvSchema.Count("option_0", "Phiếu rất hài lòng"),
        ["option_1"] = StatsCsvSchema.Count("option_1", "Phiếu hài lòng"),
        ["option_2"] = StatsCsvSchema.Count("option_2", "Phiếu không hài lòng"),
    };

    public static IReadOnlyList<SchemaField> Fields { get; } =
    [
        .. SurveysCsvWriter.Columns.Select(c => Known.TryGetValue(c, out var field) ? field
            : StatsCsvSchema.Count(c, "Phiếu không hài lòng vì: " + SlipChoices.Reasons.First(r => SurveysCsvWriter.ReasonColumn(r.Key) == c).Label + "; trống khi từ 1 đến 4")),
    ];
}
