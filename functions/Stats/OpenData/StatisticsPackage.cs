using System.Text.Json;
using MotCua.Domain.OpenData;
using MotCua.Domain.Text;
using MotCua.Stats.Pages;

namespace MotCua.Stats.OpenData;

/// <summary>
/// <c>datapackage.json</c> beside an office's <c>stats.json</c> and CSVs: each file a resource, each CSV with its Table
/// Schema in column order (the writers' own column lists, so the two cannot drift apart), under the office's licence.
/// </summary>
public static class StatisticsPackage
{
    public const string FileName = "datapackage.json";

    private static readonly OpenDataJsonContext Json = new(new JsonSerializerOptions { WriteIndented = true, Encoder = StatsFormat.JsonEncoder });

    private static readonly OpenDataJsonContext Compact = new(new JsonSerializerOptions { Encoder = StatsFormat.JsonEncoder });

    private static readonly string[] Missing = [""];

    public static DataPackage Build(UnitStats stats, OpenLicense license)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(license);
        return new DataPackage(
            "data-package",
            "thong-ke-" + stats.Unit,
            $"Thống kê tra cứu thủ tục và mức độ hài lòng – {stats.UnitName}",
            "Lượt quét mã QR, lượt bấm nộp hồ sơ trực tuyến và đánh giá mức độ hài lòng (đánh giá tự do tại quầy và đánh giá có phiếu) của bộ phận một cửa; khảo sát riêng của đơn vị, không phải chỉ số chính thức theo Quyết định 766/QĐ-TTg.",
            $"/stats/{stats.Unit}/",
            VietnamTime.Format(stats.GeneratedAt),
            [new PackageLicense(license.Name, license.Path, license.Title)],
            [
                Csv("stats-csv", "stats.csv", "Theo ngày: mỗi mã QR và mỗi quầy một dòng", StatsCsvSchema.Fields),
                Csv("surveys-csv", SurveysCsvWriter.FileName, "Theo tháng: đánh giá có phiếu và đánh giá tự do, mỗi loại một dòng", SurveysCsvSchema.Fields),
                new PackageResource("stats-json", "stats.json", "Tổng hợp từ khi bắt đầu ghi nhận", "json", "application/json", "utf-8"),
            ]);
    }

    public static byte[] Write(DataPackage package) => JsonSerializer.SerializeToUtf8Bytes(package, Json.DataPackage);

    /// <summary>The page's schema.org <c>Dataset</c>, as JSON ready for a <c>script type="application/ld+json"</c> block.</summary>
    public static string Markup(UnitStats stats, OpenLicense license)
    {
        var package = Build(stats, license);
        var markup = new DatasetMarkup(package.Title, package.Description, package.Homepage, license.Path, "vi", package.Created,
            new DatasetCreator(stats.UnitName),
            [.. package.Resources.Select(r => new DataDownload(package.Homepage + r.Path, r.MediaType)),
                new DataDownload(package.Homepage + FileName, "application/json")]);
        return JsonSerializer.Serialize(markup, Compact.DatasetMarkup);
    }

    private static PackageResource Csv(string name, string path, string title, IReadOnlyList<SchemaField> fields) =>
        new(name, path, title, "csv", "text/csv", "utf-8")
        {
            Dialect = new CsvDialect(",", "\r\n", true),
            Schema = new TableSchema(fields, Missing),
        };
}
