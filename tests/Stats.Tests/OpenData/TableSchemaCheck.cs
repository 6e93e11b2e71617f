using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MotCua.Stats.Tests.OpenData;

/// <summary>
/// Checks a CSV against a Frictionless Table Schema as a re-user's validator would: the header is the fields in order,
/// every row has as many cells, every value parses as its field's type, required fields are never missing, and enum
/// fields hold one of their values. Returns every problem found, as <c>file:line: what</c>.
/// </summary>
internal static class TableSchemaCheck
{
    public static List<string> Problems(string file, JsonElement schema, byte[] csv)
    {
        var problems = new List<string>();
        var fields = schema.GetProperty("fields").EnumerateArray().ToList();
        var missing = schema.GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()).ToHashSet();
        var text = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF');
        if (!text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            problems.Add($"{file}: does not end with CRLF");
        }

        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = Cells(lines[0]);
        var names = fields.Select(f => f.GetProperty("name").GetString()!).ToList();
        if (!header.SequenceEqual(names))
        {
            problems.Add($"{file}:1: header {string.Join(',', header)} is not the schema's {string.Join(',', names)}");
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var cells = Cells(lines[i]);
            if (cells.Count != fields.Count)
            {
                problems.Add($"{file}:{i + 1}: {cells.Count} cells for {fields.Count} fields");
                continue;
            }

            for (var c = 0; c < cells.Count; c++)
            {
                if (Problem(fields[c], cells[c], missing) is { } problem)
                {
                    problems.Add($"{file}:{i + 1}: {names[c]} '{cells[c]}' {problem}");
                }
            }
        }

        return problems;
    }

    private static string? Problem(JsonElement field, string value, HashSet<string?> missing)
    {
        var constraints = field.TryGetProperty("constraints", out var c) ? c : default;
        var required = constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("required", out var r) && r.GetBoolean();
        if (missing.Contains(value))
        {
            return required ? "is missing but required" : null;
        }

        if (constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("enum", out var values)
            && !values.EnumerateArray().Any(v => v.GetString() == value))
        {
            return "is not one of the field's values";
        }

        var ok = field.GetProperty("type").GetString() switch
        {
            "string" => true,
            "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "number" => double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
            "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "yearmonth" => DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
        return ok ? null : $"does not parse as {field.GetProperty("type").GetString()}";
    }

    /// <summary>RFC 4180 cells of one line (no line breaks inside fields: the writers replace them).</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
