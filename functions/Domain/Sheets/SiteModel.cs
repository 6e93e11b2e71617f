namespace MotCua.Domain.Sheets;

/// <summary>Everything under <c>site/</c> after loading: the units with their boards, counters and sheets.</summary>
public sealed record SiteModel(IReadOnlyList<Unit> Units)
{
    /// <summary>Files that are there but could not be read (each has its own error), so the site may hold more than it shows.</summary>
    public UnreadableFiles Unreadable { get; init; } = UnreadableFiles.None;

    public Unit? FindUnit(string slug) => Units.FirstOrDefault(u => string.Equals(u.Slug, slug, StringComparison.Ordinal));

    /// <summary>
    /// True when <paramref name="key"/> (<c>unit</c>, <c>unit/field</c>, <c>unit/counter</c> or <c>unit/field/slug</c>) may
    /// name something in a file that could not be read: a reference to it is not reported as broken, since the one
    /// mistake already reported is what hides it (a sheet's key or alias, a unit's fields and counters).
    /// </summary>
    public bool MightHave(string key)
    {
        var parts = key.Trim('/').Split('/');
        return Unreadable.Units.Contains(parts[0]) || (parts.Length == 3 && MightHaveMoreSheets(parts[0]));
    }

    /// <summary>
    /// True when the sheet of this key (not an alias: links and replacements name keys) may be a file that could not
    /// be read, or lies in a unit whose unit.yaml could not be.
    /// </summary>
    public bool MightHaveSheet(string key) => Unreadable.Units.Contains(key.Split('/')[0]) || Unreadable.Sheets.Contains(key);

    /// <summary>True when the unit has sheets (or a unit.yaml) that could not be read.</summary>
    public bool MightHaveMoreSheets(string unit) => Unreadable.Units.Contains(unit) || Unreadable.SheetUnits.Contains(unit);
}

/// <summary>
/// The units whose unit.yaml could not be read, the units with a sheet that could not be read (or whose name could not
/// be a page's), and the keys of the sheets that could not be read.
/// </summary>
public sealed record UnreadableFiles(IReadOnlySet<string> Units, IReadOnlySet<string> SheetUnits, IReadOnlySet<string> Sheets)
{
    public static readonly UnreadableFiles None = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}

/// <summary>An office (e.g. the city's one-stop office), from <c>site/units/&lt;unit&gt;/unit.yaml</c>.</summary>
public sealed record Unit(
    string Slug,
    string Name,
    string Address,
    string OpeningHours,
    string Phone,
    IReadOnlyList<Field> Fields,
    IReadOnlyList<Counter> Counters,
    IReadOnlyList<Sheet> Sheets)
{
    /// <summary>The unit.yaml path as given on the command line, for file:line messages.</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>Where each top-level key's value, and each field (<c>fields.&lt;slug&gt;</c>) starts in unit.yaml.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions { get; init; } = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);

    public SourcePosition PositionOf(string key) => Positions.TryGetValue(key, out var position) ? position : SourcePosition.Start;

    public Field? FindField(string slug) => Fields.FirstOrDefault(f => string.Equals(f.Slug, slug, StringComparison.Ordinal));

    public Counter? FindCounter(string slug) => Counters.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.Ordinal));

    public IEnumerable<Sheet> SheetsOf(Field field) => Sheets.Where(s => string.Equals(s.Field, field.Slug, StringComparison.Ordinal));

    /// <summary>Set when the office was merged or split: where it went and from which day.</summary>
    public UnitMerger? Merger { get; init; }

    /// <summary>The licence of the office's open statistics (<c>license</c>, an SPDX id).</summary>
    public OpenData.OpenLicense License { get; init; } = OpenData.OpenLicense.Default;
}

/// <summary>
/// A merged or split office (<c>merged_into</c>, <c>merged_from</c>, <c>moved_to</c> in unit.yaml): its printed
/// codes open its successors' pages from <see cref="From"/> on.
/// </summary>
/// <param name="Into">The successor units' slugs; the first takes every code no <see cref="MovedTo"/> line sends elsewhere.</param>
/// <param name="From">The first Vietnam-local day of the new organisation.</param>
/// <param name="MovedTo">Field or counter slug of this unit → <c>unit</c>, <c>unit/field</c>, <c>unit/counter</c> or <c>unit/field/slug</c>.</param>
public sealed record UnitMerger(IReadOnlyList<string> Into, DateOnly From, IReadOnlyDictionary<string, string> MovedTo)
{
    /// <summary>The default successor.</summary>
    public string Successor => Into[0];
}

