using MotCua.TestSupport;
using System.Text;

namespace MotCua.Domain.Tests;

/// <summary>A throw-away site folder with a one-field unit, to which a test adds the files it needs.</summary>
public sealed class TempSite : IDisposable
{
    public const string UnitYaml = """
        name: Bộ phận Một cửa UBND phường Thử
        address: 1 Phố Thử
        opening_hours: Thứ Hai – Thứ Sáu
        phone: "0206 000 000"
        fields:
          ho-tich: Hộ tịch
          chung-thuc: Chứng thực
        counters:
          quay-1: Quầy số 1
        """;

    public TempSite(bool withUnit = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "motcua-site-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        if (withUnit)
        {
            Write("units/thu/unit.yaml", UnitYaml);
        }
    }

    public string Root { get; }

    /// <summary>The least a sheet in force says: the steps and the papers to bring.</summary>
    public const string Body = "## Trình tự thực hiện\n\nBước 1: nộp hồ sơ.\n\n## Thành phần hồ sơ\n\nTờ khai.\n";

    /// <summary>A minimal valid sheet with the given title and extra front-matter lines.</summary>
    public static string Sheet(string title, string extra = "", string body = Body) =>
        $"---\ntitle: {title}\nupdated: {TestClock.TodayIso}\n{extra}---\n{body}";

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>The message path of a file: the site folder as given, joined with forward slashes.</summary>
    public string Display(string relative) => Root.Replace('\\', '/') + "/" + relative;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
