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
            if (lines.Exists(l => l.StartsWith("fields:", StringComparison.Ordinal)))
            {
                throw new ImportFileException($"{displayPath}: mục 'fields:' phải để trống hoặc liệt kê mỗi lĩnh vực một dòng bên dưới, để thêm được lĩnh vực mới");
            }

            // A unit not given any field yet: the list goes at the end of its unit.yaml.
            var end = lines.Count > 0 && lines[^1].Length == 0 ? lines.Count - 1 : lines.Count;
            lines.Insert(end, "fields:");
            start = end;
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
