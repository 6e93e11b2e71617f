namespace MotCua.Publisher.Tests.Import;

/// <summary>A temporary site with one commune whose unit lists one field and no sheet yet, and a folder for the files to import.</summary>
internal sealed class ImportSite : IDisposable
{
    public const string Unit = "xa-luong-son";

    public ImportSite()
    {
        Write($"units/{Unit}/unit.yaml", "# Trung tâm phục vụ hành chính công xã Lương Sơn\nname: Trung tâm Phục vụ hành chính công xã Lương Sơn\nfields:\n  ho-tich: Hộ tịch\n\ncounters:\n  quay-1: Quầy số 1\n");
        Directory.CreateDirectory(Inbox);
    }

    private readonly SiteFolder _folder = new();

    public string Root => _folder.Root;

    public string Site => Path.Combine(Root, "site");

    /// <summary>Where a test puts the files it imports, outside the site.</summary>
    public string Inbox => Path.Combine(Root, "inbox");

    public string UnitDir => Path.Combine(Site, "units", Unit);

    public string Registry => Path.Combine(Site, "codes.yaml");

    public void Write(string relative, string text) => _folder.Write(Path.Combine("site", relative), text);

    public string Input(string name) => Path.Combine(Inbox, name);

    public Task<(int Code, string Out, string Err)> ImportAsync(params string[] files) =>
        PublisherCli.RunAsync(["import", Site, .. files, "--unit", Unit]);

    /// <summary>Every file of the site folder and its text, to show that a refused import wrote nothing.</summary>
    public static IReadOnlyDictionary<string, string> Snapshot(string site) =>
        Directory.GetFiles(site, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f), File.ReadAllText, StringComparer.Ordinal);

    public void Dispose() => _folder.Dispose();
}
