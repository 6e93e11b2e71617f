using System.Text;

namespace MotCua.Publisher.Tests;

/// <summary>A throw-away site folder the test writes its files into, removed with everything in it afterwards.</summary>
internal sealed class SiteFolder : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "motcua-site-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The least a sheet in force says: the steps and the papers to bring.</summary>
    public const string Body = "## Trình tự thực hiện\n\nBước 1: nộp hồ sơ.\n\n## Thành phần hồ sơ\n\nTờ khai.\n";

    /// <summary>A copy of the repository's sample <c>site/</c>, for a test that breaks one thing in a real site.</summary>
    public static SiteFolder CopyOfSample()
    {
        var folder = new SiteFolder();
        CopySample(folder.Root);
        return folder;
    }

    /// <summary>Copies the repository's sample <c>site/</c> into <paramref name="destination"/>.</summary>
    public static void CopySample(string destination)
    {
        foreach (var file in Directory.GetFiles(MotCua.TestSupport.RepositoryPaths.Site, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(MotCua.TestSupport.RepositoryPaths.Site, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Replaces the first occurrence of <paramref name="old"/> in a file of the folder.</summary>
    public void Edit(string relative, string old, string replacement)
    {
        var path = Path.Combine(Root, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(old, text, StringComparison.Ordinal);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        File.WriteAllText(path, text[..at] + replacement + text[(at + old.Length)..], new UTF8Encoding(false));
    }

    /// <summary>The smallest unit: <c>units/thu</c>, named, with the one field <c>ho-tich</c>.</summary>
    public void WriteUnit() => Write("units/thu/unit.yaml", "name: Phường Thử\nfields:\n  ho-tich: Hộ tịch\n");

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark, as editors' files are; returns the full path.</summary>
    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
