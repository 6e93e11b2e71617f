using System.Text;
using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Verbs;

/// <summary>
/// A copy of the sample ward (4 fields, 2 counters, 9 sheets, one retired) in a temporary folder, plus a runner for the CLI.
/// The copy is the ward as it was before its merger (its successor is not copied), so its merger lines are left out.
/// </summary>
internal sealed class CodeVerbSite : IDisposable
{
    public const string Unit = "phuong-quan-thanh";

    public CodeVerbSite()
    {
        var source = Path.Combine(RepositoryPaths.Site, "units", Unit);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, "units", Unit, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (Path.GetFileName(file) == "unit.yaml")
            {
                File.WriteAllLines(target, File.ReadAllLines(file).Where(line => !line.StartsWith("merged_", StringComparison.Ordinal)));
            }
            else
            {
                File.Copy(file, target);
            }
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "motcua-codes-" + Guid.NewGuid().ToString("N")[..12]);

    public string RegistryFile => Path.Combine(Root, "codes.yaml");

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr, TestClock.Create());
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
