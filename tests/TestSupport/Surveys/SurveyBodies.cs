using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace MotCua.TestSupport.Surveys;

/// <summary>
/// FsCheck generators of survey form bodies: well-formed answers, answers with one bad field, Unicode
/// edge cases (NFD, emoji, zero-width, bidi overrides, NUL, unpaired surrogates) and raw byte noise.
/// </summary>
public static class SurveyBodies
{
    /// <summary>Strings that have broken form handlers before.</summary>
    public static IReadOnlyList<string> Tricky { get; } =
    [
        "", " ", "Nguye\u0302\u0303n Va\u0306n A\u0300", "Rất tốt 👍🏽", "👨‍👩‍👧 🇻🇳", "a\u200Bb\u200Cc\u200Dd\uFEFF",
        "abc\u202Eevil\u202C", "\u2066isolate\u2069", "nul\0byte", "<script>alert(1)</script>", "\"'><img src=x onerror=alert(1)>",
        "&amp;&lt;", "line1\r\nline2\rline3", "tab\there", "\u0085\u009F", "\u007F", new string('ệ', 501), new string('ệ', 500),
        string.Concat(Enumerable.Repeat("😀", 500)), string.Concat(Enumerable.Repeat("e\u0302\u0323", 500)), "\uD800", "\uDC00x", "\uFFFE", "\uFFFF", "\uFDD0", "\U0010FFFF", "\U0001FFFE", "😀\uD83D",
        "tp-cao-bang/quay-1", "tp-cao-bang/quay-9", "tp-cao-bang/", "/quay-1", "0", "1", "2", "3", "-1", "01", " 1 ", "1.0",
        "thai-do", "thoi-gian-cho", "huong-dan", "co-so-vat-chat", "Thai-Do", "tp-cao-bang/ho-tich/dang-ky-khai-sinh",
        "phuong-quan-thanh/quay-1", "abcdefghijklmnop", "abcdefghijklmno", new string('Z', 64), new string('Z', 65), "abc def ghi jkl mno",
    ];

    private static readonly string[] Names = ["counter", "option", "reasons", "comment", "procedure", "client_id", "website", "x", "", "COUNTER"];

    private static readonly string[] RawNoise = ["%", "%G1", "%FF", "%ED%A0%80", "%C3", "%00", "+", "=", "&&", "==", "%E2%80%AE", "\u00e9", "%25", "%EF%BF%BE", "%F4%8F%BF%BF"];

    /// <summary>Any body the survey endpoint may receive, as bytes.</summary>
    public static Gen<byte[]> Any() => Gen.Frequency(
        (3, Gen.Select(Acceptable(), b => Encoding.UTF8.GetBytes(b))),
        (6, Gen.Select(Answer(), b => Encoding.UTF8.GetBytes(b))),
        (2, Gen.Select(Gen.ListOf(Pair()), pairs => Encoding.UTF8.GetBytes(string.Join('&', pairs)))),
        (1, Gen.Select(Gen.ListOf(Gen.Elements(RawNoise)), parts => Encoding.UTF8.GetBytes(string.Concat(parts)))),
        (1, ArbMap.Default.GeneratorFor<byte[]>()));

    /// <summary>A body with every field of the form, each valid or tricky.</summary>
    public static Gen<string> Answer() =>
        from counter in Value(SurveySamples.Counter)
        from option in Value("0", "1", "2")
        from reasons in Gen.ListOf(Value("thai-do", "thoi-gian-cho", "huong-dan", "co-so-vat-chat"))
        from comment in Gen.Frequency((3, Gen.Elements(Tricky.ToArray())), (1, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)))
        from procedure in Value("", SurveySamples.Procedure)
        from clientId in Value("", Guid.NewGuid().ToString("N"), "abc_DEF-123456789")
        from website in Gen.Frequency((5, Gen.Constant("")), (1, Gen.Elements(Tricky.ToArray())))
        select SurveySamples.Body(
            [("counter", counter), ("option", option), .. reasons.Select(r => ("reasons", r)), ("comment", comment),
             ("procedure", procedure), ("client_id", clientId), ("website", website)]);

    /// <summary>An answer every field of which is acceptable, with a comment that is hard but allowed.</summary>
    public static Gen<string> Acceptable() =>
        from option in Gen.Elements("0", "1", "2")
        from reasons in Gen.SubListOf("thai-do", "thoi-gian-cho", "huong-dan", "co-so-vat-chat")
        from comment in Gen.Elements(
            "", "Nguye\u0302\u0303n Va\u0306n A\u0300", "Rất tốt 👍🏽", "👨‍👩‍👧 🇻🇳", "a\u200Bb\u200Cc\u200Dd\uFEFF",
            "<script>alert(1)</script>", "line1\r\nline2", new string('ệ', 500), string.Concat(Enumerable.Repeat("e\u0302\u0323", 500)))
        from procedure in Gen.Elements("", SurveySamples.Procedure)
        from clientId in Gen.Elements("", Guid.NewGuid().ToString("N"))
        select SurveySamples.Body(
            [("counter", SurveySamples.Counter), ("option", option), .. reasons.Select(r => ("reasons", r)), ("comment", comment),
             ("procedure", procedure), ("client_id", clientId), ("website", "")]);

    private static Gen<string> Value(params string[] good) =>
        Gen.Frequency((4, Gen.Elements(good)), (1, Gen.Elements(Tricky.ToArray())));

    private static Gen<string> Pair() =>
        from name in Gen.Elements(Names)
        from value in Gen.Elements(Tricky.ToArray())
        from raw in Gen.Elements(RawNoise)
        from rawSide in Gen.Choose(0, 3)
        select rawSide switch
        {
            0 => SurveySamples.Body((name, value)) + raw,
            1 => name + "=" + raw,
            _ => SurveySamples.Body((name, value)),
        };
}
