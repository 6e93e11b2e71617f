using MotCua.TestSupport;

namespace MotCua.Publisher.Tests.Verbs;

/// <summary>
/// A copy of the sample ward (4 fields, 2 counters, 9 sheets, one retired) in a temporary folder.
/// The copy is the ward as it was before its merger (its successor is not copied), so its merger lines are left out.
/// </summary>
internal sealed class CodeVerbSite : IDisposable
{
    public const string Unit = "phuong-quan-thanh";

    private readonly SiteFolder _folder = new();

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
            else if (Path.GetExtension(file) == ".md")
            {
                File.WriteAllLines(target, File.ReadAllLines(file).Where(line => !line.StartsWith("moved_to:", StringComparison.Ordinal)));
            }
            else
            {
                File.Copy(file, target);
            }
        }
    }

    public string Root => _folder.Root;

    public string RegistryFile => Path.Combine(Root, "codes.yaml");

    public void Write(string relative, string text) => _folder.Write(relative, text);

    public void Dispose() => _folder.Dispose();
}
