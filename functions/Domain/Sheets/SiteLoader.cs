using System.Collections.Concurrent;
using System.IO.Enumeration;

namespace MotCua.Domain.Sheets;

/// <summary>
/// Loads <c>site/units/&lt;unit&gt;/unit.yaml</c> and every <c>&lt;field&gt;/&lt;slug&gt;.md</c> under it (or
/// <c>&lt;field&gt;/1.004859.md</c>, named by its national code), NFC-normalised,
/// with every per-file problem as a diagnostic (paths as the site folder was given, forward slashes).
/// </summary>
public static class SiteLoader
{
    public const string UnitsFolder = "units";
    public const string SheetExtension = ".md";
    private const int Parallelism = 2;

    public static (SiteModel Site, IReadOnlyList<Diagnostic> Diagnostics) Load(string siteDir) => Load(siteDir, cache: null);

    public static (SiteModel Site, IReadOnlyList<Diagnostic> Diagnostics) Load(string siteDir, ISheetCache? cache)
    {
        var diagnostics = new List<Diagnostic>();
        var unitsDir = Path.Combine(siteDir, UnitsFolder);
        if (!Directory.Exists(unitsDir))
        {
            diagnostics.Add(new Diagnostic(DisplayPath(siteDir, UnitsFolder), 1, 1, Severity.Error, "không có thư mục 'units': thư mục trang phải chứa units/<đơn vị>/unit.yaml"));
            return (new SiteModel([]), diagnostics);
        }

        var units = new List<Unit>();
        var unreadableUnits = new HashSet<string>(StringComparer.Ordinal);
        var unitsWithUnreadableSheets = new HashSet<string>(StringComparer.Ordinal);
        var unreadableSheets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unitDir in Directory.GetDirectories(unitsDir).Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileName(unitDir);
            var errors = diagnostics.Count;
            var unit = LoadUnit(siteDir, slug, cache, diagnostics, unreadableSheets);
            if (unit is null)
            {
                unreadableUnits.Add(slug);
            }
            else
            {
                units.Add(unit);
                if (diagnostics.Skip(errors).Any(d => d.IsError))
                {
                    // A sheet that could not be read, or one in a folder that is not a field yet.
                    unitsWithUnreadableSheets.Add(slug);
                }
            }
        }

