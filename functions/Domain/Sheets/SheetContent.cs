using MotCua.Domain.Text;

namespace MotCua.Domain.Sheets;

/// <summary>A <c>##</c> heading of a sheet's body, as written, and where.</summary>
public sealed record BodyHeading(string Text, SourcePosition At);

/// <summary>What the content check needs of a body: whether it has anything, its sections, the placeholders left in it.</summary>
public sealed record BodyOutline(bool HasContent, IReadOnlyList<BodyHeading> Headings, IReadOnlyList<SourcePosition> Placeholders);

/// <summary>
/// Checks what a citizen will read: a sheet in force says something, its sections are the national record's (a
/// heading close to one is a typo, with the one meant), it has the steps and the papers to bring, and holds no
/// placeholder that <c>new</c> wrote. A "Toàn trình" procedure is filed online, so it should link the portal.
/// </summary>
public static class SheetContent
{
    /// <summary>What <c>new</c> writes under each section it cannot fill in.</summary>
    public const string Placeholder = "Đang cập nhật.";

    /// <summary>The sections of the national database of administrative procedures, in its order, as `new` writes them.</summary>
    public static readonly IReadOnlyList<string> Sections =
    [
        "Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ", "Thời hạn giải quyết", "Phí và lệ phí",
        "Căn cứ pháp lý", "Yêu cầu, điều kiện thực hiện",
    ];

    /// <summary>What a sheet that follows the national record cannot leave out: what to do, and what to bring.</summary>
    public static readonly IReadOnlyList<string> Required = ["Trình tự thực hiện", "Thành phần hồ sơ"];

    /// <summary>Other spellings of a section the national portal and its documents use, each as good as the one above.</summary>
    private static readonly Dictionary<string, string> OtherSpellings = new(StringComparer.Ordinal)
    {
        ["Thành phần, số lượng hồ sơ"] = "Thành phần hồ sơ",
        ["Phí, lệ phí"] = "Phí và lệ phí",
        ["Lệ phí"] = "Phí và lệ phí",
        ["Yêu cầu, điều kiện"] = "Yêu cầu, điều kiện thực hiện",
        ["Yêu cầu điều kiện"] = "Yêu cầu, điều kiện thực hiện",
        ["Yêu cầu, điều kiện thực hiện thủ tục hành chính"] = "Yêu cầu, điều kiện thực hiện",
    };

    /// <summary>At most this many letters apart (diacritics aside) a heading is a typo of a section, not a section of the editor's own.</summary>
    private const int TypoDistance = 3;

    public static bool IsPlaceholder(string text) => string.Equals(text.Trim(), Placeholder, StringComparison.OrdinalIgnoreCase);

    public static void Check(Sheet sheet, BodyOutline outline, List<Diagnostic> diagnostics)
    {
        var path = sheet.DisplayPath;
        if (sheet.Level == ServiceLevel.ToanTrinh && sheet.OnlineUrl is null)
        {
            diagnostics.Add(new Diagnostic(path, sheet.PositionOf(SheetKeys.Level), Severity.Warning,
                "thủ tục Toàn trình (nộp hồ sơ trực tuyến từ đầu đến cuối) nhưng chưa có 'online_url': chép đường dẫn nộp hồ sơ trên Cổng Dịch vụ công quốc gia vào 'online_url', để trang có nút Nộp hồ sơ trực tuyến"));
        }

        if (sheet.Retired)
        {
            return;
        }

        if (!outline.HasContent)
        {
            diagnostics.Add(new Diagnostic(path, Math.Max(sheet.BodyLine - 1, 1), 1, Severity.Error,
                $"tệp thủ tục chưa có nội dung sau dòng '---': viết các mục của thủ tục, mỗi mục một tiêu đề ##, ví dụ '## {Required[0]}' và '## {Required[1]}'"));
            return;
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in outline.Headings)
        {
            if (Canonical(heading.Text) is { } section)
            {
                found.Add(section);
            }
            else if (Meant(heading.Text) is { } meant)
            {
                found.Add(Canonical(meant)!);
                diagnostics.Add(new Diagnostic(path, heading.At, Severity.Error,
                    $"tiêu đề mục '## {heading.Text}' viết khác tên mục chuẩn; có phải ý bạn là '## {meant}'? (viết đúng từng chữ, có dấu)"));
            }
        }

        // A sheet of its own making (a notice that the procedure moved, a page pointing to the full text) has no standard section.
        if (found.Count > 0)
        {
            foreach (var missing in Required.Where(r => !found.Contains(r)))
            {
                diagnostics.Add(new Diagnostic(path, outline.Headings[0].At, Severity.Error,
                    $"thiếu mục '## {missing}': tệp viết theo các mục của Cơ sở dữ liệu quốc gia thì phải có mục này (người dân cần biết các bước và giấy tờ phải mang)"));
            }
        }

        if (outline.Placeholders.Count > 0)
        {
            var count = outline.Placeholders.Count;
            diagnostics.Add(new Diagnostic(path, outline.Placeholders[0], Severity.Warning,
                $"còn {count} chỗ '{Placeholder}' do lệnh new viết sẵn: thay bằng nội dung thật; trang còn chữ này sẽ không được đăng, trừ khi phần đầu tệp ghi 'draft: true' (bản nháp)")
            {
                BlocksPublishing = !sheet.Draft,
            });
        }
    }

    /// <summary>The section a heading names, in its spelling above, or null when it names none.</summary>
    private static string? Canonical(string heading) =>
        Sections.Contains(heading, StringComparer.Ordinal) ? heading : OtherSpellings.GetValueOrDefault(heading);

    /// <summary>The section a heading that names none was probably meant to be (diacritics, case, a letter or three).</summary>
    private static string? Meant(string heading)
    {
        var folded = TextFolding.Slug(heading);
        if (folded.Length == 0)
        {
            return null;
        }

        var best = Sections.Concat(OtherSpellings.Keys)
            .Select(s => (Section: s, Distance: EditDistance.Between(folded, TextFolding.Slug(s))))
            .MinBy(s => s.Distance);
        return best.Distance <= TypoDistance ? best.Section : null;
    }
}
