using YamlDotNet.RepresentationModel;

namespace MotCua.Domain.Sheets;

/// <summary>
/// Reads the merger keys of <c>unit.yaml</c>: <c>merged_into</c> (a unit slug or a list of them), <c>merged_from</c>
/// (YYYY-MM-DD) and <c>moved_to</c> (field or counter slug → target). Whether the targets exist is checked with the
/// whole site (<see cref="Codes.MergerValidator"/>).
/// </summary>
internal static class UnitMergerParser
{
    public static UnitMerger? Parse(IReadOnlyDictionary<string, YamlNode> values, string path, IReadOnlyDictionary<string, SourcePosition> positions, List<Diagnostic> diagnostics)
    {
        var into = values.GetValueOrDefault(UnitKeys.MergedInto);
        var from = values.GetValueOrDefault(UnitKeys.MergedFrom);
        var moved = values.GetValueOrDefault(UnitKeys.MovedTo);
        if (into is null && from is null && moved is null)
        {
            return null;
        }

        SourcePosition At(string key) => positions.GetValueOrDefault(key, SourcePosition.Start);
        if (into is null)
        {
            diagnostics.Add(new Diagnostic(path, At(from is null ? UnitKeys.MovedTo : UnitKeys.MergedFrom), Severity.Error,
                "thiếu 'merged_into': ghi đơn vị (hoặc danh sách đơn vị) mà cơ quan này đã sáp nhập vào, ví dụ 'merged_into: phuong-ba-dinh'"));
            return null;
        }

        var successors = into is YamlSequenceNode list ? list.Children.Select(YamlReading.Scalar).ToList() : [YamlReading.Scalar(into)];
        var slugs = successors.Select(s => (s ?? "").Trim()).ToList();
        if (slugs.Count == 0 || slugs.Exists(s => !SheetFormats.IsSlug(s)))
        {
            diagnostics.Add(new Diagnostic(path, At(UnitKeys.MergedInto), Severity.Error,
                "'merged_into' phải là tên thư mục của đơn vị mới (chữ thường không dấu, nối bằng '-'), hoặc một danh sách các tên đó"));
            return null;
        }

        var fromText = from is null ? null : YamlReading.Scalar(from)?.Trim();
        if (fromText is null || !SheetFormats.TryParseDate(fromText, out var date))
        {
            diagnostics.Add(new Diagnostic(path, At(from is null ? UnitKeys.MergedInto : UnitKeys.MergedFrom), Severity.Error,
                "'merged_from' phải là ngày bắt đầu sáp nhập, dạng YYYY-MM-DD, ví dụ 'merged_from: 2025-07-01'"));
            return null;
        }

        var movedTo = new Dictionary<string, string>(StringComparer.Ordinal);
        if (moved is YamlMappingNode mapping)
        {
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                movedTo[(YamlReading.Scalar(keyNode) ?? "").Trim()] = (YamlReading.Scalar(valueNode) ?? "").Trim().Trim('/');
            }
        }
        else if (moved is not null)
        {
            diagnostics.Add(new Diagnostic(path, At(UnitKeys.MovedTo), Severity.Error,
                "'moved_to' liệt kê từng dòng 'lĩnh-vực-hoặc-quầy: đơn-vị-mới[/lĩnh-vực]', ví dụ 'dat-dai: phuong-thuc-phan/dat-dai'"));
            return null;
        }

        return new UnitMerger(slugs, date, movedTo);
    }
}
