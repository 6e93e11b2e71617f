using System.Text;
using MotCua.Domain.Surveys;

namespace MotCua.TestSupport.Surveys;

/// <summary>A small published site for survey tests, and helpers to write form bodies.</summary>
public static class SurveySamples
{
    public const string Unit = "tp-cao-bang";
    public const string Counter = "tp-cao-bang/quay-1";
    public const string Procedure = "tp-cao-bang/ho-tich/dang-ky-khai-sinh";

    public static SurveyCatalog Catalog { get; } = new(
    [
        new SurveyUnit(
            Unit,
            "Bộ phận một cửa thành phố Cao Bằng",
            [new SurveyCounter("quay-1", "Quầy 1 — Hộ tịch"), new SurveyCounter("quay-2", "Quầy 2 — Đất đai")],
            [new SurveyProcedure(Procedure, "Đăng ký khai sinh", "Hộ tịch"), new SurveyProcedure("tp-cao-bang/chung-thuc/chung-thuc-ban-sao", "Chứng thực bản sao từ bản chính", "Chứng thực")]),
        new SurveyUnit("phuong-quan-thanh", "Phường Quán Thánh", [new SurveyCounter("quay-1", "Quầy 1")], []),
    ]);

    /// <summary>A form body as a browser sends it: UTF-8, percent-encoded, spaces as '+'.</summary>
    public static string Body(params (string Name, string Value)[] fields) =>
        string.Join('&', fields.Select(f => Encode(f.Name) + "=" + Encode(f.Value)));

    public static byte[] Bytes(params (string Name, string Value)[] fields) => Encoding.ASCII.GetBytes(Body(fields));

    /// <summary>A valid answer's fields, to vary one at a time.</summary>
    public static (string Name, string Value)[] Valid(string comment = "Cán bộ hướng dẫn tận tình.", string clientId = "") =>
    [
        ("counter", Counter), ("option", "1"), ("reasons", "thai-do"), ("reasons", "huong-dan"),
        ("comment", comment), ("procedure", Procedure), ("client_id", clientId), ("website", ""),
    ];

    private static string Encode(string s) => Uri.EscapeDataString(s).Replace("%20", "+", StringComparison.Ordinal);
}
