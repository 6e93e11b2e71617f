using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;
using MotCua.Domain.Text;
using MotCua.Publisher.Verbs;

namespace MotCua.Publisher.Import;

/// <summary>
/// The unit an import writes into: its fields (known ones matched by name, new ones collected for unit.yaml), the
/// file names already taken, and, once the sheets are written, the QR codes for the new sheets and boards.
/// </summary>
internal sealed class ImportTarget
{
    private readonly HashSet<string> _takenSlugs;
    private readonly List<Field> _newFields = [];
    private readonly HashSet<string> _touchedFields = new(StringComparer.Ordinal);

    private ImportTarget(string siteDir, CodeRegistry registry, Unit unit)
    {
        SiteDir = siteDir;
        Registry = registry;
        Unit = unit;
        _takenSlugs = unit.Sheets.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
    }

    public string SiteDir { get; }

    public CodeRegistry Registry { get; }

    public Unit Unit { get; }

    public IReadOnlyList<Field> NewFields => _newFields;

    /// <summary>The site and its unit, or null after printing why not (no site, errors to fix first, no such unit).</summary>
    public static async Task<ImportTarget?> LoadAsync(string siteDir, string unitSlug, TextWriter stderr)
    {
        if (await SiteCodes.LoadAsync(siteDir, stderr) is not var (site, registry))
        {
            return null;
        }

        if (site.FindUnit(unitSlug) is not { } unit)
        {
            await stderr.WriteLineAsync($"error: không có đơn vị '{unitSlug}' trong {siteDir}/units; các đơn vị: {string.Join(", ", site.Units.Select(u => u.Slug))}");
            return null;
        }

        return new ImportTarget(siteDir, registry, unit);
    }

    /// <summary>The live sheets of the unit that carry <paramref name="code"/>.</summary>
    public IReadOnlyList<Sheet> SheetsWithCode(string code) =>
        Unit.Sheets.Where(s => !s.Retired && string.Equals(s.NationalCode, code, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The unit's field with this name (or folder name), or a new one named so, to be added to unit.yaml.</summary>
    public Field FieldFor(string name)
    {
        var slug = TextFolding.Slug(name);
        var field = Unit.Fields.Concat(_newFields).FirstOrDefault(f => f.Slug == slug || TextFolding.Slug(f.Name) == slug);
        if (field is null)
        {
            field = new Field(slug, name);
            _newFields.Add(field);
        }

        _touchedFields.Add(field.Slug);
        return field;
    }

    /// <summary>
    /// The path, relative to the site, for a new sheet: named after its title, or after its national code when another
    /// sheet of the unit already has that name (page names are unique in a unit).
    /// </summary>
    public (string RelativePath, string Key) NewSheetPath(Field field, string title, string code)
    {
        var slug = TextFolding.Slug(title);
        var fileName = slug.Length > 0 && _takenSlugs.Add(slug) ? slug : code;
        var pageSlug = SheetFormats.SlugOfFileName(fileName) ?? fileName;
        _takenSlugs.Add(pageSlug);
        return ($"{SiteLoader.UnitsFolder}/{Unit.Slug}/{field.Slug}/{fileName}{SiteLoader.SheetExtension}", $"{Unit.Slug}/{field.Slug}/{pageSlug}");
    }

    public string Display(string relative) => SiteLoader.DisplayPath(SiteDir, relative);

    /// <summary>Writes the new fields into unit.yaml, before the sheets that sit in their folders.</summary>
    public async Task WriteNewFieldsAsync(CancellationToken cancellationToken)
    {
        if (_newFields.Count == 0)
        {
            return;
        }

        var path = Path.Combine(SiteDir, SiteLoader.UnitsFolder, Unit.Slug, "unit.yaml");
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        await SheetFiles.ReplaceAsync(path, UnitFieldsFile.AddFields(text, Unit.SourcePath, _newFields), cancellationToken);
    }

    /// <summary>Gives a code to each new sheet and to each board the import touched that has none, and appends them to codes.yaml.</summary>
    public async Task<IReadOnlyList<NewCode>> AssignCodesAsync(IEnumerable<string> newSheetKeys, CancellationToken cancellationToken)
    {
        var wanted = newSheetKeys.Concat(_touchedFields.Select(f => $"{Unit.Slug}/{f}")).ToHashSet(StringComparer.Ordinal);
        var (site, _) = SiteLoader.Load(SiteDir);
        var added = CodeAssigner.Assign(Registry, site).Where(c => wanted.Contains(c.Target)).ToList();
        if (added.Count > 0)
        {
            await CodeRegistryFile.AppendAsync(SiteDir, added, cancellationToken);
        }

        return added;
    }
}