        return (new SiteModel(units) { Unreadable = new UnreadableFiles(unreadableUnits, unitsWithUnreadableSheets, unreadableSheets) }, diagnostics);
    }

    /// <summary>Joins the site folder as given with a path inside it, with forward slashes, for messages.</summary>
    public static string DisplayPath(string siteDir, string relative)
    {
        var root = siteDir.Replace('\\', '/').TrimEnd('/');
        return root.Length == 0 ? relative : $"{root}/{relative}";
    }

    /// <summary>Reads and parses one sheet file (also used to fetch the body of a sheet that came from the cache).</summary>
    public static SheetParseResult ParseFile(string siteDir, SheetFile file)
    {
        var diagnostics = new List<Diagnostic>();
        var text = SourceText.Read(Path.Combine(siteDir, file.RelativePath), file.DisplayPath, diagnostics);
        return text is null
            ? new SheetParseResult(null, diagnostics)
            : InputFileException.Guard(file.DisplayPath, () => SheetParser.Parse(new SheetSource(file.Unit, file.Field, file.Slug, file.RelativePath, file.DisplayPath, text)));
    }

    /// <summary>How to rename a file or folder so its name can be a page's address, with the folded name when there is one.</summary>
    private static string Rename(string name, string extension = "")
    {
        var slug = Text.TextFolding.Slug(name);
        const string Rule = "chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang";
        return slug.Length == 0 ? Rule : $"{Rule}, ví dụ đổi thành '{slug}{extension}'";
    }

    /// <summary>
    /// The sheet files of a field folder in name order, each with the size and time one stat of it gives: no
    /// <see cref="FileInfo"/>, whose attributes cost more system calls, when 40,000 sheets are checked against the build cache.
    /// </summary>
    private static List<FoundFile> FilesIn(string fieldDir)
    {
        var found = new FileSystemEnumerable<FoundFile>(fieldDir, (ref entry) => new FoundFile(entry.FileName.ToString(), entry.Length, entry.LastWriteTimeUtc.UtcDateTime))
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory,
        };
        return [.. found.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    private sealed record FoundFile(string Name, long Length, DateTime LastWriteUtc);

    /// <summary>The unit, or null when its folder or unit.yaml cannot be used; the keys of its sheets that cannot be read go to <paramref name="unreadable"/>.</summary>
    private static Unit? LoadUnit(string siteDir, string slug, ISheetCache? cache, List<Diagnostic> diagnostics, HashSet<string> unreadable)
    {
        var unitRelative = $"{UnitsFolder}/{slug}";
        var yamlPath = DisplayPath(siteDir, $"{unitRelative}/{UnitKeys.FileName}");
        if (!SheetFormats.IsSlug(slug))
        {
            diagnostics.Add(new Diagnostic(DisplayPath(siteDir, unitRelative), 1, 1, Severity.Error,
                $"tên thư mục đơn vị '{slug}' không dùng được làm địa chỉ trang: {Rename(slug)}"));
            return null;
        }

        var yamlFile = Path.Combine(siteDir, UnitsFolder, slug, UnitKeys.FileName);
        if (!File.Exists(yamlFile))
        {
            diagnostics.Add(new Diagnostic(yamlPath, 1, 1, Severity.Error, "thiếu tệp unit.yaml: mỗi thư mục đơn vị cần một tệp này (tên, địa chỉ, lĩnh vực, quầy)"));
            return null;
        }

        var yamlText = SourceText.Read(yamlFile, yamlPath, diagnostics);
        var unit = yamlText is null ? null : InputFileException.Guard(yamlPath, () => UnitParser.Parse(slug, yamlPath, yamlText, diagnostics));
        if (unit is null)
        {
            return null;
        }

        diagnostics.AddRange(SkippedFiles.InUnit(Path.Combine(siteDir, UnitsFolder, slug), slug, name => DisplayPath(siteDir, $"{unitRelative}/{name}")));
        var files = new List<SheetFile>();
        foreach (var fieldDir in Directory.GetDirectories(Path.Combine(siteDir, UnitsFolder, slug)).Order(StringComparer.Ordinal))
        {
            var field = Path.GetFileName(fieldDir);
            var filesHere = FilesIn(fieldDir);
            var sheetsHere = filesHere.FindAll(f => f.Name.EndsWith(SheetExtension, StringComparison.Ordinal));
            diagnostics.AddRange(SkippedFiles.InField(filesHere.Where(f => !f.Name.EndsWith(SheetExtension, StringComparison.Ordinal)).Select(f => f.Name),
                name => DisplayPath(siteDir, $"{unitRelative}/{field}/{name}")));
            if (unit.FindField(field) is null)
            {
                if (sheetsHere.Count > 0)
                {
                    unreadable.UnionWith(sheetsHere.Select(f => $"{slug}/{field}/{SheetFormats.SlugOfFileName(Path.GetFileNameWithoutExtension(f.Name))}"));
                    diagnostics.Add(new Diagnostic(yamlPath, unit.PositionOf(UnitKeys.Fields), Severity.Error,
                        $"thư mục '{field}' có tệp thủ tục nhưng chưa có trong mục 'fields': thêm một dòng '{field}: Tên lĩnh vực'"));
                }

                continue;
            }

            foreach (var folder in Directory.GetDirectories(fieldDir, "*" + SheetExtension).Order(StringComparer.Ordinal))
            {
                diagnostics.Add(new Diagnostic(DisplayPath(siteDir, $"{unitRelative}/{field}/{Path.GetFileName(folder)}"), 1, 1, Severity.Error,
                    "đây là một thư mục mang tên giống tệp thủ tục: mỗi thủ tục phải là một tệp; hãy đổi tên thư mục hoặc chuyển những gì bên trong ra ngoài"));
            }

            var slugsHere = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in sheetsHere)
            {
                var name = Path.GetFileNameWithoutExtension(file.Name);
                var relative = $"{unitRelative}/{field}/{name}{SheetExtension}";
                if (SheetFormats.SlugOfFileName(name) is not { } pageSlug)
                {
                    diagnostics.Add(new Diagnostic(DisplayPath(siteDir, relative), 1, 1, Severity.Error,
                        $"tên tệp '{name}{SheetExtension}' không dùng được làm địa chỉ trang: {Rename(name, SheetExtension)}, hoặc đặt tên theo mã thủ tục quốc gia, ví dụ 1.004859{SheetExtension}"));
                    continue;
                }

                var display = DisplayPath(siteDir, relative);
                if (!slugsHere.TryAdd(pageSlug, display))
                {
                    // 1.004859.md beside 1-004859.md: one page address, so one of them only.
                    diagnostics.Add(new Diagnostic(display, 1, 1, Severity.Error, SiteValidator.DuplicateSlug(pageSlug, slugsHere[pageSlug])));
                    continue;
                }

                files.Add(new SheetFile(slug, field, pageSlug, relative, display, file.Length, file.LastWriteUtc));
            }
        }

        var results = new ConcurrentDictionary<int, SheetParseResult>();
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, i =>
        {
            var file = files[i];
            if (cache is null || !cache.TryGet(file, out var result))
            {
                result = ParseFile(siteDir, file);
                cache?.Store(file, result);
            }

            results[i] = result;
        });

        var sheets = new List<Sheet>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            diagnostics.AddRange(results[i].Diagnostics);
            if (results[i].Sheet is { } sheet)
            {
                sheets.Add(sheet);
            }
            else
            {
                unreadable.Add($"{slug}/{files[i].Field}/{files[i].Slug}");
            }
        }

        return unit with { Sheets = sheets };
    }
}
