namespace MotCua.Domain.Sheets;

/// <summary>
/// Files the site does not read that an editor most likely meant as sheets: <c>khai-bao.MD</c>, Notepad's
/// <c>x.md.txt</c>, <c>x.markdown</c>, and a sheet saved straight into a unit's folder. Each gets a warning with the
/// name or place that makes it a sheet, instead of vanishing without a word.
/// </summary>
internal static class SkippedFiles
{
    private static readonly string[] Endings = [".md.txt", ".markdown", ".md"];

    private const string SeeExtensions = "trong Windows, bật 'File name extensions' ở thẻ View của File Explorer để thấy đuôi tên tệp";

    /// <summary>The name that would make <paramref name="fileName"/> (in a field's folder) a sheet, or null when it is no sheet.</summary>
    public static string? SheetName(string fileName)
    {
        var ending = Array.Find(Endings, e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        if (ending is null || fileName.EndsWith(SiteLoader.SheetExtension, StringComparison.Ordinal))
        {
            return null;
        }

        var name = fileName[..^ending.Length];
        var slug = SheetFormats.SlugOfFileName(name) is null ? Text.TextFolding.Slug(name) : name;
        return slug.Length == 0 ? null : slug + SiteLoader.SheetExtension;
    }

    /// <summary>The warnings for the files of a field's folder that are skipped but look like sheets.</summary>
    public static IEnumerable<Diagnostic> InField(IEnumerable<string> fileNames, Func<string, string> displayPath) =>
        from name in fileNames
        let meant = SheetName(name)
        where meant is not null
        select new Diagnostic(displayPath(name), SourcePosition.Start, Severity.Warning,
            $"tệp này bị bỏ qua: chỉ tệp có đuôi .md mới là tệp thủ tục; đổi tên thành '{meant}' ({SeeExtensions})");

    /// <summary>The warnings for sheets written straight into a unit's folder, outside every field.</summary>
    public static IEnumerable<Diagnostic> InUnit(string unitDir, string unit, Func<string, string> displayPath) =>
        from file in Directory.EnumerateFiles(unitDir).Order(StringComparer.Ordinal)
        let name = Path.GetFileName(file)
        where name.EndsWith(SiteLoader.SheetExtension, StringComparison.OrdinalIgnoreCase) || SheetName(name) is not null
        select new Diagnostic(displayPath(name), SourcePosition.Start, Severity.Warning,
            $"tệp này bị bỏ qua: tệp thủ tục phải nằm trong thư mục của một lĩnh vực, ví dụ units/{unit}/ho-tich/{SheetName(name) ?? name}");
}