/// <summary>A field (lĩnh vực) and its notice board, e.g. <c>ho-tich</c> / "Hộ tịch".</summary>
public sealed record Field(string Slug, string Name);

/// <summary>A service counter (quầy) where citizens are asked to rate the service.</summary>
public sealed record Counter(string Slug, string Name)
{
    /// <summary>The fields served at this counter (their procedures fill the survey's list); empty means all.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];
}

/// <summary>Online-service level under Decree 42/2022/ND-CP.</summary>
public enum ServiceLevel
{
    Unspecified,
    ToanTrinh,
    MotPhan,
    TrucTiep,
}

/// <summary>One procedure sheet, <c>site/units/&lt;unit&gt;/&lt;field&gt;/&lt;slug&gt;.md</c>, NFC-normalised.</summary>
public sealed record Sheet
{
    public required string Unit { get; init; }
    public required string Field { get; init; }
    public required string Slug { get; init; }

    /// <summary>Path relative to the site folder, with forward slashes, for file:line messages.</summary>
    public required string SourcePath { get; init; }

    public required string Title { get; init; }
    public string? NationalCode { get; init; }
    public ServiceLevel Level { get; init; }
    public string? Agency { get; init; }
    public string? Applicants { get; init; }
    public string? ProcessingTime { get; init; }
    public string? Fee { get; init; }
    public string? Result { get; init; }
    public string? OnlineUrl { get; init; }
    public DateOnly? Updated { get; init; }
    public bool Retired { get; init; }

    /// <summary>Still being written (<c>draft: true</c>): publishing does not refuse the placeholders of <c>new</c> in it.</summary>
    public bool Draft { get; init; }

    /// <summary>For a retired sheet: the key (<c>unit/field/slug</c>) of the procedure that replaces it.</summary>
    public string? ReplacedBy { get; init; }

    public string? RetiredReason { get; init; }

    /// <summary>Earlier keys of this sheet (<c>unit/field/slug</c>) before it was renamed or moved.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>In a merged unit: where this sheet's codes go (<c>unit</c>, <c>unit/field</c> or <c>unit/field/slug</c>), as written.</summary>
    public string? MovedTo { get; init; }

    /// <summary>The Markdown body after the front matter. Setting it drops <see cref="BodyHtml"/>, made from another body.</summary>
    public required string Body
    {
        get;
        init
        {
            field = value;
            BodyHtml = null;
        }
    }

    /// <summary>
    /// The body as page HTML, rendered from the same parse that checked it (null when the body holds a '&lt;', which
    /// the two pipelines read differently). It is right once every site link in it is known to exist.
    /// </summary>
    public string? BodyHtml { get; init; }

    /// <summary>1-based line in the source file where <see cref="Body"/> starts.</summary>
    public int BodyLine { get; init; }

    /// <summary>The path as given on the command line (site folder joined with <see cref="SourcePath"/>), for messages.</summary>
    public string DisplayPath { get; init; } = "";

    /// <summary>Where each front-matter key's value starts in the file.</summary>
    public IReadOnlyDictionary<string, SourcePosition> Positions { get; init; } = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);

    /// <summary>Links in the body to other pages of the site (relative <c>.md</c> paths or site paths).</summary>
    public IReadOnlyList<SheetLink> Links { get; init; } = [];

    /// <summary>SHA-256 (hex) of the NFC source text: the build re-renders the page only when it changes.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>False when the sheet came from the build cache without its body; load the file to render it.</summary>
    public bool HasBody { get; init; } = true;

    public SourcePosition PositionOf(string key) => Positions.TryGetValue(key, out var position) ? position : SourcePosition.Start;

    /// <summary>Stable identity used by the code registry: <c>unit/field/slug</c>.</summary>
    public string Key => $"{Unit}/{Field}/{Slug}";
}
