using YamlDotNet.RepresentationModel;

namespace MotCua.Domain.Sheets;

/// <summary>Reads typed front-matter values, adding a diagnostic at the value's position when one is malformed.</summary>
internal sealed class FrontMatterValues(
    Dictionary<string, YamlNode> values,
    Dictionary<string, SourcePosition> positions,
    string path,
    string unit,
    List<Diagnostic> diagnostics)
{
    public SourcePosition At(string key) => positions.TryGetValue(key, out var p) ? p : SourcePosition.Start;

    public string? Text(string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        }

        Error(key, $"'{key}' chỉ nhận một giá trị (viết tiếp trên cùng dòng), không nhận danh sách hay nhóm khóa");
        return null;
    }

    /// <summary>The sheet's national code; a file named by its code (<c>1.004859.md</c>) gives it when <c>code:</c> is absent.</summary>
    public string? NationalCode(string? codeOfFileName)
    {
        var code = Text(SheetKeys.Code);
        if (code is null)
        {
            return codeOfFileName;
        }

        if (!SheetFormats.IsNationalCode(code))
        {
            Error(SheetKeys.Code, $"'{code}' không phải mã thủ tục quốc gia: mã có dạng một chữ số, dấu chấm, sáu chữ số, ví dụ 1.001193 (có thể thêm đuôi của địa phương như .H87)");
            return null;
        }

        if (codeOfFileName is not null && code != codeOfFileName)
        {
            Error(SheetKeys.Code, $"tên tệp là mã {codeOfFileName} nhưng 'code:' ghi {code}: sửa cho hai mã giống nhau, hoặc xóa dòng 'code:' (mã sẽ lấy theo tên tệp)");
            return null;
        }

        return code;
    }

    public ServiceLevel Level()
    {
        var level = Text(SheetKeys.Level);
        if (level is null)
        {
            return ServiceLevel.Unspecified;
        }

        if (SheetKeys.TryParseLevel(level, out var value))
        {
            return value;
        }

        Error(SheetKeys.Level, SheetKeys.OldLevel(level) is { } today
            ? $"'{level}' là cách gọi cũ, trước Nghị định 42/2022/NĐ-CP; nay ghi: {today}"
            : $"không hiểu mức độ '{level}': ghi một trong ba mức như trên Cổng Dịch vụ công quốc gia: Toàn trình, Một phần, Trực tiếp");
        return ServiceLevel.Unspecified;
    }

    public string? OnlineUrl()
    {
        var url = Text(SheetKeys.OnlineUrl);
        if (url is not null && !SheetFormats.IsHttpsUrl(url))
        {
            Error(SheetKeys.OnlineUrl, $"'{url}' không phải một địa chỉ https:// đầy đủ: chép nguyên đường dẫn từ Cổng Dịch vụ công, bắt đầu bằng https://");
            return null;
        }

        return url;
    }

    public DateOnly? Date(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (SheetFormats.TryParseDate(text, out var date))
        {
            return date;
        }

        Error(key, $"'{text}' không phải một ngày: ghi theo dạng ngày/tháng/năm, ví dụ 15/03/2026 (hoặc 2026-03-15)");
        return null;
    }

    public bool IsRetired()
    {
        var status = Text(SheetKeys.Status);
        if (status is null or SheetKeys.Active)
        {
            return false;
        }

        if (status == SheetKeys.Retired)
        {
            return true;
        }

        Error(SheetKeys.Status, $"không hiểu trạng thái '{status}': ghi '{SheetKeys.Active}' (đang áp dụng) hoặc '{SheetKeys.Retired}' (đã bãi bỏ)");
        return false;
    }

    /// <summary>A yes/no key: <c>true</c> or <c>false</c> (absent is false).</summary>
    public bool Flag(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return false;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(key, $"'{key}' chỉ nhận true (có) hoặc false (không), không nhận '{text}'");
        return false;
    }

    public string? Key(string key)
    {
        var reference = Text(key);
        if (reference is null)
        {
            return null;
        }

        var resolved = SheetFormats.ResolveKey(reference, unit);
        if (resolved is null)
        {
            Error(key, $"'{reference}' không chỉ tới tệp thủ tục nào: ghi lĩnh-vực/tên-tệp, ví dụ ho-tich/dang-ky-khai-sinh, hoặc đơn-vị/lĩnh-vực/tên-tệp");
        }

        return resolved;
    }

    public IReadOnlyList<string> Keys(string key)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return [];
        }

        if (node is YamlScalarNode)
        {
            var single = Key(key);
            return single is null ? [] : [single];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(key, $"'{key}' phải là danh sách các địa chỉ cũ của tệp, mỗi dòng một mục: - lĩnh-vực/tên-tệp");
            return [];
        }

        var keys = new List<string>();
        foreach (var item in sequence.Children)
        {
            var text = YamlReading.Scalar(item);
            var resolved = text is null ? null : SheetFormats.ResolveKey(text, unit);
            if (resolved is null)
            {
                diagnostics.Add(new Diagnostic(path, YamlReading.Position(item, At(key).Line - (int)node.Start.Line + 1), Severity.Error,
                    $"'{text}' không chỉ tới tệp thủ tục nào: ghi lĩnh-vực/tên-tệp hoặc đơn-vị/lĩnh-vực/tên-tệp"));
                continue;
            }

            keys.Add(resolved);
        }

        return keys;
    }

    private void Error(string key, string message) => diagnostics.Add(new Diagnostic(path, At(key), Severity.Error, message));
}
