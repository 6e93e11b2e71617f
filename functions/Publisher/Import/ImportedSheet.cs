using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Import;

/// <summary>A section as the import writes it: its `##` heading and its Markdown.</summary>
internal sealed record ImportedSection(string Heading, string Markdown);

/// <summary>
/// What a procedure document gives a sheet: the front-matter keys the import owns (the rest belong to the editor)
/// and the sections in document order.
/// </summary>
internal sealed record ImportedSheet(string Code, string Title, string Field, IReadOnlyList<KeyValuePair<string, string>> Values, IReadOnlyList<ImportedSection> Sections)
{
    /// <summary>The sections whose whole text became a key fact at the top of the page (agency, applicants, ...), so they are not repeated below it.</summary>
    public IReadOnlyList<string> InKeyFacts { get; init; } = [];

    /// <summary>Sections a key fact holds when all they have is paragraphs (a table or a list stays a section).</summary>
    private static readonly string[] KeyFactHeadings =
        [ProcedureHeadings.Agency, ProcedureHeadings.Applicants, ProcedureHeadings.Result, ProcedureHeadings.ProcessingTime, ProcedureHeadings.Fee];

    /// <summary>The keys an import may write; an editor's value for any other key is never touched.</summary>
    public static readonly IReadOnlyList<string> OwnedKeys =
    [
        SheetKeys.Title, SheetKeys.Code, SheetKeys.Agency, SheetKeys.Applicants, SheetKeys.ProcessingTime, SheetKeys.Fee, SheetKeys.Result, SheetKeys.OnlineUrl,
    ];

    /// <summary>The heading of the section that holds the document's header fields other than code, title and field.</summary>
    public const string GeneralSection = "Thông tin chung";

    public static ImportedSheet From(ProcedureDocument document)
    {
        var code = document.Value(HeaderField.Code);
        var channels = document.Section(ProcedureHeadings.Channels)?.Content.OfType<WordTable>().FirstOrDefault();
        var values = new List<KeyValuePair<string, string>>
        {
            new(SheetKeys.Title, document.Value(HeaderField.Title)),
            new(SheetKeys.Code, code),
            new(SheetKeys.Agency, TextOf(document, ProcedureHeadings.Agency)),
            new(SheetKeys.Applicants, TextOf(document, ProcedureHeadings.Applicants)),
            new(SheetKeys.ProcessingTime, TextOf(document, ProcedureHeadings.ProcessingTime) is { Length: > 0 } time ? time : Column(channels, "thoi-han-giai-quyet")),
            new(SheetKeys.Fee, TextOf(document, ProcedureHeadings.Fee) is { Length: > 0 } fee ? fee : Column(channels, "phi-le-phi")),
            new(SheetKeys.Result, TextOf(document, ProcedureHeadings.Result)),
            new(SheetKeys.OnlineUrl, PortalLinks.ForCode(code)),
        };
        var sections = new List<ImportedSection>();
        if (General(document) is { Length: > 0 } general)
        {
            sections.Add(new ImportedSection(GeneralSection, general));
        }

        var inKeyFacts = document.Sections.Where(s => KeyFactHeadings.Contains(s.Heading) && s.Content.All(b => b is WordParagraph)).Select(s => s.Heading).ToList();
        sections.AddRange(document.Sections.Where(s => !inKeyFacts.Contains(s.Heading)).Select(s => new ImportedSection(s.Heading, SectionMarkdown.Render(s.Content))));
        return new ImportedSheet(code, document.Value(HeaderField.Title), document.Value(HeaderField.Field),
            values.Where(v => v.Value.Length > 0).ToList(), sections.Where(s => s.Markdown.Length > 0).ToList()) { InKeyFacts = inKeyFacts };
    }

    /// <summary>The sheet body: every section under its `##` heading.</summary>
    public string Body() => string.Join("\n", Sections.Select(s => $"## {s.Heading}\n\n{s.Markdown}\n"));

    private static string General(ProcedureDocument document)
    {
        var lines = new[]
        {
            ("Số quyết định", HeaderField.Decision), ("Lĩnh vực", HeaderField.Field), ("Cấp thực hiện", HeaderField.AdministrativeLevel), ("Loại thủ tục", HeaderField.Type),
        };
        return string.Join("\n", lines.Where(l => document.Value(l.Item2).Length > 0).Select(l => $"- {l.Item1}: {MarkdownText.Inline(document.Value(l.Item2))}"));
    }

    /// <summary>A short section's paragraphs as one line, for a front-matter value.</summary>
    private static string TextOf(ProcedureDocument document, string heading) =>
        document.Section(heading) is { } section ? string.Join(" ", section.Content.OfType<WordParagraph>().Select(p => p.Text).Where(t => t.Length > 0)) : "";

    /// <summary>The first row's value in the column so named (e.g. the processing time of the first way to file).</summary>
    private static string Column(WordTable? table, string key)
    {
        if (table is null || table.Rows.Count < 2)
        {
            return "";
        }

        var column = table.Rows[0].ToList().FindIndex(c => ImportHeadings.Key(c.Text) == key);
        var row = table.Rows.Skip(1).Where((_, i) => !table.AcrossWholeTable[i + 1]).FirstOrDefault();
        return column < 0 || row is null ? "" : row[column].Text;
    }
}
