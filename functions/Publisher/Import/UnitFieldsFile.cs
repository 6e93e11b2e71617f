using System.Text.RegularExpressions;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;

namespace MotCua.Publisher.Import;

/// <summary>Adds fields to a unit's <c>unit.yaml</c> as text, after its last field, leaving every other line (and comment) as it was.</summary>
internal static partial class UnitFieldsFile
{
    public static string AddFields(string text, string displayPath, IReadOnlyList<Field> added)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var start = lines.FindIndex(l => FieldsKey().IsMatch(l));
        if (start < 0)
        {
            throw new ImportFileException($"{displayPath}: không thấy mục 'fields:' (mỗi lĩnh vực một dòng) để thêm lĩnh vực mới");
        }

        var last = start;
        var indent = "  ";
        for (var i = start + 1; i < lines.Count && (lines[i].Length == 0 || lines[i][0] is ' ' or '#'); i++)
        {
            if (lines[i].StartsWith(' ') && lines[i].Trim().Length > 0 && !lines[i].TrimStart().StartsWith('#'))
            {
                indent = last == start ? lines[i][..(lines[i].Length - lines[i].TrimStart().Length)] : indent;
                last = i;
            }
        }

        lines.InsertRange(last + 1, added.Select(f => $"{indent}{f.Slug}: {CodeRegistryWriter.Scalar(f.Name)}"));
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^fields:\s*(#.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldsKey();
}
