using MotCua.Domain.Codes;

namespace MotCua.Domain.Tests.Codes;

public sealed class ResolvedCodesTests
{
    private static CodeEntry Entry(string code, string path) => new(code, CodeKind.Procedure, "thu", "thu/ho-tich/a", "board", path);

    [Fact]
    public void A_code_is_found_whatever_its_case_and_the_first_entry_of_a_code_wins()
    {
        var codes = new ResolvedCodes([Entry("HT2K", "/first.html"), Entry("CT7A", "/other.html"), Entry("ht2k", "/second.html")]);

        Assert.Equal("/first.html", codes.Find("ht2K")?.Path);
        Assert.Equal("/other.html", codes.Find("ct7a")?.Path);
        Assert.Null(codes.Find("XXXX"));
    }

    [Fact]
    public void Forty_thousand_codes_are_each_found()
    {
        var codes = new ResolvedCodes([.. Enumerable.Range(0, 40_000).Select(i => Entry($"C{i:X5}", $"/{i}.html"))]);

        Assert.All(Enumerable.Range(0, 40_000).Where(i => i % 997 == 0), i => Assert.Equal($"/{i}.html", codes.Find($"c{i:x5}")?.Path));
    }
}
