using System.Globalization;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Import;

/// <summary>The sheet after an update, and the lines that say what changed (empty when nothing did).</summary>
internal sealed record MergedSheet(string Text, IReadOnlyList<string> Changes)
{
    /// <summary>The editor's sections the document lacks, kept as they were.</summary>
    public IReadOnlyList<string> Kept { get; init; } = [];
}

/// <summary>
/// Updates a sheet from a procedure document and keeps the editor's work: front-matter keys the import does not own,
/// comments, and sections the document lacks stay as they are and where they are; sections the document has take its
/// text. `updated` moves to today only when something changed, so importing the same document twice changes nothing.
/// </summary>
internal static class SheetMerge
{
    private const int MaxDiffLines = 12;

    public static MergedSheet Merge(string text, Sheet sheet, ImportedSheet imported, DateOnly today)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = normalized.StartsWith("---\n", StringComparison.Ordinal) ? normalized.IndexOf("\n---\n", 3, StringComparison.Ordinal) : -1;
        if (end < 0)
        {
            throw new ImportFileException($"{sheet.DisplayPath}: tệp không có phần đầu giữa hai dòng '---'; hãy sửa tệp, xem publisher validate, rồi nhập lại");
        }

        var frontMatter = normalized[4..(end + 1)].TrimEnd('\n').Split('\n').ToList();
        var changes = new List<string>();
        foreach (var (key, value) in imported.Values)
        {
            var old = CurrentValue(sheet, key);
            if (!string.Equals(old?.Trim(), value, key == SheetKeys.Code ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                SetKey(frontMatter, key, value);
                changes.Add(old is null or "" ? $"+ {key}: {value}" : $"~ {key}: {old} → {value}");
            }
        }

        var body = SheetSections.Parse(normalized[(end + 5)..]);
        if (body.Preamble.StartsWith(ListImport.PointerToFullText, StringComparison.Ordinal))
        {
            // The list import's pointer to the portal: the full text is now on the sheet itself.
            body = body with { Preamble = "" };
            changes.Add("- đoạn \"Toàn văn thủ tục ... có trên Cổng Dịch vụ công\" của danh mục (nay đã có toàn văn)");
        }

        // A section an earlier import wrote and a key fact now holds: the page says it once, at the top.
        foreach (var repeated in body.Sections.Where(e => imported.InKeyFacts.Any(h => SameHeading(h, e.Heading))))
        {
            changes.Add($"- ## {repeated.Heading} (đã có ở phần đầu trang)");
        }

        body = body with { Sections = [.. body.Sections.Where(e => !imported.InKeyFacts.Any(h => SameHeading(h, e.Heading)))] };
        var sections = MergeSections(body.Sections, imported.Sections, changes);
        var kept = body.Sections.Where(e => !imported.Sections.Any(i => SameHeading(i.Heading, e.Heading))).Select(e => e.Heading).ToList();
        if (changes.Count == 0)
        {
            return new MergedSheet(text, []) { Kept = kept };
        }

        SetKey(frontMatter, SheetKeys.Updated, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return new MergedSheet("---\n" + string.Join("\n", frontMatter) + "\n---\n\n" + SheetSections.Render(body.Preamble, sections), changes) { Kept = kept };
    }

    private static List<(string Heading, string Text)> MergeSections(
        IReadOnlyList<(string Heading, string Text)> existing, IReadOnlyList<ImportedSection> imported, List<string> changes)
    {
        var result = existing.ToList();
        var lastPlaced = -1;
        foreach (var section in imported)
        {
            var at = result.FindIndex(s => SameHeading(s.Heading, section.Heading));
            if (at < 0)
            {
                // A new section goes after the one the document puts before it, so the page keeps the document's order.
                result.Insert(++lastPlaced, (section.Heading, section.Markdown));
                changes.Add($"+ ## {section.Heading}");
                continue;
            }

            if (result[at].Text != section.Markdown)
            {
                changes.Add($"~ ## {section.Heading}");
                changes.AddRange(LineDiff.Describe(result[at].Text, section.Markdown).Take(MaxDiffLines).Select(l => "    " + l));
                result[at] = (result[at].Heading, section.Markdown);
            }

            lastPlaced = Math.Max(lastPlaced, at);
        }

        return result;
    }

    private static bool SameHeading(string a, string b) => ProcedureHeadings.SectionKey(a) == ProcedureHeadings.SectionKey(b);

    private static string? CurrentValue(Sheet sheet, string key) => key switch
    {
        SheetKeys.Title => sheet.Title,
        SheetKeys.Code => sheet.NationalCode,
        SheetKeys.Agency => sheet.Agency,
        SheetKeys.Applicants => sheet.Applicants,
        SheetKeys.ProcessingTime => sheet.ProcessingTime,
        SheetKeys.Fee => sheet.Fee,
        SheetKeys.Result => sheet.Result,
        SheetKeys.OnlineUrl => sheet.OnlineUrl,
        _ => null,
    };

    /// <summary>Replaces the key's line (and the indented lines that continue its value), or adds the key at the end.</summary>
    private static void SetKey(List<string> lines, string key, string value)
    {
        var line = $"{key}: {(key is SheetKeys.Code or SheetKeys.OnlineUrl or SheetKeys.Updated ? value : CodeRegistryWriter.Scalar(value))}";
        var at = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (at < 0)
        {
            lines.Add(line);
            return;
        }

        lines[at] = line;
        while (at + 1 < lines.Count && lines[at + 1].StartsWith(' '))
        {
            lines.RemoveAt(at + 1);
        }
    }
}
