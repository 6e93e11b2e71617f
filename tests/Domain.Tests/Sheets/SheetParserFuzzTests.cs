using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MotCua.Domain.Codes;
using MotCua.Domain.Sheets;

namespace MotCua.Domain.Tests.Sheets;

/// <summary>Random and mutated sheets, unit files and registries: the parsers answer with diagnostics, never an exception.</summary>
public sealed class SheetParserFuzzTests
{
    private const string ValidSheet = """
        ---
        title: Đăng ký khai sinh
        code: 1.001193
        level: toan-trinh
        fee: Miễn lệ phí
        aliases: [khai sinh, giay khai sinh]
        updated: 2026-11-20
        ---
        ## Trình tự thực hiện

        1. Nộp hồ sơ tại [Bộ phận Một cửa](../ho-tich/).
        2. | Bước | Thời gian |
           |---|---|
           | Nhận | 1 ngày |

        > Ghi chú: *mang theo* `CCCD`.
        """;

    /// <summary>Characters that mean something to YAML or Markdown, plus line ends, controls and broken Unicode.</summary>
    private static readonly string[] Tricky =
    [
        "[", "]", "{", "}", ":", ": ", "-", "- ", "---", "...", "&a", "*a", "!!", "!!binary", "|", ">", "'", "\"", "#", "%", "@", "`", "?", ",",
        "\n", "\r\n", "\r", "\t", "  ", "\0", "\u0085", "\u2028", "\uFEFF", "\uD800", "\uDC00", "\uFFFE", "e\u0302\u0323", "👍🏽", "\\x", "\\u12",
        "title:", "updated: 31/02/2026", "code: [", "aliases: {", "<script>", "](", "![", "<!--", "```", "$$", "\u202E",
    ];

    private static Gen<string> Mutated() =>
        from edits in Gen.ListOf(
            from position in Gen.Choose(0, ValidSheet.Length)
            from piece in Gen.Elements(Tricky)
            from how in Gen.Choose(0, 3)
            select (Position: position, Piece: piece, How: how))
        select edits.Aggregate(ValidSheet, (text, edit) =>
        {
            var at = Math.Min(edit.Position, text.Length);
            var (insert, kind) = (edit.Piece, edit.How);
            return kind switch
            {
                0 => text.Remove(at, Math.Min(5, text.Length - at)),
                1 => text[..at] + insert + insert + text[at..],
                _ => text.Insert(at, insert),
            };
        });

    private static Gen<string> AnyText() => Gen.Frequency(
        (6, Mutated()),
        (2, Gen.Select(Gen.ListOf(Gen.Elements(Tricky)), parts => "---\n" + string.Concat(parts))),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")));

    [Fact]
    public void No_sheet_text_makes_the_parser_throw()
    {
        Prop.ForAll(Arb.From(AnyText()), text =>
        {
            var result = SheetParser.Parse(new SheetSource("thu", "ho-tich", "a", "units/thu/ho-tich/a.md", "a.md", text));
            return result.Sheet is not null || result.Diagnostics.Any(d => d.IsError);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    [Fact]
    public void No_unit_or_registry_text_makes_their_parsers_throw()
    {
        Prop.ForAll(Arb.From(AnyText()), text =>
        {
            var diagnostics = new List<Diagnostic>();
            UnitParser.Parse("thu", "unit.yaml", text.Replace("---\n", "", StringComparison.Ordinal), diagnostics);
            CodeRegistryLoader.Parse(text, "codes.yaml");
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    /// <summary>Letters only Vietnamese writes: a message without one is still English (or has no words at all).</summary>
    private static readonly string VietnameseLetters = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

    private static bool IsVietnamese(Diagnostic diagnostic) =>
        diagnostic.Message.ToLowerInvariant().AsSpan().IndexOfAny(VietnameseLetters) >= 0
        && diagnostic.Message.IsNormalized(NormalizationForm.FormC);

    [Fact]
    public void Every_message_about_any_sheet_unit_file_or_registry_is_Vietnamese_in_NFC()
    {
        Prop.ForAll(Arb.From(AnyText()), text =>
        {
            var diagnostics = new List<Diagnostic>(SheetParser.Parse(new SheetSource("thu", "ho-tich", "a", "units/thu/ho-tich/a.md", "a.md", text)).Diagnostics);
            UnitParser.Parse("thu", "unit.yaml", text.Replace("---\n", "", StringComparison.Ordinal), diagnostics);
            diagnostics.AddRange(CodeRegistryLoader.Parse(text, "codes.yaml").Diagnostics);
            return diagnostics.TrueForAll(IsVietnamese).Label(string.Join('\n', diagnostics.Where(d => !IsVietnamese(d))));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void No_bytes_make_decoding_throw_and_bad_bytes_are_always_reported()
    {
        Prop.ForAll(Arb.From(ArbMap.Default.GeneratorFor<byte[]>()), bytes =>
        {
            var diagnostics = new List<Diagnostic>();
            var text = SourceText.Decode(bytes ?? [], "a.md", diagnostics);
            var valid = bytes is null || (Array.IndexOf(bytes, (byte)0) < 0 && IsUtf8(bytes));
            return valid ? text is not null && diagnostics.Count == 0 : text is null && diagnostics.Count == 1;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(3000));
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
